/** The state of each page as it lives in the query string: pure parse and serialise functions, defaults omitted. */
import { maxSeriesRegions, overviewFilters, overviewSorts, type OverviewFilter, type OverviewSort } from '@chiso/shared';
import { axisLayouts, type AxisLayout } from '@chiso/shared/chart/options';

const keyPattern = /^[a-z][a-z0-9_]{1,63}$/;
const regionPattern = /^[a-z][a-z0-9-]{1,63}$/;

function year(v: string | null): number | undefined {
  if (v === null || !/^\d{4}$/.test(v)) return undefined;
  const n = Number(v);
  return n >= 1900 && n <= 2100 ? n : undefined;
}

function region(v: string | null): string | undefined {
  return v !== null && regionPattern.test(v) ? v : undefined;
}

function oneOf<T extends string>(v: string | null, options: readonly T[], fallback: T): T {
  return options.find((o) => o === v) ?? fallback;
}

function build(entries: [string, string | number | undefined][]): string {
  const p = new URLSearchParams();
  for (const [k, v] of entries) if (v !== undefined && v !== '') p.set(k, String(v));
  // Commas between indicator keys read better unescaped and are safe in a query string.
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

export const overviewViews = ['cards', 'table'] as const;
export type OverviewView = (typeof overviewViews)[number];

export interface DashboardState {
  region?: string | undefined;
  year?: number | undefined;
  sort: OverviewSort;
  filter: OverviewFilter;
  /** Cards, or the one-page table of the year (the one that prints on A4). */
  view: OverviewView;
}

export function parseDashboard(search: string): DashboardState {
  const p = new URLSearchParams(search);
  return {
    region: region(p.get('region')),
    year: year(p.get('year')),
    sort: oneOf(p.get('sort'), overviewSorts, 'catalogue'),
    filter: oneOf(p.get('filter'), overviewFilters, 'all'),
    view: oneOf(p.get('view'), overviewViews, 'cards'),
  };
}

export function serialiseDashboard(s: DashboardState): string {
  return build([
    ['region', s.region],
    ['year', s.year],
    ['sort', s.sort === 'catalogue' ? undefined : s.sort],
    ['filter', s.filter === 'all' ? undefined : s.filter],
    ['view', s.view === 'cards' ? undefined : s.view],
  ]);
}

export interface IndicatorState {
  region?: string | undefined;
  year?: number | undefined;
  view: 'chart' | 'table';
}

export function parseIndicator(search: string): IndicatorState {
  const p = new URLSearchParams(search);
  return { region: region(p.get('region')), year: year(p.get('year')), view: oneOf(p.get('view'), views, 'chart') };
}

export function serialiseIndicator(s: IndicatorState): string {
  return build([
    ['region', s.region],
    ['year', s.year],
    ['view', s.view === 'chart' ? undefined : s.view],
  ]);
}

export const modes = ['value', 'index', 'growth'] as const;
export type CompareMode = (typeof modes)[number];
export const views = ['chart', 'table'] as const;
export type View = (typeof views)[number];
export const chartTypes = ['line', 'bar'] as const;
export type ChartType = (typeof chartTypes)[number];

export interface ExploreState {
  indicators: string[];
  region?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
  mode: CompareMode;
  /** Indicators in different units: small multiples, or two labelled axes for exactly two units. */
  axes: AxisLayout;
  view: View;
  chart: ChartType;
}

export const maxCompared = 6;

export function parseExplore(search: string): ExploreState {
  const p = new URLSearchParams(search);
  const indicators = [
    ...new Set(
      (p.get('indicators') ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter((k) => keyPattern.test(k)),
    ),
  ].slice(0, maxCompared);
  let from = year(p.get('from'));
  let to = year(p.get('to'));
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  return {
    indicators,
    region: region(p.get('region')),
    from,
    to,
    mode: oneOf(p.get('mode'), modes, 'value'),
    axes: oneOf(p.get('axes'), axisLayouts, 'multiples'),
    view: oneOf(p.get('view'), views, 'chart'),
    chart: oneOf(p.get('chart'), chartTypes, 'line'),
  };
}

export function serialiseExplore(s: ExploreState): string {
  return build([
    ['indicators', s.indicators.length ? s.indicators.join(',') : undefined],
    ['region', s.region],
    ['from', s.from],
    ['to', s.to],
    ['mode', s.mode === 'value' ? undefined : s.mode],
    ['axes', s.axes === 'multiples' ? undefined : s.axes],
    ['view', s.view === 'chart' ? undefined : s.view],
    ['chart', s.chart === 'line' ? undefined : s.chart],
  ]);
}

/** Keeps the language parameter of the current URL when a page rewrites its own state. */
export function withLang(query: string, currentSearch: string): string {
  const lang = new URLSearchParams(currentSearch).get('lang');
  if (lang !== 'vi' && lang !== 'en') return query;
  return query ? `${query}&lang=${lang}` : `?lang=${lang}`;
}

export const rankingMaps = ['year', 'today'] as const;
export type RankingMap = (typeof rankingMaps)[number];

/** The ranking page: an indicator, a year, and whether the units are those of the year's map or today's 34. */
export interface RankingState {
  indicator?: string | undefined;
  year?: number | undefined;
  map: RankingMap;
}

export function parseRanking(search: string): RankingState {
  const p = new URLSearchParams(search);
  const key = p.get('indicator');
  return { indicator: key !== null && keyPattern.test(key) ? key : undefined, year: year(p.get('year')), map: oneOf(p.get('map'), rankingMaps, 'year') };
}

export function serialiseRanking(s: RankingState): string {
  return build([
    ['indicator', s.indicator],
    ['year', s.year],
    ['map', s.map === 'year' ? undefined : s.map],
  ]);
}

/** The compare-provinces page: one indicator, several regions (in the order chosen), chart or table. */
export interface ProvincesState {
  indicator?: string | undefined;
  regions: string[];
  view: View;
}

export function parseProvinces(search: string): ProvincesState {
  const p = new URLSearchParams(search);
  const key = p.get('indicator');
  const regions = [...new Set((p.get('regions') ?? '').split(',').map((r) => r.trim()).filter((r) => regionPattern.test(r)))].slice(0, maxSeriesRegions);
  return { indicator: key !== null && keyPattern.test(key) ? key : undefined, regions, view: oneOf(p.get('view'), views, 'chart') };
}

export function serialiseProvinces(s: ProvincesState): string {
  return build([
    ['indicator', s.indicator],
    ['regions', s.regions.join(',')],
    ['view', s.view === 'chart' ? undefined : s.view],
  ]);
}
