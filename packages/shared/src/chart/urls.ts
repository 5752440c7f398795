import type { Lang } from '../format';
import { defaultRegionKey } from '../settings';
import type { AxisLayout, ChartMode } from './spec';
import type { ThemeChoice } from './theme';

/** What an embedded chart shows; defaults (the default region of data/settings.json, value, vi, light) are left out of URLs. */
export interface EmbedParams {
  indicators: readonly string[];
  region?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
  mode?: ChartMode | undefined;
  axes?: AxisLayout | undefined;
  lang?: Lang | undefined;
  theme?: ThemeChoice | undefined;
  asof?: string | undefined;
}

function search(entries: [string, string | number | undefined][]): string {
  const p = new URLSearchParams();
  for (const [k, v] of entries) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

function common(p: EmbedParams): [string, string | number | undefined][] {
  return [
    ['region', p.region === defaultRegionKey ? undefined : p.region],
    ['from', p.from],
    ['to', p.to],
    ['mode', p.mode === 'value' ? undefined : p.mode],
    ['axes', p.axes === 'dual' ? p.axes : undefined],
    ['lang', p.lang === 'vi' ? undefined : p.lang],
    ['theme', p.theme === 'light' ? undefined : p.theme],
    ['asof', p.asof],
  ];
}

const single = (p: EmbedParams) => p.indicators.length === 1;

/** `/embed/ict_revenue?…` or `/embed/explore?indicators=a,b&…`. */
export function embedPath(p: EmbedParams): string {
  if (single(p)) return `/embed/${p.indicators[0]}${search(common(p))}`;
  return `/embed/explore${search([['indicators', p.indicators.join(',')], ...common(p)])}`;
}

/** `/api/v1/charts/{key}.svg|png?…`, the compare chart as `explore.svg?indicators=…`. */
export function chartImagePath(p: EmbedParams, ext: 'svg' | 'png', size: { width?: number; height?: number; scale?: number } = {}): string {
  const sizeParams: [string, number | undefined][] = [
    ['width', size.width],
    ['height', size.height],
    ['scale', size.scale === 1 ? undefined : size.scale],
  ];
  if (single(p)) return `/api/v1/charts/${p.indicators[0]}.${ext}${search([...common(p), ...sizeParams])}`;
  return `/api/v1/charts/explore.${ext}${search([['indicators', p.indicators.join(',')], ...common(p), ...sizeParams])}`;
}

/** The app page the embed stands for: the indicator page, or the compare page. */
export function appPath(p: EmbedParams): string {
  const lang: [string, string | undefined] = ['lang', p.lang === 'vi' ? undefined : p.lang];
  const region: [string, string | undefined] = ['region', p.region === defaultRegionKey ? undefined : p.region];
  if (single(p)) return `/indicators/${p.indicators[0]}${search([region, lang])}`;
  return `/explore${search([['indicators', p.indicators.join(',')], region, ['from', p.from], ['to', p.to], ['mode', p.mode === 'value' ? undefined : p.mode], ['axes', p.axes === 'dual' ? p.axes : undefined], lang])}`;
}
