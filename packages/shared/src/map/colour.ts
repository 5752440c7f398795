import { palettes, type ThemeName } from '../chart/theme';

/**
 * The map's colours, all taken from the chart theme here and nowhere else: a sequential ramp from the background
 * to the first series colour, the grid colour for units without a figure. Text on a step is black or white,
 * whichever reads better: one of the two always reaches 4.5:1, which the theme's own text colours do not on the
 * middle steps.
 */
export interface MapPalette {
  background: string;
  text: string;
  muted: string;
  empty: string;
  emptyText: string;
  focus: string;
  ramp: readonly { fill: string; text: string }[];
}

export const binCount = 5;

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const hex = (c: number[]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
const mix = (a: string, b: string, t: number) => hex(rgb(a).map((v, i) => v + (rgb(b)[i]! - v) * t));

function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

export function mapPalette(theme: ThemeName): MapPalette {
  const p = palettes[theme];
  const ramp = Array.from({ length: binCount }, (_, i) => {
    const fill = mix(p.background, p.series[0]!, 0.2 + (0.8 * i) / (binCount - 1));
    return { fill, text: contrast(fill, '#000000') >= contrast(fill, '#ffffff') ? '#000000' : '#ffffff' };
  });
  return { background: p.background, text: p.text, muted: p.muted, empty: p.grid, emptyText: p.muted, focus: p.series[1]!, ramp };
}
