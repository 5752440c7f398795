import type { RowPart, TablePart } from '../assemble';
import { isValueCell } from '../table-header';
import type { Line, Segment } from './lines';

export interface FoundTable {
  /** Index of the table's first and last line in the page's lines. */
  from: number;
  to: number;
  table: TablePart;
}

interface Column {
  x0: number;
  x1: number;
}

/** A single-segment line further than this many line pitches from the table is not part of it. */
const NEAR_PITCHES = 1.5;
/** Rows of cells (two or more segments) may be this many line pitches apart. */
const ROW_PITCHES = 3;

/**
 * Finds tables among a page's lines: runs of lines split into cells by wide gaps, with the wrapped lines of
 * their cells. Columns come from the lines with the most cells; each row is anchored on a line with cells
 * (a figure outside the first column, or several cells) and takes the wrapped lines nearest to it.
 */
export function findTables(lines: readonly Line[], pitch: number): FoundTable[] {
  const found: FoundTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.segments.length < 2) {
      i++;
      continue;
    }
    const region = growRegion(lines, i, pitch);
    const table = tableOf(lines.slice(region.from, region.to + 1), pitch);
    if (table) {
      found.push({ ...region, table });
      i = region.to + 1;
    } else i++;
  }
  return found;
}

function growRegion(lines: readonly Line[], seed: number, pitch: number): { from: number; to: number } {
  let left = (lines[seed] as Line).x0;
  let right = (lines[seed] as Line).x1;
  const fits = (line: Line): boolean => {
    const width = right - left;
    return line.x0 >= left - line.size && line.x1 <= right + line.size && line.x1 - line.x0 < 0.6 * width;
  };
  const accepts = (line: Line, gap: number): boolean =>
    line.segments.length >= 2 ? gap <= ROW_PITCHES * pitch : gap <= NEAR_PITCHES * pitch && fits(line);
  let to = seed;
  while (to + 1 < lines.length) {
    const next = lines[to + 1] as Line;
    if (!accepts(next, (lines[to] as Line).y - next.y)) break;
    to++;
    if (next.segments.length >= 2) {
      left = Math.min(left, next.x0);
      right = Math.max(right, next.x1);
    }
  }
  let from = seed;
  while (from > 0) {
    const previous = lines[from - 1] as Line;
    if (!accepts(previous, previous.y - (lines[from] as Line).y)) break;
    from--;
  }
  return { from, to };
}

function tableOf(region: readonly Line[], pitch: number): TablePart | null {
  const multi = region.filter((line) => line.segments.length >= 2);
  const most = Math.max(...multi.map((line) => line.segments.length));
  const numericPairs = multi.filter((line) => line.segments.slice(1).some((s) => isValueCell(s.text))).length;
  if (multi.length < 2 || (most < 3 && numericPairs < 2)) return null;
  const columns = columnsOf(multi.filter((line) => line.segments.length === most));
  const placed = region.map((line) => line.segments.map((segment) => ({ segment, line, span: spanOf(segment, columns) })));
  const isValueLine = (cells: (typeof placed)[number]): boolean =>
    cells.some(({ segment, span }) => span[0] > 0 && isValueCell(segment.text));
  const firstValue = placed.findIndex(isValueLine);
  const anchors = placed
    .map((cells, i) => ({ cells, i }))
    .filter(({ cells, i }) => (firstValue < 0 ? cells.length >= 2 : i >= firstValue && (isValueLine(cells) || cells.length >= 2)))
    .map(({ i }) => i);
  const headerEnd = firstValue < 0 ? (anchors[0] ?? 0) : firstValue;
  const rowOf = new Map<number, number>();
  const rows: number[][] = [];
  if (headerEnd > 0 || firstValue < 0) {
    rows.push([]);
    for (let i = 0; i < (firstValue < 0 ? (anchors[0] ?? 0) + 1 : headerEnd); i++) rowOf.set(i, 0);
  }
  for (const anchor of anchors) {
    if (rowOf.has(anchor)) continue;
    rowOf.set(anchor, rows.length);
    rows.push([]);
  }
  region.forEach((line, i) => {
    if (rowOf.has(i)) return;
    const nearest = anchors
      .filter((a) => rowOf.get(a) !== undefined)
      .reduce<{ a: number; d: number } | null>((best, a) => {
        const d = Math.abs((region[a] as Line).y - line.y) + (a > i ? 0.01 : 0);
        return best === null || d < best.d ? { a, d } : best;
      }, null);
    if (nearest && nearest.d <= NEAR_PITCHES * pitch) rowOf.set(i, rowOf.get(nearest.a) as number);
    else {
      rowOf.set(i, rows.length);
      rows.push([]);
    }
  });
  region.forEach((_, i) => rows[rowOf.get(i) as number]?.push(i));
  const hasHeader = headerEnd > 0 || firstValue < 0;
  const parts: RowPart[] = rows
    .map((lineIndexes) => lineIndexes.sort((a, b) => a - b))
    .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
    .map((lineIndexes, r) => rowPart(lineIndexes.flatMap((i) => placed[i] ?? []), columns.length, hasHeader && r === 0));
  return { kind: 'table', rows: parts };
}

function rowPart(cells: ReadonlyArray<{ segment: Segment; line: Line; span: [number, number] }>, width: number, header: boolean): RowPart {
  const texts: string[][] = Array.from({ length: width }, () => []);
  for (const { segment, span } of cells) {
    for (let c = span[0]; c <= span[1]; c++) texts[c]?.push(segment.text);
  }
  const only = cells.length === 1 ? cells[0] : undefined;
  if (only && only.span[1] > only.span[0] && only.span[1] - only.span[0] + 1 >= width - 1 && width > 2) {
    return { cells: [only.segment.text], header, spanning: true };
  }
  return { cells: texts.map((parts) => parts.join(' ')), header };
}

/** Column extents from the lines with the most cells: the k-th segments of those lines form column k. */
function columnsOf(lines: readonly Line[]): Column[] {
  const count = (lines[0] as Line).segments.length;
  const columns: Column[] = [];
  for (let k = 0; k < count; k++) {
    const xs = lines.map((line) => line.segments[k] as Segment);
    columns.push({ x0: Math.min(...xs.map((s) => s.x0)), x1: Math.max(...xs.map((s) => s.x1)) });
  }
  const ordered = columns.every((column, k) => k === 0 || column.x0 >= (columns[k - 1] as Column).x1 - 1);
  if (ordered) return columns;
  return (lines[0] as Line).segments.map((s) => ({ x0: s.x0, x1: s.x1 }));
}

/** The columns a segment lies in: those it overlaps by a third of the column, else the nearest one. */
function spanOf(segment: Segment, columns: readonly Column[]): [number, number] {
  const covered: number[] = [];
  columns.forEach((column, k) => {
    const overlap = Math.min(segment.x1, column.x1) - Math.max(segment.x0, column.x0);
    const width = Math.max(1, Math.min(column.x1 - column.x0, segment.x1 - segment.x0));
    if (overlap > width / 3) covered.push(k);
  });
  if (covered.length > 0) return [covered[0] as number, covered[covered.length - 1] as number];
  const center = (segment.x0 + segment.x1) / 2;
  let best = 0;
  columns.forEach((column, k) => {
    const d = Math.abs((column.x0 + column.x1) / 2 - center);
    const bestColumn = columns[best] as Column;
    if (d < Math.abs((bestColumn.x0 + bestColumn.x1) / 2 - center)) best = k;
  });
  return [best, best];
}
