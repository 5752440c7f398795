import type { TablePart } from './assemble';
import { isSectionNumber, isValueCell } from './table-header';

/**
 * A table set in a plain-text file with spaces, as statistical yearbooks and PDF copies print them:
 *
 *     Chỉ tiêu                 Đơn vị tính   2021      Sơ bộ
 *                                                      2022
 *     ---------------------------------------------------------
 *     1. Doanh thu toàn ngành  Tỷ đồng       2.236     2.431
 *     2. Tỷ lệ hồ sơ nộp       %              38,7      52,3
 *        trực tuyến
 *
 * The data rows are the lines whose label (and unit) is followed by two figures or more, each after two spaces or
 * more (`-` for a missing one); the figures of the fullest rows give the columns' places, and every other word run
 * goes to the column it stands over (the nearest, when it overlaps none): the header lines' runs make one header row,
 * read top to bottom; a line of words under the label column alone continues the label above it. Rules of dashes are
 * left out. Any other line after the rows (notes under the table) ends the table; the lines from it are given back.
 */
export function alignedTableOf(rawLines: readonly string[]): { table: TablePart; rest: string[] } | null {
  const kept = rawLines.map((line, i) => ({ line: expandTabs(line), i })).filter(({ line }) => !isRule(line));
  const all = kept.map(({ line }) => withRowNumber(runsOf(line)));
  const first = all.findIndex(isDataRow);
  if (first < 0) return null;
  // the table ends at the first line after its rows that is neither a row nor the rest of a label (`Notes:` under a
  // closing rule): what follows is a paragraph of its own
  const firstShape = shapeOf(all[first]!);
  const firstValue = all[first]![all[first]!.length - firstShape.values - firstShape.note]!.start;
  // a last column of words after the figures (`Source`: `DIC annual reviews`), where the rows write one
  const notes = all.filter((r) => isDataRow(r) && shapeOf(r).note === 1).map((r) => r[r.length - 1]!);
  const note: Span | undefined = notes.length ? { start: Math.min(...notes.map((r) => r.start)), end: Math.max(...notes.map((r) => r.end)) } : undefined;
  const inNote = (run: Run): boolean => note !== undefined && run.start >= note.start - 2;
  let stop = all.length;
  for (let k = first + 1; k < all.length; k++) {
    const line = all[k]!;
    // (a rule under the rows closes the table too: `Notes:` after it is no label)
    const afterRule = kept[k]!.i > kept[k - 1]!.i + 1;
    if (!isDataRow(line) && (afterRule || isNoteLine(line) || !line.every((run) => run.end <= firstValue || inNote(run)))) {
      stop = k;
      break;
    }
  }
  const split = all.slice(0, stop);
  const rest = stop < all.length ? rawLines.slice(kept[stop]!.i) : [];
  // the header ends at the rule under it: label lines between that rule and the first row open the body (`Giá trị tăng
  // thêm ngành …` over `Theo giá hiện hành   Tỷ đồng   3.105,2 …`)
  let headerEnd = first;
  while (headerEnd > 1 && kept[headerEnd]!.i === kept[headerEnd - 1]!.i + 1) headerEnd--;
  if (headerEnd === 1 && kept[1]!.i === kept[0]!.i + 1) headerEnd = first;
  if (!split.slice(headerEnd, first).every((line) => line.every((run) => run.end <= firstValue))) headerEnd = first;
  const body = split.slice(headerEnd);
  const data = body.filter(isDataRow);
  if (data.length < 2) return null;
  // the value columns: where the figures of the rows with the most of them stand
  const most = Math.max(...data.map((r) => shapeOf(r).values));
  const full = data.filter((r) => shapeOf(r).values === most);
  const values: Span[] = [];
  for (let k = 0; k < most; k++) {
    const runs = full.map((r) => r[r.length - shapeOf(r).note - most + k]!);
    values.push({ start: Math.min(...runs.map((r) => r.start)), end: Math.max(...runs.map((r) => r.end)) });
  }
  const valueStart = values[0]!.start;
  // a unit column between the label and the figures, when the rows write one
  const units = data.map((r) => r.slice(0, r.length - shapeOf(r).values - shapeOf(r).note)).filter((lead) => lead.length === 2).map((lead) => lead[1]!);
  const unit: Span | undefined = units.length ? { start: Math.min(...units.map((u) => u.start)), end: Math.max(...units.map((u) => u.end)) } : undefined;
  const columns = [...(unit ? [unit] : []), ...values, ...(note ? [note] : [])];
  const width = 1 + columns.length;
  const place = (run: Run): number => (run.end <= (unit?.start ?? valueStart) && run.start < valueStart ? 0 : 1 + nearest(columns, run));

  const rows: { cells: string[][]; header: boolean }[] = [];
  const header: string[][] = Array.from({ length: width }, () => []);
  for (const line of split.slice(0, headerEnd)) for (const run of line) header[place(run)]!.push(run.text);
  if (headerEnd > 0) rows.push({ cells: header, header: true });
  // a numbered label whose figures stand on the line below (`2. Tỷ lệ dịch vụ công trực tuyến toàn trình trên` over
  // `tổng số dịch vụ công trực tuyến   %   32,4 …`) opens the next row
  let opened: Run[] = [];
  const labelOrPlace = (run: Run): number => (run.start < (unit?.start ?? valueStart) ? 0 : place(run));
  for (const line of body) {
    if (isDataRow(line)) {
      const cells: string[][] = Array.from({ length: width }, () => []);
      // (a unit wrapped with its label goes to its own column: `Doanh` over `nghiệp`)
      for (const run of opened) cells[labelOrPlace(run)]!.push(run.text);
      opened = [];
      for (const run of line) cells[place(run)]!.push(run.text);
      rows.push({ cells, header: false });
    } else if (line.every((run) => run.end <= valueStart) && reNumberedLabel.test(line.map((run) => run.text).join(' '))) {
      opened = line;
    } else if (line.length === 1 && reSubRowOpenerLine.test(line[0]!.text) && rows.length > (headerEnd > 0 ? 1 : 0)) {
      // `Trong đó:` alone over the rows of the parts: a row of its own, so that they read as parts
      const cells: string[][] = Array.from({ length: width }, () => []);
      cells[0]!.push(line[0]!.text);
      rows.push({ cells, header: false });
    } else if (line.every((run) => run.end <= valueStart) && rows.length === (headerEnd > 0 ? 1 : 0)) {
      // a label over the first rows, a row of its own
      const cells: string[][] = Array.from({ length: width }, () => []);
      cells[0]!.push(...line.map((run) => run.text));
      rows.push({ cells, header: false });
    } else if (line.every((run) => run.end <= valueStart || inNote(run)) && rows.length > (headerEnd > 0 ? 1 : 0)) {
      // the rest of the label above (`trực tuyến` under `6. Tỷ lệ hồ sơ TTHC nộp và xử lý`), and of its unit
      // (`Bill. VND` under `Tỷ đồng` in a table of two languages)
      const cells = rows[rows.length - 1]!.cells;
      for (const run of line) cells[labelOrPlace(run)]!.push(run.text);
    } else return null;
  }
  return { table: { kind: 'table', rows: rows.map((r) => ({ cells: r.cells.map((parts) => parts.join(' ')), header: r.header })) }, rest };
}

