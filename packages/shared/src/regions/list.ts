import type { Region } from '../catalogue';
import { defaultRegionKey } from '../settings';
import type { RegionsResponse } from './api';
import { isCurrent, lineageOf } from './lineage';

const rank = (r: Region) => (r.level === 'country' ? 0 : isCurrent(r) ? 1 : 2);

/** The catalogue as `GET /api/v1/regions` sends it: the country, then current, then former provinces, by name. */
export function regionsResponse(regions: readonly Region[]): RegionsResponse {
  const lineage = lineageOf(regions);
  const sorted = [...regions].sort((a, b) => rank(a) - rank(b) || a.name_vi.localeCompare(b.name_vi, 'vi'));
  return {
    default_region: defaultRegionKey,
    regions: sorted.map((r) => ({ ...r, current: isCurrent(r), predecessors: lineage.predecessors(r.key).map((p) => p.key) })),
  };
}
