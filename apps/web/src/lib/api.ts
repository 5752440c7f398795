import {
  DashboardResponse,
  FactLocation,
  FactsResponse,
  IndicatorsResponse,
  Problem,
  RankingResponse,
  RegionsResponse,
  RegionsSeriesResponse,
  RevisionsResponse,
  SeriesResponse,
  Settings,
  SourceDetail,
  SourcesResponse,
  type FactStatus,
  type FactsQuery,
} from '@chiso/shared';
import type { z } from 'zod';

export const apiBase = '/api/v1';

/** A failed request: the API's problem details when it sent them, or a network or parse failure. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly problem: Problem | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Params = Record<string, string | number | undefined | null>;

export function apiUrl(path: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  }
  const qs = search.toString();
  return `${apiBase}${path}${qs ? `?${qs}` : ''}`;
}

async function getJson<T>(url: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json' }, signal });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError('network', null);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const problem = Problem.safeParse(body);
    throw new ApiError(
      problem.success ? problem.data.detail || problem.data.title : `HTTP ${res.status}`,
      res.status,
      problem.success ? problem.data : null,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError('invalid-response', res.status);
  return parsed.data;
}

export interface SeriesParams {
  region?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
}

export interface FactsParams {
  indicator?: string | undefined;
  region?: string | undefined;
  year?: number | undefined;
  source?: number | undefined;
  status?: FactStatus | undefined;
  sort?: FactsQuery['sort'] | undefined;
  limit?: number | undefined;
}

export const api = {
  /** The catalogue, with each indicator's coverage in `region` (by default the deployment's own) and in the country. */
  indicators: (region: string | undefined, signal?: AbortSignal) => getJson(apiUrl('/indicators', { region }), IndicatorsResponse, signal),
  series: (key: string, p: SeriesParams, signal?: AbortSignal) =>
    getJson(apiUrl(`/indicators/${encodeURIComponent(key)}/series`, { ...p }), SeriesResponse, signal),
  dashboard: (p: { region?: string | undefined; year?: number | undefined }, signal?: AbortSignal) =>
    getJson(apiUrl('/dashboard', { ...p }), DashboardResponse, signal),
  facts: (p: FactsParams, signal?: AbortSignal) => getJson(apiUrl('/facts', { ...p }), FactsResponse, signal),
  sources: (p: { offset?: number | undefined; status?: FactStatus | undefined; limit?: number | undefined }, signal?: AbortSignal) =>
    getJson(apiUrl('/sources', { ...p, offset: p.offset || undefined }), SourcesResponse, signal),
  source: (id: number, signal?: AbortSignal) => getJson(apiUrl(`/sources/${id}`), SourceDetail, signal),
  revisions: (factId: number, signal?: AbortSignal) => getJson(apiUrl(`/facts/${factId}/revisions`), RevisionsResponse, signal),
  factLocation: (factId: number, signal?: AbortSignal) => getJson(apiUrl(`/facts/${factId}/location`), FactLocation, signal),
  settings: (signal?: AbortSignal) => getJson(apiUrl('/settings'), Settings, signal),
  regions: (signal?: AbortSignal) => getJson(apiUrl('/regions'), RegionsResponse, signal),
  regionsSeries: (key: string, regions: readonly string[], signal?: AbortSignal) =>
    getJson(apiUrl(`/indicators/${encodeURIComponent(key)}/series`, { regions: regions.join(',') }), RegionsSeriesResponse, signal),
  ranking: (key: string, p: RankingParams, signal?: AbortSignal) =>
    getJson(apiUrl(`/indicators/${encodeURIComponent(key)}/ranking`, { ...p }), RankingResponse, signal),
};

export interface RankingParams {
  year: number;
  /** A map's date: by default the map at the end of the year. */
  map?: string | undefined;
}

export const csvUrls = {
  series: (key: string, p: SeriesParams) => apiUrl(`/indicators/${encodeURIComponent(key)}/series.csv`, { ...p }),
  facts: (p: FactsParams) => apiUrl('/facts.csv', { ...p }),
  /** The compared series as the API writes them (the number the chart draws, in index and growth modes too). */
  compare: (ext: 'csv' | 'xlsx', p: { indicators: readonly string[]; region?: string | undefined; from?: number | undefined; to?: number | undefined; mode: string; lang: string }) =>
    apiUrl(`/series.${ext}`, { ...p, indicators: p.indicators.join(',') }),
  /** The ranking's table (the XLSX adds the facts behind it and their sources; `lang` names its columns). */
  ranking: (ext: 'csv' | 'xlsx', key: string, p: RankingParams & { lang?: string }) => apiUrl(`/indicators/${encodeURIComponent(key)}/ranking.${ext}`, { ...p }),
};
