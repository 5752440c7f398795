import { resolveSeries, type Coverage, type Extent, type SeriesPoint, type Unit } from '@chiso/shared';
import { sql, type Transaction } from 'kysely';
import type { DialectName } from '../db/connect';
import { compiledOnce } from '../db/compiled';
import type { Database, Executor } from '../db/schema';
import { figureOf } from './figures';
import { acceptedFacts, assembleEntries, targetPoints, toPoint, yearEntryFrom, yearEntryOf, type DashboardEntry, type YearEntry } from './resolve';

/**
 * Recomputes what triggers marked: each dirty (region, indicator, year) is resolved again from that year's accepted
 * facts (a pair marked whole, every year it has), then the pair's dashboard entries, coverage and each touched
 * region's years follow from the stored years, with the same rule as everywhere else (services/resolve.ts). Part of
 * refreshReadModel (services/read-model.ts), in the writer's transaction. Returns the years recomputed.
 */
export async function refreshSeries(db: Transaction<Database>): Promise<number> {
  const whole = await db.selectFrom('series_dirty').select(['region', 'indicator']).execute();
  const years = await db.selectFrom('series_dirty_year').select(['region', 'indicator', 'year']).execute();
  const pairs = new Map<string, { region: string; indicator: string; years: Set<number> }>();
  const pairOf = (region: string, indicator: string) => {
    const key = `${region}\n${indicator}`;
    return pairs.get(key) ?? pairs.set(key, { region, indicator, years: new Set() }).get(key)!;
  };
  for (const p of whole) {
    const pair = pairOf(p.region, p.indicator);
    for (const y of await yearsOfPair(db, p.region, p.indicator)) pair.years.add(y);
  }
  for (const y of years) pairOf(y.region, y.indicator).years.add(y.year);
  let recomputed = 0;
  for (const pair of pairs.values()) {
    await refreshYears(db, pair.region, pair.indicator, [...pair.years]);
    recomputed += pair.years.size;
  }
  await db.deleteFrom('series_dirty').execute();
  await db.deleteFrom('series_dirty_year').execute();
  for (const region of new Set([...pairs.values()].map((p) => p.region))) {
    const stored = await db
      .selectFrom('series_points')
      .select('year')
      .distinct()
      .where('region', '=', region)
      .where('item', 'is not', null)
      .orderBy('year')
      .execute();
    await db.deleteFrom('region_years').where('region', '=', region).execute();
    if (stored.length) await db.insertInto('region_years').values({ region, years: JSON.stringify(stored.map((y) => y.year)) }).execute();
  }
  for (const indicator of new Set([...pairs.values()].map((p) => p.indicator))) await refreshExtent(db, indicator);
  return recomputed;
}

/** An indicator's extent across the provinces (the country left out), from its stored coverage. */
async function refreshExtent(db: Executor, indicator: string): Promise<void> {
  const e = await db
    .selectFrom('series_coverage')
    .select((eb) => [eb.fn.countAll<number | string>().as('regions'), eb.fn.min<number>('first_year').as('first_year'), eb.fn.max<number>('last_year').as('last_year')])
    .where('indicator', '=', indicator)
    .where('region', 'not in', db.selectFrom('regions').select('key').where('level', '=', 'country'))
    .executeTakeFirstOrThrow();
  await db.deleteFrom('indicator_extent').where('indicator', '=', indicator).execute();
  const regions = Number(e.regions);
  if (regions > 0) await db.insertInto('indicator_extent').values({ indicator, regions, first_year: e.first_year, last_year: e.last_year }).execute();
}

/** Every year a pair has facts or stored rows for: what a pair marked whole recomputes. */
async function yearsOfPair(db: Executor, region: string, indicator: string): Promise<number[]> {
  const facts = await db.selectFrom('facts').select('year').distinct().where('region', '=', region).where('indicator', '=', indicator).execute();
  const stored = await db.selectFrom('series_points').select('year').where('region', '=', region).where('indicator', '=', indicator).execute();
  return [...new Set([...facts, ...stored].map((r) => r.year))];
}

