import type { SeriesResponse } from '../api';
import type { Approx } from '../fact';
import type { Unit } from '../catalogue';
import { unitLabels, type Lang } from '../format';
import { growthSeries, indexSeries, type YearValue } from '../series';
import type { ThemeChoice } from './theme';
import { appPath } from './urls';

export const chartModes = ['value', 'index', 'growth'] as const;
export type ChartMode = (typeof chartModes)[number];

/** What the numbers on the value axis are. */
export type Measure = { kind: 'unit'; unit: Unit } | { kind: 'index' } | { kind: 'growth' };

export interface ChartPoint {
  year: number;
  value: number;
  estimate: boolean;
  approx: Approx;
}

export interface ChartSeries {
  key: string;
  label: string;
  /** Year the index is based on (index mode). */
  baseYear?: number;
  points: ChartPoint[];
  /** Values other sources reported for a year, where they differ from the headline. */
  others: YearValue[];
  targets: YearValue[];
}

export interface ChartLink {
  text: string;
  href: string;
}

export interface ChartSpec {
  /** Prefix of element ids, unique within the page that shows the chart. */
  id: string;
  lang: Lang;
  theme: ThemeChoice;
  width: number;
  height: number;
  title: string;
  subtitle: string;
  region: string;
  mode: ChartMode;
  measure: Measure;
  /** A rank: smaller is better and drawn higher. */
  inverted: boolean;
  series: ChartSeries[];
  source: ChartLink;
  link: ChartLink;
  asof?: string | undefined;
}

export interface ChartInput {
  series: readonly SeriesResponse[];
  mode?: ChartMode;
  lang?: Lang;
  theme?: ThemeChoice;
  width?: number;
  height?: number;
  from?: number | undefined;
  to?: number | undefined;
  /** The date the figures stand as of (YYYY-MM-DD), shown under the title. */
  asof?: string | undefined;
  /** Absolute origin of the app, for the links in the chart (`https://chiso.example`). */
  origin: string;
  id?: string;
}

export const chartSize = { minWidth: 280, maxWidth: 2000, minHeight: 200, maxHeight: 1600, width: 640, height: 400 };

/** The shape of a chart that fits a width: flatter when wide, taller when narrow. */
export function heightForWidth(width: number): number {
  return Math.round(Math.min(460, Math.max(340, width * 0.62)));
}

const text = {
  vi: {
    source: (region: string) => `Nguồn: Chỉ số, trích từ báo cáo – ${region}`,
    more: 'Xem đầy đủ ↗',
    compare: (n: number) => `So sánh ${n} chỉ số`,
    index: (y: string) => `chỉ số, năm ${y} = 100`,
    growth: 'tăng trưởng so với năm trước, %',
    asof: (d: string) => `số liệu tại ngày ${d}`,
  },
  en: {
    source: (region: string) => `Source: Chỉ số, cited from reports – ${region}`,
    more: 'Full view ↗',
    compare: (n: number) => `${n} indicators compared`,
    index: (y: string) => `index, ${y} = 100`,
    growth: 'year-on-year growth, %',
    asof: (d: string) => `figures as of ${d}`,
  },
} as const;

function dateLabel(date: string, lang: Lang): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return lang === 'vi' ? `${d}/${m}/${y}` : `${y}-${m}-${d}`;
}

export function unitLabel(unit: Unit, lang: Lang): string {
  return unitLabels[unit][lang];
}

function transform(points: YearValue[], mode: ChartMode): YearValue[] {
  if (mode === 'index') return indexSeries(points);
  if (mode === 'growth') return growthSeries(points);
  return points;
}

/**
 * The chart of one or more series, ready to draw. Value mode with series in different units is drawn as an
 * index (first year = 100), since one axis can't carry two units.
 */
export function chartSpec(input: ChartInput): ChartSpec {
  const lang = input.lang ?? 'vi';
  const t = text[lang];
  const first = input.series[0];
  const units = new Set(input.series.map((s) => s.indicator.unit));
  const mode: ChartMode = (input.mode ?? 'value') === 'value' && units.size > 1 ? 'index' : (input.mode ?? 'value');
  const inRange = (y: number) => (input.from === undefined || y >= input.from) && (input.to === undefined || y <= input.to);
  const region = first ? (lang === 'vi' ? first.region.name_vi : first.region.name_en) : '';

  const series: ChartSeries[] = input.series.map((s) => {
    const points = s.points.filter((p) => inRange(p.year));
    const plain = points.map((p) => ({ year: p.year, value: p.value }));
    const shown = transform(plain, mode);
    const byYear = new Map(points.map((p) => [p.year, p]));
    const base = plain.find((p) => p.value !== 0);
    const scale = (v: number) => (mode === 'index' && base ? (v / base.value) * 100 : v);
    const others =
      mode === 'growth'
        ? []
        : points.flatMap((p) => p.values.slice(1).filter((v) => v.qualifier !== 'target').map((v) => ({ year: p.year, value: scale(v.value) })));
    const targets =
      mode === 'growth'
        ? []
        : s.targets.flatMap((tp) => {
            const v = tp.value ?? tp.value_max ?? tp.value_min;
            return v === null || !inRange(tp.year) ? [] : [{ year: tp.year, value: scale(v) }];
          });
    return {
      key: s.indicator.key,
      label: lang === 'vi' ? s.indicator.name_vi : s.indicator.name_en,
      ...(mode === 'index' && base ? { baseYear: base.year } : {}),
      points: shown.map((p) => {
        const src = byYear.get(p.year);
        return { year: p.year, value: p.value, estimate: src?.qualifier === 'estimate', approx: src?.approx ?? 'exact' };
      }),
      others,
      targets,
    };
  });

  const measure: Measure = mode === 'value' && first ? { kind: 'unit', unit: first.indicator.unit } : mode === 'growth' ? { kind: 'growth' } : { kind: 'index' };
  const bases = [...new Set(series.flatMap((s) => (s.baseYear === undefined ? [] : [s.baseYear])))];
  const measureLabel =
    measure.kind === 'unit' ? unitLabel(measure.unit, lang) : measure.kind === 'growth' ? t.growth : t.index(bases.length === 1 ? String(bases[0]) : lang === 'vi' ? 'đầu' : 'first year');
  const subtitle = [region, measureLabel, input.asof ? t.asof(dateLabel(input.asof, lang)) : undefined].filter(Boolean).join(' · ');
  const keys = input.series.map((s) => s.indicator.key);
  const single = keys.length === 1 && first;
  const params = { indicators: keys, region: first?.region.key, from: input.from, to: input.to, mode, lang };

  return {
    id: input.id ?? 'chiso',
    lang,
    theme: input.theme ?? 'light',
    width: clamp(Math.round(input.width ?? chartSize.width), chartSize.minWidth, chartSize.maxWidth),
    height: clamp(Math.round(input.height ?? chartSize.height), chartSize.minHeight, chartSize.maxHeight),
    title: single ? series[0]!.label : t.compare(keys.length),
    subtitle,
    region,
    mode,
    measure,
    inverted: measure.kind === 'unit' && measure.unit === 'rank',
    series,
    source: { text: t.source(region), href: `${input.origin}${appPath({ ...params, indicators: keys.slice(0, 1) })}` },
    link: { text: t.more, href: `${input.origin}${appPath(params)}` },
    asof: input.asof,
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
