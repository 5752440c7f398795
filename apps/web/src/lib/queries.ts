import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { SourcesResponse } from '@chiso/shared';
import { api, type FactsParams, type RankingParams, type SeriesParams } from './api';

export const queryKeys = {
  indicators: (region: string | undefined) => ['indicators', region ?? null] as const,
  series: (key: string, p: SeriesParams) => ['series', key, p.region ?? null, p.from ?? null, p.to ?? null] as const,
  dashboard: (region: string | undefined, year: number | undefined) =>
    ['dashboard', region ?? null, year ?? null] as const,
  facts: (p: FactsParams) => ['facts', p] as const,
  sources: ['sources'] as const,
  pendingSources: ['sources', 'pending'] as const,
  source: (id: number) => ['source', id] as const,
  revisions: (factId: number) => ['revisions', factId] as const,
  factLocation: (factId: number) => ['fact-location', factId] as const,
  settings: ['settings'] as const,
  regions: ['regions'] as const,
  regionsSeries: (key: string, regions: readonly string[]) => ['regions-series', key, regions.join(',')] as const,
  ranking: (key: string, p: RankingParams) => ['ranking', key, p.year, p.map ?? null] as const,
};

/** The catalogue; its coverage is of `region` (by default the deployment's own) and of the country. */
export const indicatorsQuery = (region?: string) =>
  queryOptions({ queryKey: queryKeys.indicators(region), queryFn: ({ signal }) => api.indicators(region, signal), staleTime: 5 * 60_000 });

export const seriesQuery = (key: string, p: SeriesParams) =>
  queryOptions({ queryKey: queryKeys.series(key, p), queryFn: ({ signal }) => api.series(key, p, signal) });

export const dashboardQuery = (region: string | undefined, year: number | undefined) =>
  queryOptions({
    queryKey: queryKeys.dashboard(region, year),
    queryFn: ({ signal }) => api.dashboard({ region, year }, signal),
  });

export const factsQuery = (p: FactsParams) =>
  queryOptions({ queryKey: queryKeys.facts(p), queryFn: ({ signal }) => api.facts(p, signal) });

/** The list of sources, a page of the API's default size at a time. */
export const sourcesQuery = () =>
  infiniteQueryOptions({
    queryKey: queryKeys.sources,
    queryFn: ({ pageParam, signal }) => api.sources({ offset: pageParam }, signal),
    initialPageParam: 0,
    getNextPageParam: (last: SourcesResponse) => (last.offset + last.sources.length < last.total ? last.offset + last.sources.length : undefined),
  });

/** The sources with figures waiting for review (the review queue's filter), most recent 500. */
export const pendingSourcesQuery = () =>
  queryOptions({ queryKey: queryKeys.pendingSources, queryFn: ({ signal }) => api.sources({ status: 'pending', limit: 500 }, signal) });

export const sourceQuery = (id: number) =>
  queryOptions({ queryKey: queryKeys.source(id), queryFn: ({ signal }) => api.source(id, signal) });

export const revisionsQuery = (factId: number) =>
  queryOptions({ queryKey: queryKeys.revisions(factId), queryFn: ({ signal }) => api.revisions(factId, signal) });

/** Where a figure is in its file (a workbook cell, an OCR'd page region); it never changes once stored. */
export const factLocationQuery = (factId: number) =>
  queryOptions({ queryKey: queryKeys.factLocation(factId), queryFn: ({ signal }) => api.factLocation(factId, signal), staleTime: Infinity });

export const settingsQuery = () => queryOptions({ queryKey: queryKeys.settings, queryFn: ({ signal }) => api.settings(signal), staleTime: 5 * 60_000 });
/** The region catalogue with its lineage: changes only with a new release of data/regions.csv. */
export const regionsQuery = () =>
  queryOptions({ queryKey: queryKeys.regions, queryFn: ({ signal }) => api.regions(signal), staleTime: 30 * 60_000 });

export const regionsSeriesQuery = (key: string, regions: readonly string[]) =>
  queryOptions({ queryKey: queryKeys.regionsSeries(key, regions), queryFn: ({ signal }) => api.regionsSeries(key, regions, signal) });

export const rankingQuery = (key: string, p: RankingParams) =>
  queryOptions({ queryKey: queryKeys.ranking(key, p), queryFn: ({ signal }) => api.ranking(key, p, signal) });
