import { machineReadLabel } from '../machine-read-label';
import { linear, niceTicks, yearTicks } from './scale';
import { measureLabel, type ChartPanel, type ChartSeries, type ChartSpec, type KeyKind, type Measure } from './spec';
import { textWidth, wrapText } from './text';
import { formatTick } from './values';

export interface LegendItem {
  kind: KeyKind;
  /** The series index for `series` items. */
  index: number;
  label: string;
  x: number;
  y: number;
}

export interface AxisGeometry {
  measure: Measure;
  caption: string;
  inverted: boolean;
  ticks: { value: number; y: number; label: string }[];
  y: (value: number) => number;
  /** Where the axis crosses zero, when zero is in the domain: the baseline. */
  zeroY: number | null;
}

export interface PanelGeometry {
  top: number;
  bottom: number;
  /** Small multiples: the line above the panel saying what it shows and in which unit. */
  header?: { text: string; y: number } | undefined;
  left: AxisGeometry;
  right?: AxisGeometry | undefined;
}

interface TextBlock {
  lines: string[];
  y: number;
  size: number;
  lineHeight: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  pad: number;
  title: TextBlock;
  subtitle: TextBlock;
  legend: LegendItem[];
  notes: TextBlock;
  /** The box all panels share horizontally (top of the first panel to bottom of the last). */
  plot: { left: number; top: number; right: number; bottom: number };
  panels: PanelGeometry[];
  xTicks: { year: number; x: number }[];
  /** Every year that has a headline point, in order. */
  years: number[];
  x: (year: number) => number;
  footer: { y: number; source: string; link: string; size: number };
  empty: boolean;
}

const keyLabels: Record<'vi' | 'en', Record<Exclude<KeyKind, 'series'>, string>> = {
  vi: {
    estimate: 'ước tính',
    'machine-read': machineReadLabel.vi,
    conflict: 'số liệu khác nguồn (chênh lệch)',
    target: 'mục tiêu kế hoạch',
    gap: 'không có số liệu các năm giữa',
    'growth-gap': 'so với năm trước có số liệu',
  },
  en: {
    estimate: 'estimate',
    'machine-read': machineReadLabel.en,
    conflict: 'another source’s differing figure',
    target: 'plan target',
    gap: 'no figures for the years between',
    'growth-gap': 'vs the previous year with data',
  },
};

const sideNames = { vi: { left: 'trục trái', right: 'trục phải' }, en: { left: 'left axis', right: 'right axis' } } as const;

/** The label of a series in the legend: its name, and its axis when there are two. */
export function seriesKeyLabel(spec: ChartSpec, s: ChartSeries): string {
  return spec.axes === 'dual' && spec.panels[0]?.right ? `${s.label} (${sideNames[spec.lang][s.side]})` : s.label;
}

export function keyLabel(spec: ChartSpec, kind: Exclude<KeyKind, 'series'>): string {
  return keyLabels[spec.lang][kind];
}

const tickSize = 11.5;
/** Room above a panel for its header or axis captions. */
const captionRoom = 18;

