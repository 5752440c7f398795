import { linear, niceTicks, yearTicks } from './scale';
import type { ChartSpec } from './spec';
import { textWidth, wrapText } from './text';
import { formatTick } from './values';

export type KeyKind = 'series' | 'target' | 'other' | 'estimate';

export interface LegendItem {
  kind: KeyKind;
  /** The series index for `series` items. */
  index: number;
  label: string;
  x: number;
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  pad: number;
  title: { lines: string[]; y: number; size: number; lineHeight: number };
  subtitle: { lines: string[]; y: number; size: number; lineHeight: number };
  legend: LegendItem[];
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: { year: number; x: number }[];
  yTicks: { value: number; y: number; label: string }[];
  /** Where the value axis crosses zero, when zero is inside the domain and not at its edge. */
  zeroY: number | null;
  /** Every year that has a headline point, in order. */
  years: number[];
  x: (year: number) => number;
  y: (value: number) => number;
  footer: { y: number; source: string; link: string; size: number };
  empty: boolean;
}

const labels = {
  vi: { target: 'mục tiêu', other: 'số liệu khác nguồn', estimate: 'ước tính' },
  en: { target: 'target', other: 'other sources’ figures', estimate: 'estimate' },
} as const;

/** Where everything goes: the one geometry the SVG writer and the interactive layer both read. */
export function layoutChart(spec: ChartSpec): ChartLayout {
  const W = spec.width;
  const H = spec.height;
  const pad = W < 420 ? 12 : 16;
  const inner = W - 2 * pad;

  const title = { lines: wrapText(spec.title, inner, 17, 2, true), y: pad + 15, size: 17, lineHeight: 21 };
  let cursor = title.y + (title.lines.length - 1) * title.lineHeight;
  const subtitle = { lines: wrapText(spec.subtitle, inner, 13, 2), y: cursor + 19, size: 13, lineHeight: 16 };
  cursor = subtitle.y + (subtitle.lines.length - 1) * subtitle.lineHeight;

  const legend: LegendItem[] = [];
  const items: Omit<LegendItem, 'x' | 'y'>[] = [];
  if (spec.series.length > 1) {
    spec.series.forEach((s, index) => items.push({ kind: 'series', index, label: wrapText(s.label, inner - 24, 12, 1)[0] ?? '' }));
  }
  const l = labels[spec.lang];
  if (spec.series.some((s) => s.targets.length)) items.push({ kind: 'target', index: -1, label: l.target });
  if (spec.series.some((s) => s.others.length)) items.push({ kind: 'other', index: -1, label: l.other });
  if (spec.series.some((s) => s.points.some((p) => p.estimate))) items.push({ kind: 'estimate', index: -1, label: l.estimate });
  if (items.length) {
    let x = pad;
    let y = cursor + 22;
    for (const it of items) {
      const w = 20 + textWidth(it.label, 12) + 14;
      if (x > pad && x + w > W - pad) {
        x = pad;
        y += 18;
      }
      legend.push({ ...it, x, y });
      x += w;
    }
    cursor = y;
  }

  const footerSize = 11.5;
  const link = spec.link.text;
  const sourceRoom = inner - textWidth(link, footerSize) - 14;
  const source = wrapText(spec.source.text, sourceRoom, footerSize, 1)[0] ?? '';
  const footer = { y: H - pad + 2, source, link, size: footerSize };

  const top = cursor + 18;
  const bottom = Math.max(top + 60, H - pad - 16 - 22);

  const values = spec.series.flatMap((s) => [...s.points, ...s.others, ...s.targets].map((p) => p.value));
  const allYears = spec.series.flatMap((s) => [...s.points, ...s.others, ...s.targets].map((p) => p.year));
  const empty = values.length === 0;
  let lo = empty ? 0 : Math.min(...values);
  let hi = empty ? 1 : Math.max(...values);
  if (spec.inverted) {
    lo = 1;
    hi = Math.max(hi, 5);
  } else {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  const ticks = niceTicks(lo, hi, Math.max(2, Math.min(6, Math.floor((bottom - top) / 48))));
  let tickValues = ticks.values;
  // A rank axis starts at 1, at the top.
  if (spec.inverted) tickValues = [1, ...tickValues.filter((v) => Number.isInteger(v) && v > 1)];
  const tickLabels = tickValues.map((v) => formatTick(v, spec.measure, spec.lang));
  const left = pad + Math.max(16, ...tickLabels.map((s) => textWidth(s, 11.5))) + 8;
  const right = W - pad - 12;
  const y = spec.inverted ? linear(1, ticks.max, top, bottom) : linear(ticks.min, ticks.max, bottom, top);

  const firstYear = empty ? 0 : Math.min(...allYears);
  const lastYear = empty ? 0 : Math.max(...allYears);
  const x = linear(firstYear, lastYear, left + 10, right - 10);
  const xTicks = empty ? [] : yearTicks(firstYear, lastYear, right - left - 20, 40).map((year) => ({ year, x: x(year) }));
  const yTicks = tickValues.map((value, i) => ({ value, y: y(value), label: tickLabels[i]! }));
  const zeroY = ticks.min < 0 && ticks.max > 0 ? y(0) : null;
  const years = [...new Set(spec.series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);

  return { width: W, height: H, pad, title, subtitle, legend, plot: { left, top, right, bottom }, xTicks, yTicks, zeroY, years, x, y, footer, empty };
}

/** The chart made taller where title and legend leave the plot less than `minPlot` pixels (embeds can grow). */
export function fitHeight(spec: ChartSpec, minPlot = 200): ChartSpec {
  const L = layoutChart(spec);
  const plot = L.plot.bottom - L.plot.top;
  return plot >= minPlot ? spec : { ...spec, height: spec.height + Math.ceil(minPlot - plot) };
}
