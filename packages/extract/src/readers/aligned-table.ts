import type { TablePart } from './assemble';
import { isValueCell } from './table-header';

/**
 * A table set in a plain-text file with spaces, as statistical yearbooks and PDF copies print them:
 *
 *                  Tổng doanh   Số trạm
 *                  thu ngành    BTS
 *                  (Tỷ đồng)    (Trạm)
 *     2021           2.236       1.476
 *     Sơ bộ 2022     2.431       1.563
 *
 * The data rows are the lines whose label is followed by as many figures, each after two spaces or more; their
 * figures' columns give the columns' places, and each word run of the header lines above goes to the column it
 * stands over (the nearest, when it overlaps none). The header lines become one header row, read top to bottom.
 */
export function alignedTableOf(rawLines: readonly string[]): TablePart | null {
  const lines = rawLines.map(expandTabs);
  const split = lines.map(runsOf);
  const firstData = dataRowStart(split);
  if (firstData < 0) return null;
  const data = split.slice(firstData);
  const width = data[0]!.length;
  // the figure columns: where the figures of the data rows stand
  const columns: Run[] = [];
  for (let c = 1; c < width; c++) {
    columns.push({ text: '', start: Math.min(...data.map((r) => r[c]!.start)), end: Math.max(...data.map((r) => r[c]!.end)) });
  }
  const labelEnd = columns[0]!.start;
  const header: string[][] = Array.from({ length: width }, () => []);
  for (const line of split.slice(0, firstData)) {
    for (const run of line) {
      const c = run.end <= labelEnd ? 0 : 1 + nearestColumn(columns, run);
      header[c]!.push(run.text);
    }
  }
  const rows = data.map((r) => ({ cells: r.map((run) => run.text), header: false }));
  if (firstData > 0) rows.unshift({ cells: header.map((parts) => parts.join(' ')), header: true });
  return { kind: 'table', rows };
}

interface Run {
  text: string;
  start: number;
  end: number;
}

function expandTabs(line: string): string {
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out.trimEnd();
}

/** A line's word runs: text between two spaces or more. */
function runsOf(line: string): Run[] {
  const runs: Run[] = [];
  const re = /\S+(?: \S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) runs.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return runs;
}

/**
 * Where the data rows start: the last lines of the paragraph, two or more, that each hold a label and the same
 * number (two or more) of figures; the lines above them are the header. -1 when the paragraph has no such rows.
 */
function dataRowStart(split: readonly Run[][]): number {
  const isData = (runs: readonly Run[], width: number): boolean => runs.length === width && runs.slice(1).every((r) => isValueCell(r.text)) && !isValueCell(runs[0]!.text);
  const last = split[split.length - 1];
  if (!last || last.length < 3) return -1;
  const width = last.length;
  let first = split.length - 1;
  while (first > 0 && isData(split[first - 1]!, width)) first--;
  if (!isData(last, width) || split.length - first < 2) return -1;
  return first;
}

function nearestColumn(columns: readonly Run[], run: Run): number {
  let best = 0;
  let bestScore = -Infinity;
  columns.forEach((col, i) => {
    const overlap = Math.min(col.end, run.end) - Math.max(col.start, run.start);
    const distance = Math.abs((col.start + col.end) / 2 - (run.start + run.end) / 2);
    const score = overlap > 0 ? 1000 + overlap : -distance;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}