/**
 * Resolves the given years of a pair again from their facts, then rewrites the pair's dashboard entries (each year's
 * own part, recomputed or as stored, with the year before and the sparkline from the stored headlines) and coverage.
 */
async function refreshYears(db: Executor, region: string, indicator: string, years: number[]): Promise<void> {
  // Figures agree or conflict by the rounding of their unit (headline.ts); a fact of an indicator gone from the
  // catalogue is compared as an amount.
  const { unit } = (await db.selectFrom('indicators').select('unit').where('key', '=', indicator).executeTakeFirst()) ?? { unit: 'billion_vnd' as Unit };
  const own = new Map<number, YearEntry>();
  for (const year of years) {
    const facts = await acceptedFacts(db, { region, indicator, from: year, to: year });
    const headline = resolveSeries(facts, unit)[0];
    const target = targetPoints(facts)[0];
    await db.deleteFrom('series_points').where('region', '=', region).where('indicator', '=', indicator).where('year', '=', year).execute();
    if (!headline && !target) continue;
    if (headline) own.set(year, yearEntryOf(headline, unit, target));
    const point = headline ? toPoint(headline) : null;
    await db
      .insertInto('series_points')
      .values({
        region,
        indicator,
        year,
        point: point ? JSON.stringify(point) : null,
        figure: point ? JSON.stringify(figureOf(point)) : null,
        target: target ? JSON.stringify(target) : null,
        item: null,
      })
      .execute();
  }
  const rows = await db
    .selectFrom('series_points')
    .select(['year', 'point', 'item'])
    .where('region', '=', region)
    .where('indicator', '=', indicator)
    .where('point', 'is not', null)
    .orderBy('year')
    .execute();
  const entries = assembleEntries(rows.map((r) => ({ year: r.year, own: own.get(r.year) ?? yearEntryFrom(JSON.parse(r.item!) as DashboardEntry) })));
  for (const r of rows) {
    const item = JSON.stringify(entries.get(r.year));
    if (item !== r.item) {
      await db.updateTable('series_points').set({ item }).where('region', '=', region).where('indicator', '=', indicator).where('year', '=', r.year).execute();
    }
  }
  await db.deleteFrom('series_coverage').where('region', '=', region).where('indicator', '=', indicator).execute();
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first && last) {
    const latest = JSON.parse(last.point!) as SeriesPoint;
    await db
      .insertInto('series_coverage')
      .values({ region, indicator, first_year: first.year, last_year: last.year, latest_value: latest.value, points: rows.length })
      .execute();
  }
}

/** Every year a column of type integer can hold (both databases): the bounds of an open range. */
const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

const seriesRows = compiledOnce(
  (db, region: string, indicator: string, from: number, to: number) =>
    db
      .selectFrom('series_points')
      .select(['point', 'target'])
      .where('region', '=', region)
      .where('indicator', '=', indicator)
      .where('year', '>=', from)
      .where('year', '<=', to)
      .orderBy('year'),
  ['probe-region', 'probe_indicator', -1, -2],
);

/** A series as stored JSON: points and targets in year order, within [from, to]. */
export async function storedSeries(
  db: Executor,
  q: { region: string; indicator: string; from?: number | undefined; to?: number | undefined },
): Promise<{ points: string[]; targets: string[] }> {
  const { rows } = await db.executeQuery(seriesRows(db, q.region, q.indicator, q.from ?? INT_MIN, q.to ?? INT_MAX));
  const points: string[] = [];
  const targets: string[] = [];
  for (const r of rows) {
    if (r.point !== null) points.push(r.point);
    if (r.target !== null) targets.push(r.target);
  }
  return { points, targets };
}

const regionYears = compiledOnce((db, region: string) => db.selectFrom('region_years').select('years').where('region', '=', region), ['probe-region']);

const dashboardItems = compiledOnce(
  (db, region: string, year: number) =>
    db.selectFrom('series_points').select(['indicator', 'item']).where('region', '=', region).where('year', '=', year).where('item', 'is not', null),
  ['probe-region', -1],
);

/**
 * The years with a headline in a region, and the stored dashboard entries of one of them: the year given, or the
 * one `year` picks from the years (the last by default).
 */
