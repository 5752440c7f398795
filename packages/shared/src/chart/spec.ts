import type { SeriesResponse } from '../api';
import type { Approx } from '../fact';
import type { Unit } from '../catalogue';
import { unitLabels, type Lang } from '../format';
import { commonBaseYear, growthSeries, indexSeries, type YearValue } from '../series';
import type { ThemeChoice } from './theme';
import { appPath } from './urls';

import type { AxisLayout, ChartMode } from './options';
export { axisLayouts, chartModes, type AxisLayout, type ChartMode } from './options';

/** What the numbers on a value axis are. */
export type Measure = { kind: 'unit'; unit: Unit } | { kind: 'index'; baseYear: number } | { kind: 'growth'; acrossGaps: boolean };

export interface ChartPoint {
  year: number;
  value: number;
  estimate: boolean;
  approx: Approx;
  /** Sources disagree on this year's figure. */
  conflict: boolean;
  /** The figure rests only on facts the machine read and no person has reviewed yet. */
  machineRead: boolean;
  /** Growth mode: the year compared against, when it is not the year before. */
  since?: number | undefined;
  /** A rank drawn as itself (value mode): how many units it is out of, when the source stated it. */
  denominator?: number | undefined;
}

export interface ChartSeries {
  key: string;
  label: string;
  /** Position among the compared series: its colour, marker shape and dash come from it. */
  index: number;
  /** The panel the series is drawn in, and which of the panel's axes it reads. */
  panel: number;
  side: 'left' | 'right';
  points: ChartPoint[];
  /** Other sources' figures that differ from the headline by more than rounding (conflicts). */
  others: YearValue[];
  targets: YearValue[];
}

export interface ChartPanel {
  left: Measure;
  right?: Measure | undefined;
  /** A rank: smaller is better and drawn higher. */
  inverted: boolean;
  /** Small multiples: what the panel shows (the names of its series). */
  title?: string | undefined;
}

export interface ChartLink {
  text: string;
  href: string;
}

/** The keys a legend can have; each is listed only when the chart draws it. */
export type KeyKind = 'series' | 'estimate' | 'machine-read' | 'conflict' | 'target' | 'gap' | 'growth-gap';

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
  axes: AxisLayout;
  panels: ChartPanel[];
  series: ChartSeries[];
  /** What the legend lists, in order. */
  keys: KeyKind[];
  /** Sentences the reader must see with the chart (series left out of an index, and why). */
  notes: string[];
  source: ChartLink;
  link: ChartLink;
  asof?: string | undefined;
  /** Title, subtitle and the source line drawn in the image; off where the page around the chart says them. */
  frame: boolean;
}

export interface ChartInput {
  series: readonly SeriesResponse[];
  mode?: ChartMode;
  axes?: AxisLayout | undefined;
  lang?: Lang;
  theme?: ThemeChoice;
  width?: number;
  height?: number;
  from?: number | undefined;
  to?: number | undefined;
  /** The date the figures stand as of (YYYY-MM-DD), shown under the title. */
  asof?: string | undefined;
  /**
   * One indicator across regions: each series is named by this label (its region, or its region's figures combined
   * from former provinces) instead of the indicator, and the title is the indicator's name.
   */
  labels?: readonly string[] | undefined;
  /** Absolute origin of the app, for the links in the chart (`https://chiso.example`). */
  origin: string;
  id?: string;
  frame?: boolean;
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
    index: (y: number) => `Chỉ số, năm ${y} = 100`,
    growth: 'Tăng trưởng so với năm trước, %',
    growthGaps: 'Tăng trưởng so với năm trước có số liệu, %',
    asof: (d: string) => `số liệu tại ngày ${d}`,
    noBase: (y: number, names: string) => `Không có số liệu năm ${y} nên không vẽ theo chỉ số: ${names}.`,
    noCommon: 'Các chỉ số không có năm chung nào để làm gốc.',
  },
  en: {
    source: (region: string) => `Source: Chỉ số, cited from reports – ${region}`,
    more: 'Full view ↗',
    compare: (n: number) => `${n} indicators compared`,
    index: (y: number) => `Index, ${y} = 100`,
    growth: 'Growth on the year before, %',
    growthGaps: 'Growth on the previous year with data, %',
    asof: (d: string) => `figures as of ${d}`,
    noBase: (y: number, names: string) => `Left out of the index for lack of a ${y} figure: ${names}.`,
    noCommon: 'The indicators share no year to base the index on.',
  },
} as const;

