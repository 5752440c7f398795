import type { SeriesPoint, SeriesResponse, TargetPoint } from '@chiso/shared';
import type { AsOf } from '@chiso/shared/embed';
import type { AppDeps } from '../context';
import { jsonBytesOf, spliced } from '../http/body';
import { acceptedFactsAsOf } from './asof';
import { requireIndicator, requireRegion } from './catalogue';
import { seriesOf } from './resolve';
import { storedSeries } from './series-store';

export interface SeriesScope {
  region: string;
  from?: number | undefined;
  to?: number | undefined;
  asof?: AsOf | undefined;
}

function scopeOf(deps: AppDeps, key: string, q: SeriesScope) {
  const indicator = requireIndicator(deps.catalogue(), key);
  const region = requireRegion(deps.catalogue(), q.region);
  return { indicator, region, scope: { region: region.key, indicator: indicator.key, from: q.from, to: q.to } };
}

/** One indicator's series for a region, now (the read model) or as it stood at `asof` (replayed); 404 for an unknown indicator or region. */
export async function loadSeries(deps: AppDeps, key: string, q: SeriesScope): Promise<SeriesResponse> {
  const { indicator, region, scope } = scopeOf(deps, key, q);
  if (q.asof) return { indicator, region, ...seriesOf(await acceptedFactsAsOf(deps.db.db, scope, q.asof.cutoff), indicator.unit) };
  const s = await storedSeries(deps.db.db, scope);
  return {
    indicator,
    region,
    points: s.points.map((p) => JSON.parse(p) as SeriesPoint),
    targets: s.targets.map((t) => JSON.parse(t) as TargetPoint),
  };
}

/** The series as the API sends it: the stored JSON spliced into the response, without parsing it. */
export async function seriesJson(deps: AppDeps, key: string, q: SeriesScope): Promise<string | Uint8Array<ArrayBuffer>> {
  if (q.asof) return JSON.stringify(await loadSeries(deps, key, q));
  const { indicator, region, scope } = scopeOf(deps, key, q);
  const s = await storedSeries(deps.db.db, scope);
  return spliced([
    '{"indicator":',
    jsonBytesOf(indicator),
    ',"region":',
    jsonBytesOf(region),
    `,"points":[${s.points.join(',')}],"targets":[${s.targets.join(',')}]}`,
  ]);
}
