import { alignedTableOf } from './aligned-table';
import { gridTableOf } from './grid-table';
import type { Part, RowPart, TextPart } from './assemble';
import { assemble } from './assemble';
import { decodeTextFile } from './decode';
import { joinWrappedLines, normalizeText } from './normalize';
import { findPublished } from './published';
import { guessHeaderRows } from './table-header';
import type { ReadDocument } from './types';
import { ReadError } from './types';
import { semicolonRowsAsTabs } from './semicolon-rows';
import { chartLinesOf } from './chart-lines';

const BULLET = /^(?:[-–•*+●▪◦]|\d{1,2}[.)]|[a-zđ]\))\s+\S/u;
const DASH_BULLET = /^[-–•*+●▪◦]\s+\S/u;
const NUMBERED_HEADING = /^(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*)[.)]?\s+\S/u;
const MARKDOWN_HEADING = /^#{1,6}\s+\S/u;
const reQuoted = /^[ \t]*>[ \t]?/;
const MARKDOWN_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

/** A plain-text document: UTF-8 (or a BOM's encoding), normalised; blocks are its paragraphs, lists and tables. */
export function readText(bytes: Uint8Array): ReadDocument {
  const source = semicolonRowsAsTabs(normalizeText(decodeTextFile(bytes)));
  if (source.trim() === '') throw new ReadError('empty', 'the text file contains only white space');
  const parts = paragraphs(source).flatMap(partsOf);
  const { text, blocks, tables } = assemble(parts);
  const published = findPublished(text);
  return {
    format: 'text',
    text,
    blocks,
    ...(tables.length > 0 ? { tables } : {}),
    ...(published.date ? { published: published.date } : {}),
    ...(published.month ? { publishedMonth: published.month } : {}),
  };
}

/** The paragraphs of the file, each its lines as written (a table set with spaces needs their places). */
function paragraphs(source: string): string[][] {
  return source
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0);
}

/** One paragraph of the file: a table, list items, a heading or a plain paragraph. */
function partsOf(raw: string[]): Part[] {
  // an earlier message quoted in an e-mail (`> The DIC has just shared …`, `>` alone between its paragraphs): its own
  // paragraphs, read without the marks
  if (raw.length >= 2 && raw.every((line) => reQuoted.test(line))) return paragraphs(raw.map((line) => line.replace(reQuoted, '')).join('\n')).flatMap(partsOf);
  const chart = chartLinesOf(raw);
  if (chart) return [chart];
  const grid = gridTableOf(raw);
  if (grid) return [...(grid.lead.length ? partsOf(grid.lead) : []), grid.table, ...(grid.rest.length ? partsOf(grid.rest) : [])];
  const lines = raw.map((line) => line.trim());
  const table = tableOf(lines, raw);
  if (table) return [...(table.lead ? partsOf(raw.slice(0, table.lead)) : []), table.table, ...(table.rest ? partsOf(raw.slice(raw.length - table.rest)) : [])];
  const aligned = alignedTableOf(raw);
  if (aligned) return [aligned.table, ...(aligned.rest.length ? partsOf(aligned.rest) : [])];
  const parts: Part[] = [];
  let current: { kind: TextPart['kind']; lines: string[] } | null = null;
  const bullets = lines.filter((line) => BULLET.test(line)).length;
  for (const line of lines) {
    const item = DASH_BULLET.test(line) || (bullets >= 2 && BULLET.test(line));
    if (item || current === null) {
      if (current) parts.push(toPart(current));
      current = { kind: item ? 'list_item' : 'paragraph', lines: [line] };
    } else current.lines.push(line);
  }
  if (current) parts.push(toPart(current));
  return parts;
}

/** The bars of a row drawn with bars (`| a | b |`): where they stand in the line. */
function barsOf(line: string): number[] {
  const bars: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] === '|' && (i === 0 || /\s/.test(line[i - 1]!)) && (i === line.length - 1 || /\s/.test(line[i + 1]!))) bars.push(i);
  return bars;
}

/**
 * A header row's cells spread over the columns of a fuller row drawn with bars: each column takes the cell over its
 * middle (drawn by hand, a spanning cell's bars may stand a few places off). Undefined when the two are not drawn alike.
 */
function spreadOver(line: string, full: string, cells: string[]): string[] | undefined {
  const a = barsOf(line);
  const b = barsOf(full);
  if (a.length !== cells.length + 1 || b.length <= a.length || a.filter((x) => b.includes(x)).length * 2 < a.length) return undefined;
  const out: string[] = [];
  for (let k = 0; k + 1 < b.length; k++) {
    const middle = (b[k]! + b[k + 1]!) / 2;
    const j = a.findIndex((x, i) => i + 1 < a.length && x <= middle && middle < a[i + 1]!);
    out.push(j >= 0 ? cells[j]! : '');
  }
  return out;
}