function dateLabel(date: string, lang: Lang): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return lang === 'vi' ? `${d}/${m}/${y}` : `${y}-${m}-${d}`;
}

export function unitLabel(unit: Unit, lang: Lang): string {
  return unitLabels[unit][lang];
}

/** The caption of a value axis: the unit, or what an index or a growth rate is measured against. */
export function measureLabel(m: Measure, lang: Lang): string {
  if (m.kind === 'unit') return unitLabel(m.unit, lang);
  if (m.kind === 'index') return text[lang].index(m.baseYear);
  return m.acrossGaps ? text[lang].growthGaps : text[lang].growth;
}

const sameMeasure = (a: Measure, b: Measure) => (a.kind === 'unit' && b.kind === 'unit' ? a.unit === b.unit : a.kind === b.kind);

/**
 * The index base: the `from` year when asked, else the first year all series have (or most of them); the series
 * without a figure that year are left out, with a note.
 */
function indexBase(series: readonly YearValue[][], from: number | undefined): number | null {
  return from ?? commonBaseYear(series);
}

/**
 * The chart of one or more series, ready to lay out and draw: the one definition every renderer reads. Series in
 * different units are drawn as small multiples on one year axis, or (asked for, exactly two units) on two value
 * axes; an index has one base year for all series.
 */
