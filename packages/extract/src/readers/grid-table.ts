import type { RowPart, TablePart } from './assemble';
import { guessHeaderRows, isValueCell } from './table-header';

/**
 * A table drawn with `+`, `-` and `|` (a grid table, as Word's "save as text", Emacs and pandoc draw them):
 *
 *     +----+-----------------+---------+-------------------+
 *     | TT | Chỉ tiêu        | KH 2024 |    So sánh (%)    |
 *     |    |                 |         +---------+---------+
 *     |    |                 |         | ƯTH/TH  | ƯTH/KH  |
 *     +----+-----------------+---------+---------+---------+
 *     | 1  | Tổng doanh thu  | 6.600   | 111,2   | 103,6   |
 *     +----+-----------------+---------+---------+---------+
 *
 * The columns are where any border's `+` or any row's `|` stands; a cell spanning several columns (`So sánh (%)`) is
 * repeated in each. The lines above the first rule under the header are the header, read top to bottom per column;
 * below it each line with a figure, or with words in the first columns, is a row, and a line with words only in the
 * label columns continues the label above it. Lines before the top rule and after the bottom one are given back.
 */
export function gridTableOf(rawLines: readonly string[]): { lead: string[]; table: TablePart; rest: string[] } | null {
  const lines = rawLines.map((l) => l.replace(/\s+$/, ''));
  const top = lines.findIndex(isBorder);
  if (top < 0 || top > 1) return null;
  let bottom = top;
  for (let i = top + 1; i < lines.length && (isBorder(lines[i]!) || isRowLine(lines[i]!)); i++) if (isBorder(lines[i]!)) bottom = i;
  const body = lines.slice(top, bottom + 1);
  if (body.filter(isRowLine).length < 2) return null;
  const stops = [...new Set(body.flatMap((l) => [...l.matchAll(/[+|]/g)].map((m) => m.index)))].sort((a, b) => a - b);
  if (stops.length < 3) return null;
  const width = stops.length - 1;
  // the bands between full rules (a rule inside a row line, under `So sánh (%)`, splits only its own columns)
  const bands: string[][] = [];
  let band: string[] = [];
  for (const line of body.slice(1)) {
    if (isBorder(line)) {
      if (band.length) bands.push(band);
      band = [];
    } else band.push(line);
  }
  const cellsOf = (line: string): string[] => {
    const cells = Array<string>(width).fill('');
    const marks = [...line.matchAll(/[+|]/g)].map((m) => m.index);
    for (let k = 0; k + 1 < marks.length; k++) {
      const text = line.slice(marks[k]! + 1, marks[k + 1]!).trim();
      if (!text || /^[-=]+$/.test(text)) continue;
      const from = stops.indexOf(marks[k]!);
      const to = stops.indexOf(marks[k + 1]!);
      for (let c = from; c < to; c++) cells[c] = text;
    }
    return cells;
  };
  const joined = (ls: string[]): string[] => {
    const parts = Array.from({ length: width }, () => [] as string[]);
    for (const l of ls) cellsOf(l).forEach((t, c) => t && parts[c]!.push(t));
    return parts.map((p) => p.join(' '));
  };
  const rows: RowPart[] = [];
  const headed = bands.length >= 2 && !bands[0]!.some((l) => cellsOf(l).slice(1).some((t) => t && isValueCell(t)));
  if (headed) rows.push({ cells: joined(bands[0]!), header: true });
  for (const b of headed ? bands.slice(1) : bands) {
    const lineCells = b.map(cellsOf);
    const labelCols = labelColumns(lineCells);
    let current: string[][] | null = null;
    for (const cells of lineCells) {
      const continues = current !== null && cells.every((t, c) => !t || (c >= labelCols.from && c < labelCols.to)) && !cells.slice(0, labelCols.from).some(Boolean) && !cells.some((t) => t && isValueCell(t));
      if (continues) cells.forEach((t, c) => t && current![c]!.push(t));
      else {
        if (current) rows.push({ cells: current.map((p) => p.join(' ')), header: false });
        current = cells.map((t) => (t ? [t] : []));
      }
    }
    if (current) rows.push({ cells: current.map((p) => p.join(' ')), header: false });
  }
  if (!headed) {
    const n = guessHeaderRows(rows.map((r) => r.cells));
    rows.forEach((r, i) => (r.header = i < n));
  }
  return { lead: rawLines.slice(0, top), table: { kind: 'table', rows }, rest: rawLines.slice(bottom + 1) };
}

const isBorder = (line: string): boolean => /^\s*\+(?:[-=]+\+)+$/.test(line);
const isRowLine = (line: string): boolean => /^\s*\|.*[|+]$/.test(line);

/** The label columns of a band: those with words in some line and no figure in any (a row number, `1`, `2.`, is no figure). */
function labelColumns(lineCells: string[][]): { from: number; to: number } {
  const width = lineCells[0]?.length ?? 0;
  const isLabel = (c: number) => lineCells.some((cells) => cells[c] && !isValueCell(cells[c]!)) && !lineCells.some((cells) => cells[c] && isValueCell(cells[c]!) && !/^\d{1,2}\.?$/.test(cells[c]!.trim()));
  let from = 0;
  while (from < width && !isLabel(from)) from++;
  let to = from;
  while (to < width && isLabel(to)) to++;
  return { from, to };
}
