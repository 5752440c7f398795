import type { PdfItem, PdfPage } from './load';

/** A run of text on one line with no wide gap inside: a table cell, or a whole line of running text. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
}

export interface Line {
  /** Baseline, from the bottom of the page. */
  y: number;
  x0: number;
  x1: number;
  size: number;
  font: string;
  segments: Segment[];
}

/** A gap wider than this many font sizes separates two cells. */
const CELL_GAP_EM = 0.7;
/** Items whose baselines differ by less than this many font sizes are on one line. */
const SAME_LINE_EM = 0.35;

export function lineText(line: Line): string {
  return line.segments.map((s) => s.text).join(' ');
}

/** Groups a page's text items into lines, top to bottom, and each line into segments, left to right. */
export function buildLines(page: PdfPage): Line[] {
  const items = page.items
    .filter((item) => item.upright && item.size > 0 && item.str.trim() !== '')
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  let current: PdfItem[] = [];
  let baseline = Number.NaN;
  for (const item of items) {
    if (current.length > 0 && Math.abs(baseline - item.y) <= SAME_LINE_EM * Math.max(item.size, current[0]?.size ?? 0)) {
      current.push(item);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [item];
    baseline = item.y;
  }
  if (current.length > 0) groups.push(current);
  return groups.map(toLine);
}

function toLine(items: PdfItem[]): Line {
  items.sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let previous: PdfItem | null = null;
  let longest = items[0] as PdfItem;
  for (const item of items) {
    if (item.str.length > longest.str.length) longest = item;
    const last = segments[segments.length - 1];
    if (previous && last) {
      const gap = item.x - (previous.x + previous.width);
      const duplicate = item.str === previous.str && Math.abs(item.x - previous.x) < item.size * 0.3;
      if (duplicate) continue;
      if (gap <= CELL_GAP_EM * item.size) {
        const space = gap > item.size * 0.15 && !/\s$/.test(last.text) && !/^\s/.test(item.str);
        last.text += (space ? ' ' : '') + item.str;
        last.x1 = Math.max(last.x1, item.x + item.width);
        previous = item;
        continue;
      }
    }
    segments.push({ text: item.str, x0: item.x, x1: item.x + item.width });
    previous = item;
  }
  for (const segment of segments) segment.text = segment.text.replace(/\s+/g, ' ').trim();
  return {
    y: longest.y,
    x0: Math.min(...segments.map((s) => s.x0)),
    x1: Math.max(...segments.map((s) => s.x1)),
    size: longest.size,
    font: longest.font,
    segments: segments.filter((s) => s.text !== ''),
  };
}