export function toPart(p: { kind: TextPart['kind']; lines: string[] }): TextPart {
  const text = joinWrappedLines(p.lines);
  return { kind: p.kind === 'paragraph' && isHeading(text) ? 'heading' : p.kind, text };
}

/** A one-line paragraph written as a title: mostly capitals, a section number, or a Markdown heading. */
function isHeading(text: string): boolean {
  if (text.includes('\n') || text.length > 200) return false;
  if (MARKDOWN_HEADING.test(text)) return true;
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  if (letters.length >= 4 && upper / letters.length >= 0.7) return true;
  return NUMBERED_HEADING.test(text) && text.length <= 150 && !/[.;:!?,]$/.test(text);
}

/**
 * Lines with tabs or `|` between cells (two or more such lines): a table, one row per line. A line of one text
 * between rows (`Trong đó:` over its sub-rows) is a row of its own that spans the table; a line before the first row
 * (a caption) and the lines after the last (a note) are paragraphs of their own.
 */
function tableOf(trimmed: string[], raw: string[]): { lead: number; table: Part; rest: number } | null {
  // a tab-separated table whose lines all have as many tabs keeps its empty cells in place, leading ones too
  // (`\t\t\t\t2022\t2023` under `Hiện trạng năm 2021\tMục tiêu\t\t\t`, `\tTổng cộng\t2.314` under `1\tViettel\t1.046`);
  // otherwise runs of tabs only align the text
  const tabCounts = new Set(raw.filter((l) => l.includes('\t')).map((l) => l.split('\t').length));
  const exactTabs = tabCounts.size === 1 && raw.some((l) => l.includes('\t\t') || l.startsWith('\t'));
  const lines = exactTabs ? raw.map((l) => l.replace(/^[ \u00a0]+|[ \u00a0\r]+$/g, '')) : trimmed;
  const rows: { cells: string[]; spanning: boolean; line: number }[] = [];
  let markedHeader = 0;
  // a table whose rows mostly start with `|` draws its edges (Markdown); in one that does not, a row starting with `|`
  // has an empty first cell (` | Trong đó: - Doanh thu bưu chính | …` under `TT | Chỉ tiêu | …`)
  const edged = lines.filter((l) => l.trimStart().startsWith('|')).length * 2 > lines.length;
  // (a line of text before the first row is its caption: `PHỤ LỤC 1. …` over a tab-separated table)
  const start = lines.findIndex((line) => splitRow(line, edged, exactTabs) !== null);
  if (start < 0 || start > 1) return null;
  lines.forEach((line, i) => {
    if (i < start) return;
    if (MARKDOWN_RULE.test(line) && line.includes('-')) {
      if (rows.length > 0 && markedHeader === 0) markedHeader = rows.length;
      return;
    }
    const cells = splitRow(line, edged, exactTabs);
    if (cells === null && rows.length === 0) return;
    rows.push(cells === null ? { cells: [line], spanning: true, line: i } : { cells, spanning: false, line: i });
  });
  // lines of one text after the last row (`Ghi chú: …` under the table) are a paragraph of their own
  let last = rows.length;
  while (last > 0 && rows[last - 1]!.spanning) last--;
  const rest = last < rows.length ? lines.length - rows[last]!.line : 0;
  rows.length = last;
  const split = rows.filter((r) => !r.spanning);
  if (split.length < 2) return null;
  const width = Math.max(...split.map((r) => r.cells.length));
  const headerRows = markedHeader || guessHeaderRows(rows.map((r) => r.cells));
  // a header cell drawn over several columns (`| Chỉ tiêu kế hoạch giai đoạn 2026 - 2030 |` over `| 2026 | 2027 | … |`)
  // is repeated in each, placed by where its bars stand against the fullest row's
  const fullest = edged ? split.find((r) => r.cells.length === width) : undefined;
  if (fullest) for (const r of rows.slice(0, headerRows)) if (!r.spanning && r.cells.length < width) r.cells = spreadOver(lines[r.line]!, lines[fullest.line]!, r.cells) ?? r.cells;
  const parts: RowPart[] = rows.map((r, i) => ({
    cells: r.spanning ? r.cells : [...r.cells, ...Array<string>(width - r.cells.length).fill('')],
    header: i < headerRows,
    ...(r.spanning ? { spanning: true } : {}),
  }));
  return { lead: start, table: { kind: 'table', rows: parts }, rest };
}

function splitRow(line: string, edged = true, exactTabs = false): string[] | null {
  if (line.includes('\t')) {
    const cells = line.split(exactTabs ? '\t' : /\t+/).map((c) => c.trim());
    return cells.length >= 2 ? cells : null;
  }
  const piped = edged ? line.replace(/^\s*\|/, '').replace(/\|\s*$/, '') : line;
  if ((line.match(/\|/g)?.length ?? 0) >= 2 || / \| /.test(line)) {
    const cells = piped.split('|').map((c) => c.trim());
    return cells.length >= 2 ? cells : null;
  }
  return null;
}