interface Span {
  start: number;
  end: number;
}

interface Run extends Span {
  text: string;
}

// (a number may stand alone before its label: `1.3  Doanh thu công nghiệp công nghệ`)
const reNumberedLabel = /^(?:(?:[ivx]{1,4}|[a-zđ])[.)]|\d{1,3}(?:\.\d{1,2})*[.)]?)\s+\S/iu;
// (in one language or two: `Chia ra - Of which:`)
const subRowOpener = '(?:trong đó|of which|including|bao gồm|gồm|chia ra)';
const reSubRowOpenerLine = new RegExp(`^${subRowOpener}(?:\\s*[-–/]\\s*${subRowOpener})?\\s*:?$`, 'iu');

function expandTabs(line: string): string {
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out.trimEnd();
}

const isRule = (line: string): boolean => /^[\s\-=_–—+|]*$/.test(line) && /[-=_–—]{3}/.test(line);

/** A line's word runs: text between two spaces or more. */
function runsOf(line: string): Run[] {
  const runs: Run[] = [];
  const re = /\S+(?: \S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) runs.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return runs;
}

/** A row's number set apart from its label (`1    Total ICT sector revenue`, `II.  Hạ tầng`) is part of the label. */
function withRowNumber(runs: Run[]): Run[] {
  const [no, label] = runs;
  if (runs.length < 3 || !no || !label || !isSectionNumber(no.text) || isValueCell(label.text)) return runs;
  return [{ text: `${no.text} ${label.text}`, start: no.start, end: label.end }, ...runs.slice(2)];
}

/** A note under the rows (`(*) Bình quân giai đoạn…`, `Nguồn: Cục Thống kê`) is no rest of a label. */
function isNoteLine(runs: readonly Run[]): boolean {
  return runs.length > 0 && /^(?:\(\*{1,3}\)|\*{1,3}\s|(?:ghi chú|nguồn|notes?|sources?)\s*:)/i.test(runs[0]!.text);
}

/** How many runs at the end of a line are figures (a dash for a missing one). */
function trailingValues(runs: readonly Run[]): number {
  let n = 0;
  while (n < runs.length && isValueCell(runs[runs.length - 1 - n]!.text)) n++;
  return n;
}

/** How many figures end a row, before a last cell of words (a source, a note) when it has one. */
function shapeOf(runs: readonly Run[]): { values: number; note: number } {
  const t = trailingValues(runs);
  if (t > 0 || runs.length < 4) return { values: t, note: 0 };
  const before = trailingValues(runs.slice(0, -1));
  return before >= 2 ? { values: before, note: 1 } : { values: 0, note: 0 };
}

/** A label, perhaps a unit, then two figures or more (perhaps a note after them); or a label, a unit and one figure (a table of one year). */
function isDataRow(runs: readonly Run[]): boolean {
  const { values: t, note } = shapeOf(runs);
  const lead = runs.length - t - note;
  return (t >= 2 ? lead === 1 || lead === 2 : t === 1 && lead === 2) && !isValueCell(runs[0]!.text);
}

function nearest(columns: readonly Span[], run: Span): number {
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