export async function storedDashboard(
  db: Executor,
  region: string,
  year?: number | ((years: number[]) => Promise<number>),
): Promise<{ year: number; years: number[]; yearsJson: string; entries: { indicator: string; item: string }[] } | null> {
  const row = (await db.executeQuery(regionYears(db, region))).rows[0];
  if (!row) return null;
  const years = JSON.parse(row.years) as number[];
  const chosen = typeof year === 'function' ? await year(years) : (year ?? years[years.length - 1]!);
  const { rows } = await db.executeQuery(dashboardItems(db, region, chosen));
  return { year: chosen, years, yearsJson: row.years, entries: rows.map((r) => ({ indicator: r.indicator, item: r.item! })) };
}

/**
 * Each indicator's coverage of two regions, in region order, and its extent, as two JSON texts of
 * `[indicator, object]` pairs made by the database in one row: two strings to parse instead of 65 rows to turn into
 * objects one value at a time (decision 0071). The numbers are parsed back into JavaScript numbers before they are
 * written again, so the answer's JSON is what it was (SQLite writes the REAL 80 as `80.0`).
 */
const coverageJson = {
  sqlite: compiledOnce(
    (db, region: string, country: string) =>
      db.selectNoFrom([
        sql`(select json_group_array(json_array(indicator, json_object('region', region, 'first_year', first_year, 'last_year', last_year,
          'latest_value', latest_value, 'points', points)) order by region) from series_coverage where region in (${region}, ${country}))`.$castTo<string>().as('coverage'),
        sql`(select json_group_array(json_array(indicator, json_object('regions', regions, 'first_year', first_year, 'last_year', last_year)))
          from indicator_extent)`.$castTo<string>().as('extent'),
      ]),
    ['probe-region', 'probe-country'],
  ),
  postgres: compiledOnce(
    (db, region: string, country: string) =>
      db.selectNoFrom([
        sql`(select cast(coalesce(json_agg(json_build_array(indicator, json_build_object('region', region, 'first_year', first_year,
          'last_year', last_year, 'latest_value', latest_value, 'points', points)) order by region), '[]') as text)
          from series_coverage where region in (${region}, ${country}))`.$castTo<string>().as('coverage'),
        sql`(select cast(coalesce(json_agg(json_build_array(indicator, json_build_object('regions', regions, 'first_year', first_year,
          'last_year', last_year))), '[]') as text) from indicator_extent)`.$castTo<string>().as('extent'),
      ]),
    ['probe-region', 'probe-country'],
  ),
};

/**
 * Each indicator's coverage in a region and in the country (`country` null: the region's alone), and its extent across
 * the provinces, by indicator: two indexed reads in one query, whatever the number of regions with data.
 */
export async function storedCoverage(
  db: Executor,
  dialect: DialectName,
  region: string,
  country: string | null,
): Promise<{ coverage: Map<string, Coverage[]>; extent: Map<string, Extent> }> {
  const row = (await db.executeQuery(coverageJson[dialect](db, region, country ?? region))).rows[0]!;
  const coverage = new Map<string, Coverage[]>();
  for (const [indicator, c] of JSON.parse(row.coverage) as [string, Coverage][]) {
    const list = coverage.get(indicator);
    if (list) list.push(c);
    else coverage.set(indicator, [c]);
  }
  return { coverage, extent: new Map(JSON.parse(row.extent) as [string, Extent][]) };
}

/** How many indicators have a headline in each year of a region, and the region's coverage: what the default year is chosen from. */
export async function regionYearFigures(db: Executor, region: string): Promise<{ counts: Map<number, number>; coverage: Coverage[] }> {
  const counts = await db
    .selectFrom('series_points')
    .select(['year', db.fn.countAll<number>().as('n')])
    .where('region', '=', region)
    .where('item', 'is not', null)
    .groupBy('year')
    .execute();
  const coverage = await db.selectFrom('series_coverage').select(['region', 'first_year', 'last_year', 'latest_value', 'points']).where('region', '=', region).execute();
  return { counts: new Map(counts.map((r) => [r.year, Number(r.n)])), coverage };
}
