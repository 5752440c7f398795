import { combinedSeries, lineageOf, publishedOn, yearOf, type PublishedFigure } from '@chiso/shared';
import type { Executor } from '../db/schema';
import { requireIndicatorOf, requireRegions, type Catalogue } from './catalogue';
import { storedFigure, territoryFigures } from './figures';

/** A date after every change of the map: a unit's shape on it is its present one. */
const present = '9999-12-31';

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
  const indicator = requireIndicatorOf(catalogue, key);
  const regions = requireRegions(catalogue, regionKeys);
  if (regions.length === 0) return `{"indicator":${JSON.stringify(indicator)},"series":[]}`;
  const lineage = lineageOf(catalogue.regions);
  const shapes = regions.map((k) => lineage.shapeOn(k, present));
  const read = [...new Set([...regions, ...shapes.flatMap((s) => (s.since ? s.parts : []))])];
  let points = db.selectFrom('series_points').select(['region', 'year', 'point', 'target']).where('indicator', '=', key).where('region', 'in', read);
  if (range.from !== undefined) points = points.where('year', '>=', range.from);
  if (range.to !== undefined) points = points.where('year', '<=', range.to);
  const [rows, published] = await Promise.all([points.orderBy('region').orderBy('year').execute(), territoryFigures(db, key, { regions, ...range })]);
  const byRegion = new Map<string, typeof rows>();
  for (const r of rows) (byRegion.get(r.region) ?? byRegion.set(r.region, []).get(r.region)!).push(r);

  const series = shapes.map((shape) => {
    const own = byRegion.get(shape.region) ?? [];
    const parts = shape.since
      ? shape.parts.map((region) => ({
          region,
          figures: new Map((byRegion.get(region) ?? []).filter((r) => r.point !== null).map((r) => [r.year, storedFigure(r.point!)])),
        }))
      : [{ region: shape.region, figures: new Map() }];
    const latest = new Map<number, PublishedFigure>();
    for (const [year, list] of published.get(shape.region) ?? []) latest.set(year, publishedOn(list, present)!);
    const combined = combinedSeries({ aggregation: indicator.aggregation, shapeYear: shape.since ? yearOf(shape.since) : null, parts, published: latest });
    const points = own.flatMap((r) => (r.point === null ? [] : [r.point]));
    const targets = own.flatMap((r) => (r.target === null ? [] : [r.target]));
    return `{"region":${JSON.stringify(shape.region)},"points":[${points.join(',')}],"targets":[${targets.join(',')}],"combined":${JSON.stringify(combined)}}`;
  });
  return `{"indicator":${JSON.stringify(indicator)},"series":[${series.join(',')}]}`;
}