export function chartSpec(input: ChartInput): ChartSpec {
  const lang = input.lang ?? 'vi';
  const t = text[lang];
  const mode = input.mode ?? 'value';
  const first = input.series[0];
  const inRange = (y: number) => (input.from === undefined || y >= input.from) && (input.to === undefined || y <= input.to);
  const byRegion = input.labels !== undefined;
  const region = first && !byRegion ? (lang === 'vi' ? first.region.name_vi : first.region.name_en) : '';
  const indicatorName = (s: SeriesResponse) => (lang === 'vi' ? s.indicator.name_vi : s.indicator.name_en);
  const label = (s: SeriesResponse, i = 0) => input.labels?.[i] ?? indicatorName(s);

  const plain = input.series.map((s) => s.points.filter((p) => inRange(p.year)).map((p) => ({ year: p.year, value: p.value })));
  const base = mode === 'index' ? indexBase(plain, input.from) : null;
  const notes: string[] = [];
  if (mode === 'index') {
    const missing = input.series.filter((_, i) => base === null || indexSeries(plain[i]!, base).length === 0);
    if (base === null && input.series.length) notes.push(t.noCommon);
    else if (missing.length) notes.push(t.noBase(base!, missing.map((s) => label(s, input.series.indexOf(s))).join(', ')));
  }

  const drawn = input.series.flatMap((s, i) => {
    const points = s.points.filter((p) => inRange(p.year));
    const byYear = new Map(points.map((p) => [p.year, p]));
    let shown: (YearValue & { since?: number })[] = plain[i]!;
    let scale = (v: number) => v;
    if (mode === 'index') {
      shown = base === null ? [] : indexSeries(plain[i]!, base);
      if (shown.length === 0) return [];
      const b = byYear.get(base!)!.value;
      scale = (v) => (v / b) * 100;
    } else if (mode === 'growth') {
      shown = growthSeries(plain[i]!).map((g) => ({ ...g, since: g.since === g.year - 1 ? undefined : g.since }));
    }
    const others =
      mode === 'growth'
        ? []
        : points.flatMap((p) => p.values.filter((v) => v.relation === 'conflict').map((v) => ({ year: p.year, value: scale(v.value) })));
    const targets =
      mode === 'growth'
        ? []
        : s.targets.flatMap((tp) => {
            const v = tp.value ?? tp.value_max ?? tp.value_min;
            return v === null || !inRange(tp.year) ? [] : [{ year: tp.year, value: scale(v) }];
          });
    return [
      {
        source: s,
        series: {
          key: byRegion ? `${s.region.key}-${i}` : s.indicator.key,
          label: label(s, i),
          index: i,
          panel: 0,
          side: 'left' as ChartSeries['side'],
          points: shown.map((p) => {
            const src = byYear.get(p.year);
            return {
              year: p.year,
              value: p.value,
              estimate: src?.qualifier === 'estimate',
              approx: src?.approx ?? 'exact',
              conflict: mode !== 'growth' && (src?.conflict ?? false),
              // A change rests on both years' figures.
              machineRead: (src?.machine_read ?? false) || (mode === 'growth' && byYear.get(p.since ?? p.year - 1)?.machine_read === true),
              ...(p.since !== undefined ? { since: p.since } : {}),
              ...(mode === 'value' && src?.denominator !== undefined ? { denominator: src.denominator } : {}),
            };
          }),
          others,
          targets,
        },
      },
    ];
  });

  const measureOf = (s: SeriesResponse): Measure =>
    mode === 'value' ? { kind: 'unit', unit: s.indicator.unit } : mode === 'index' ? { kind: 'index', baseYear: base ?? 0 } : { kind: 'growth', acrossGaps: false };
  const measures: Measure[] = [];
  for (const d of drawn) if (!measures.some((m) => sameMeasure(m, measureOf(d.source)))) measures.push(measureOf(d.source));
  const axes: AxisLayout = input.axes === 'dual' && measures.length === 2 ? 'dual' : 'multiples';
  const acrossGaps = drawn.some((d) => d.series.points.some((p) => p.since !== undefined));
  const withGaps = (m: Measure): Measure => (m.kind === 'growth' ? { kind: 'growth', acrossGaps } : m);
  const isRank = (m: Measure) => m.kind === 'unit' && m.unit === 'rank';

  let panels: ChartPanel[];
  const fallback: Measure = first ? measureOf(first) : { kind: 'growth', acrossGaps: false };
  if (measures.length <= 1) panels = [{ left: withGaps(measures[0] ?? fallback), inverted: isRank(measures[0] ?? fallback) }];
  else if (axes === 'dual') panels = [{ left: measures[0]!, right: measures[1]!, inverted: false }];
  else panels = measures.map((m) => ({ left: m, inverted: isRank(m) }));
  for (const d of drawn) {
    const m = measureOf(d.source);
    const at = measures.findIndex((x) => sameMeasure(x, m));
    if (axes === 'dual') {
      d.series.side = at === 1 ? 'right' : 'left';
    } else if (measures.length > 1) d.series.panel = Math.max(0, at);
  }
  if (panels.length > 1) {
    panels.forEach((p, i) => (p.title = drawn.filter((d) => d.series.panel === i).map((d) => d.series.label).join(' · ')));
  }

  const series = drawn.map((d) => d.series);
  const keys: KeyKind[] = [];
  if (series.length > 1) keys.push('series');
  if (series.some((s) => s.points.some((p) => p.estimate))) keys.push('estimate');
  if (series.some((s) => s.points.some((p) => p.machineRead))) keys.push('machine-read');
  if (series.some((s) => s.others.length > 0)) keys.push('conflict');
  if (series.some((s) => s.targets.length > 0)) keys.push('target');
  if (series.some((s) => hasGap(s.points))) keys.push(mode === 'growth' ? 'growth-gap' : 'gap');

  const subtitleParts = [region];
  if (panels.length === 1 && !panels[0]!.right) subtitleParts.push(measureLabel(panels[0]!.left, lang));
  if (input.asof) subtitleParts.push(t.asof(dateLabel(input.asof, lang)));
  const keysShown = [...new Set(input.series.map((s) => s.indicator.key))];
  const single = (keysShown.length === 1 || byRegion) && first;
  const params = { indicators: keysShown, region: first?.region.key, from: input.from, to: input.to, mode, axes, lang };

  return {
    id: input.id ?? 'chiso',
    lang,
    theme: input.theme ?? 'light',
    width: clamp(Math.round(input.width ?? chartSize.width), chartSize.minWidth, chartSize.maxWidth),
    height: clamp(Math.round(input.height ?? chartSize.height), chartSize.minHeight, chartSize.maxHeight),
    title: single ? indicatorName(first) : t.compare(keysShown.length),
    subtitle: subtitleParts.filter(Boolean).join(' · '),
    region,
    mode,
    axes,
    panels,
    series,
    keys,
    notes,
    source: { text: t.source(region), href: `${input.origin}${appPath({ ...params, indicators: keysShown.slice(0, 1) })}` },
    link: { text: t.more, href: `${input.origin}${appPath(params)}` },
    asof: input.asof,
    frame: input.frame ?? true,
  };
}

/** Whether a series skips a year between two of its points. */
export function hasGap(points: readonly { year: number }[]): boolean {
  return points.some((p, i) => i > 0 && p.year - points[i - 1]!.year > 1);
}

/** The measure a series is read against. */
export function measureOfSeries(spec: Pick<ChartSpec, 'panels'>, s: ChartSeries): Measure {
  const panel = spec.panels[s.panel]!;
  return s.side === 'right' && panel.right ? panel.right : panel.left;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
