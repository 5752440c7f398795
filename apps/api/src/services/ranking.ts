import { lineageOf, mapOfYear, rankRegions, type OwnFigure, type RankingResponse } from '@chiso/shared';
import { compiledOnce } from '../db/compiled';
import type { Executor } from '../db/schema';
import { requireIndicator, type Catalogue } from './catalogue';
import { territoryFigures } from './figures';

const headlines = compiledOnce(
  (db, indicator: string, from: number, to: number) =>
    db
      .selectFrom('series_points')
      .select(['region', 'year', 'figure'])
      .where('indicator', '=', indicator)
      .where('year', '>=', from)
      .where('year', '<=', to)
      .where('figure', 'is not', null),
  ['probe_indicator', -1, -2],
);

/**
 * Every unit of a map ranked for one indicator and year (by default the map at the end of the year): the headlines
 * of the read model for the year and the year before, and the figures published for territories of later maps,
 * ranked by shared/regions/ranking.ts. The country's figure comes along as a reference.
 */
export async function ranking(db: Executor, catalogue: Catalogue, key: string, year: number, map: string = mapOfYear(year)): Promise<RankingResponse> {
  const indicator = requireIndicator(catalogue, key);
  const [{ rows }, published] = await Promise.all([db.executeQuery(headlines(db, key, year - 1, year)), territoryFigures(db, indicator)]);
  const own = new Map(rows.map((r) => [`${r.region}|${r.year}`, JSON.parse(r.figure!) as OwnFigure]));
  const lineage = lineageOf(catalogue.regions);
  const ranked = rankRegions({
    lineage,
    indicator,
    year,
    map,
    source: { own: (region, y) => own.get(`${region}|${y}`), published: (region, y) => published.get(region)?.get(y) ?? [] },
  });
  const countryKey = catalogue.regions.find((r) => r.level === 'country')?.key;
  const c = countryKey ? own.get(`${countryKey}|${year}`) : undefined;
  return {
    indicator,
    year,
    map: ranked.map,
    items: ranked.items,
    missing: ranked.missing,
    country: c && countryKey ? { region: countryKey, value: c.value, denominator: c.denominator ?? null } : null,
  };
}

/** How many regions have a headline, per indicator and year (own figures; the read model's points). */
export async function regionsWithData(db: Executor): Promise<{ indicator: string; year: number; regions: number }[]> {
  const rows = await db
    .selectFrom('series_points')
    .select(['indicator', 'year', db.fn.countAll<number | string>().as('regions')])
    .where('point', 'is not', null)
    .groupBy(['indicator', 'year'])
    .orderBy('indicator')
    .orderBy('year')
    .execute();
  return rows.map((r) => ({ indicator: r.indicator, year: r.year, regions: Number(r.regions) }));
}
