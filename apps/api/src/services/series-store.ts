import type { Coverage } from '@chiso/shared';
import type { Transaction } from 'kysely';
import { compiledOnce } from '../db/compiled';
import type { Database, Executor } from '../db/schema';
import { acceptedFacts, dashboardEntriesOf, seriesOf } from './resolve';

/**
 * Recomputes the series, dashboard entries, coverage and years of every (region, indicator) that triggers marked
 * dirty, from the accepted facts, with the same rule as everywhere else (services/resolve.ts). Part of
 * refreshReadModel (services/read-model.ts), in the writer's transaction. Returns the pairs recomputed.
 */
export async function refreshSeries(db: Transaction<Database>): Promise<number> {
  const dirty = await db.selectFrom('series_dirty').select(['region', 'indicator']).execute();
  const regions = new Set<string>();
  const indicators = new Set<string>();
  for (const pair of dirty) {
    await refreshPair(db, pair.region, pair.indicator);
    await db.deleteFrom('series_dirty').where('region', '=', pair.region).where('indicator', '=', pair.indicator).execute();
    regions.add(pair.region);
    indicators.add(pair.indicator);
  }
  for (const region of regions) {
    const years = await db
      .selectFrom('series_points')
      .select('year')
      .distinct()
      .where('region', '=', region)
      .where('item', 'is not', null)
      .orderBy('year')
      .execute();
    await db.deleteFrom('region_years').where('region', '=', region).execute();
    if (years.length) await db.insertInto('region_years').values({ region, years: JSON.stringify(years.map((y) => y.year)) }).execute();
  }
  for (const indicator of indicators) {
    const coverage: Coverage[] = await db
      .selectFrom('series_coverage')
      .select(['region', 'first_year', 'last_year', 'latest_value', 'points'])
      .where('indicator', '=', indicator)
      .orderBy('region')
      .execute();
    await db.deleteFrom('indicator_coverage').where('indicator', '=', indicator).execute();
    if (coverage.length) await db.insertInto('indicator_coverage').values({ indicator, coverage: JSON.stringify(coverage) }).execute();
  }
  return dirty.length;
}

async function refreshPair(db: Executor, region: string, indicator: string): Promise<void> {
  const facts = await acceptedFacts(db, { region, indicator });
  // Figures agree or conflict by the rounding of their unit (headline.ts); a fact of an indicator gone from the
  // catalogue is compared as an amount.
  const { unit } = (await db.selectFrom('indicators').select('unit').where('key', '=', indicator).executeTakeFirst()) ?? { unit: 'billion_vnd' as const };
  const { points, targets } = seriesOf(facts, unit);
  const entries = dashboardEntriesOf(facts, unit);
  const rows = new Map<number, { point: string | null; target: string | null; item: string | null }>();
  const row = (year: number) => rows.get(year) ?? rows.set(year, { point: null, target: null, item: null }).get(year)!;
  for (const p of points) row(p.year).point = JSON.stringify(p);
  for (const t of targets) row(t.year).target = JSON.stringify(t);
  for (const [year, e] of entries) row(year).item = JSON.stringify(e);

  await db.deleteFrom('series_points').where('region', '=', region).where('indicator', '=', indicator).execute();
  await db.deleteFrom('series_coverage').where('region', '=', region).where('indicator', '=', indicator).execute();
  if (rows.size) {
    await db
      .insertInto('series_points')
      .values([...rows].map(([year, r]) => ({ region, indicator, year, ...r })))
      .execute();
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (first && last) {
    await db
      .insertInto('series_coverage')
      .values({ region, indicator, first_year: first.year, last_year: last.year, latest_value: last.value, points: points.length })
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

/** The years with a headline in a region, and the stored dashboard entries of one of them (the last by default). */
export async function storedDashboard(
  db: Executor,
  region: string,
  year?: number,
): Promise<{ year: number; years: number[]; yearsJson: string; entries: { indicator: string; item: string }[] } | null> {
  const row = (await db.executeQuery(regionYears(db, region))).rows[0];
  if (!row) return null;
  const years = JSON.parse(row.years) as number[];
  const chosen = year ?? years[years.length - 1]!;
  const { rows } = await db.executeQuery(dashboardItems(db, region, chosen));
  return { year: chosen, years, yearsJson: row.years, entries: rows.map((r) => ({ indicator: r.indicator, item: r.item! })) };
}

const coverageRows = compiledOnce((db) => db.selectFrom('indicator_coverage').select(['indicator', 'coverage']), []);

/** Each indicator's coverage as stored JSON (Coverage[] by region), by indicator. */
export async function storedCoverage(db: Executor): Promise<Map<string, string>> {
  const { rows } = await db.executeQuery(coverageRows(db));
  return new Map(rows.map((r) => [r.indicator, r.coverage]));
}