function axisOf(spec: ChartSpec, panel: ChartPanel, side: 'left' | 'right', top: number, bottom: number, wanted: number): AxisGeometry {
  const measure = side === 'right' && panel.right ? panel.right : panel.left;
  const mine = spec.series.filter((s) => spec.panels[s.panel] === panel && (panel.right ? s.side === side : true));
  const values = mine.flatMap((s) => [...s.points, ...s.others, ...s.targets].map((p) => p.value));
  const inverted = side === 'left' && panel.inverted;
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  if (inverted) {
    lo = 1;
    hi = Math.max(hi, 5);
  } else {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  const ticks = niceTicks(lo, hi, wanted);
  // A rank axis starts at 1, at the top, and counts in whole places.
  const tickValues = inverted ? rankTicks(ticks.max) : ticks.values;
  const y = inverted ? linear(1, ticks.max, top, bottom) : linear(ticks.min, ticks.max, bottom, top);
  return {
    measure,
    caption: measureLabel(measure, spec.lang),
    inverted,
    ticks: tickValues.map((value) => ({ value, y: y(value), label: formatTick(value, measure, spec.lang) })),
    y,
    zeroY: !inverted && ticks.min <= 0 && ticks.max >= 0 ? y(0) : null,
  };
}

/** Places on a rank axis: every place down to 8, else 1 and then whole steps of 1, 2 or 5 (1, 5, 10, 15 …). */
function rankTicks(max: number): number[] {
  if (max <= 8) return Array.from({ length: Math.ceil(max) }, (_, i) => i + 1);
  const step = niceTicks(0, max, 4).values[1]!;
  const out = [1];
  for (let v = step; v <= max; v += step) out.push(v);
  return out;
}

/** Where everything goes: the one geometry the SVG writer and the interactive layers read. */
export function layoutChart(spec: ChartSpec): ChartLayout {
  const W = spec.width;
  const H = spec.height;
  const pad = W < 420 ? 12 : 16;
  const inner = W - 2 * pad;

  const title = { lines: spec.frame ? wrapText(spec.title, inner, 17, 2, true) : [], y: pad + 15, size: 17, lineHeight: 21 };
  let cursor = title.y + (title.lines.length - 1) * title.lineHeight;
  const subtitle = { lines: spec.frame ? wrapText(spec.subtitle, inner, 13, 2) : [], y: cursor + 19, size: 13, lineHeight: 16 };
  cursor = spec.frame ? subtitle.y + (subtitle.lines.length - 1) * subtitle.lineHeight : pad - 14;

  const legend: LegendItem[] = [];
  const items: Omit<LegendItem, 'x' | 'y'>[] = [];
  for (const kind of spec.keys) {
    if (kind === 'series') spec.series.forEach((s) => items.push({ kind, index: s.index, label: wrapText(seriesKeyLabel(spec, s), inner - 24, 12, 1)[0] ?? '' }));
    else items.push({ kind, index: -1, label: keyLabel(spec, kind) });
  }
  if (items.length) {
    let x = pad;
    let y = cursor + 22;
    for (const it of items) {
      const w = 22 + textWidth(it.label, 12) + 14;
      if (x > pad && x + w > W - pad) {
        x = pad;
        y += 18;
      }
      legend.push({ ...it, x, y });
      x += w;
    }
    cursor = y;
  }
  const noteLines = spec.notes.flatMap((n) => wrapText(n, inner, 12, 3));
  const notes = { lines: noteLines, y: cursor + 20, size: 12, lineHeight: 15 };
  if (noteLines.length) cursor = notes.y + (noteLines.length - 1) * notes.lineHeight;

  const footerSize = 11.5;
  const link = spec.link.text;
  const source = wrapText(spec.source.text, inner - textWidth(link, footerSize) - 14, footerSize, 1)[0] ?? '';
  const footer = { y: H - pad + 2, source, link, size: footerSize };

  const top = cursor + 12 + captionRoom;
  const bottom = Math.max(top + 60, H - pad - 16 - (spec.frame ? 22 : 0));
  const n = Math.max(1, spec.panels.length);
  const gap = n > 1 ? 14 + captionRoom : 0;
  const panelHeight = (bottom - top - gap * (n - 1)) / n;
  const wanted = Math.max(2, Math.min(6, Math.floor(panelHeight / 44)));

  const panels: PanelGeometry[] = spec.panels.map((p, i) => {
    const pTop = top + i * (panelHeight + gap);
    const pBottom = pTop + panelHeight;
    const left = axisOf(spec, p, 'left', pTop, pBottom, wanted);
    const right = p.right ? axisOf(spec, p, 'right', pTop, pBottom, wanted) : undefined;
    const header = n > 1 ? { text: wrapText(`${left.caption}: ${p.title ?? ''}`, inner, 12, 1, true)[0] ?? '', y: pTop - 8 } : undefined;
    return { top: pTop, bottom: pBottom, header, left, right };
  });
  const widest = (axes: (AxisGeometry | undefined)[]) => Math.max(16, ...axes.flatMap((a) => a?.ticks.map((t) => textWidth(t.label, tickSize)) ?? []));
  const plotLeft = pad + widest(panels.map((p) => p.left)) + 8;
  const hasRight = panels.some((p) => p.right);
  const plotRight = W - pad - (hasRight ? widest(panels.map((p) => p.right)) + 8 : 12);

  const allYears = spec.series.flatMap((s) => [...s.points, ...s.others, ...s.targets].map((p) => p.year));
  const empty = allYears.length === 0;
  const firstYear = empty ? 0 : Math.min(...allYears);
  const lastYear = empty ? 0 : Math.max(...allYears);
  const x = linear(firstYear, lastYear, plotLeft + 10, plotRight - 10);
  const xTicks = empty ? [] : yearTicks(firstYear, lastYear, plotRight - plotLeft - 20, 40).map((year) => ({ year, x: x(year) }));
  const years = [...new Set(spec.series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);

  return {
    width: W,
    height: H,
    pad,
    title,
    subtitle,
    legend,
    notes,
    plot: { left: plotLeft, top, right: plotRight, bottom },
    panels,
    xTicks,
    years,
    x,
    footer,
    empty,
  };
}

/** The value scale a series is drawn with. */
export function seriesAxis(spec: ChartSpec, L: ChartLayout, s: ChartSeries): AxisGeometry {
  const panel = L.panels[s.panel]!;
  return s.side === 'right' && panel.right ? panel.right : panel.left;
}

/** The chart made taller where title, legend and notes leave each panel less room than it needs (embeds can grow). */
export function fitHeight(spec: ChartSpec, minPlot = 200): ChartSpec {
  const L = layoutChart(spec);
  const perPanel = spec.panels.length > 1 ? Math.max(110, minPlot / 2) : minPlot;
  const shortest = Math.min(...L.panels.map((p) => p.bottom - p.top));
  return shortest >= perPanel ? spec : { ...spec, height: spec.height + Math.ceil((perPanel - shortest) * L.panels.length) };
}
