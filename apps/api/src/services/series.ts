import type { SeriesResponse } from '@chiso/shared';
import type { AsOf } from '@chiso/shared/embed';
import type { AppDeps } from '../context';
import { requireIndicator, requireRegion } from '../http/read';
import { acceptedFactsAsOf } from './asof';
import { acceptedFacts, seriesOf } from './resolve';

export interface SeriesScope {
  region: string;
  from?: number | undefined;
  to?: number | undefined;
  asof?: AsOf | undefined;
}

/** One indicator's series for a region, now or as it stood at `asof`; 404 for an unknown indicator or region. */
export async function loadSeries(deps: AppDeps, key: string, q: SeriesScope): Promise<SeriesResponse> {
  const indicator = requireIndicator(deps, key);
  const region = requireRegion(deps, q.region);
  const scope = { region: region.key, indicator: indicator.key, from: q.from, to: q.to };
  const facts = q.asof ? await acceptedFactsAsOf(deps.db.db, scope, q.asof.cutoff) : await acceptedFacts(deps.db.db, scope);
  return { indicator, region, ...seriesOf(facts) };
}
