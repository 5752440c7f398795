import { combinedSeries, lineageOf, publishedOn, yearOf, type PublishedFigure } from '@chiso/shared';
import type { CompiledQuery } from 'kysely';
import { compiledOnce } from '../db/compiled';
import type { Executor } from '../db/schema';
import { requireIndicator, requireRegions, type Catalogue } from './catalogue';
import { storedFigure, territoryFigures } from './figures';

/** A date after every change of the map: a unit's shape on it is its present one. */
const present = '9999-12-31';

type PointRow = { region: string; year: number; point: string | null; target: string | null };
const pointsByCount = new Map<number, (db: Executor, indicator: string, ...regions: string[]) => CompiledQuery<PointRow>>();

/** One indicator's stored points of some regions: compiled once per number of regions (keys checked before). */
function pointsOf(count: number) {
  let query = pointsByCount.get(count);
  if (!query) {
    const probe = Array.from({ length: count }, (_, i) => `probe-${i}`);
    query = compiledOnce(
      (db, indicator: string, ...regions: string[]) =>
        db.selectFrom('series_points').select(['region', 'year', 'point', 'target']).where('indicator', '=', indicator).where('region', 'in', regions).orderBy('region').orderBy('year'),
      ['probe_indicator', ...probe],
    );
    pointsByCount.set(count, query);
  }
  return query;
}

/**
 * One indicator's series for several regions (RegionsSeriesResponse as JSON): each region's own points and targets
 * as the read model stores them, spliced in, and its combined series (published, carried or summed from the
 * regions its present territory was made of). One read of the read model for all regions and their parts.
 */
export async function regionsSeriesJson(
  db: Executor,
  catalogue: Catalogue,
  key: string,
  regionKeys: readonly string[],
  range: { from?: number | undefined; to?: number | undefined } = {},
): Promise<string> {
  const indicator = requireIndicator(catalogue, key);
  const regions = requireRegions(catalogue, regionKeys);
  if (regions.length === 0) return `{"indicator":${JSON.stringify(indicator)},"series":[]}`;
  const lineage = lineageOf(catalogue.regions);
  const shapes = regions.map((k) => lineage.shapeOn(k, present));
  const read = [...new Set([...regions, ...shapes.flatMap((s) => (s.since ? s.parts : []))])];
  const [{ rows }, published] = await Promise.all([db.executeQuery(pointsOf(read.length)(db, key, ...read)), territoryFigures(db, indicator)]);
  const inRange = (year: number) => (range.from === undefined || year >= range.from) && (range.to === undefined || year <= range.to);
  const byRegion = new Map<string, PointRow[]>();
  for (const r of rows) if (inRange(r.year)) (byRegion.get(r.region) ?? byRegion.set(r.region, []).get(r.region)!).push(r);

  const series = shapes.map((shape) => {
    const own = byRegion.get(shape.region) ?? [];
    const parts = shape.since
      ? shape.parts.map((region) => ({
          region,
          figures: new Map((byRegion.get(region) ?? []).filter((r) => r.point !== null).map((r) => [r.year, storedFigure(r.point!)])),
        }))
      : [{ region: shape.region, figures: new Map() }];
    const latest = new Map<number, PublishedFigure>();
    for (const [year, list] of published.get(shape.region) ?? []) if (inRange(year)) latest.set(year, publishedOn(list, present)!);
    const combined = combinedSeries({ aggregation: indicator.aggregation, shapeYear: shape.since ? yearOf(shape.since) : null, parts, published: latest });
    const points = own.flatMap((r) => (r.point === null ? [] : [r.point]));
    const targets = own.flatMap((r) => (r.target === null ? [] : [r.target]));
    return `{"region":${JSON.stringify(shape.region)},"points":[${points.join(',')}],"targets":[${targets.join(',')}],"combined":${JSON.stringify(combined)}}`;
  });
  return `{"indicator":${JSON.stringify(indicator)},"series":[${series.join(',')}]}`;
}
