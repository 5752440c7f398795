import type { Block } from '@chiso/shared';
import { isWhiteSpace } from './text';
import { abbreviations, partOrdinals } from './vocabulary/index';

/**
 * The layout of an extracted text: headings (with a level), paragraphs, tables (rows of cells) and sentences.
 * Readers separate blocks by blank lines and table cells by ` | `; a reader's blocks, when given, name headings and
 * pages. Plain text without blocks is laid out by the same rules a reader would follow.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Cell extends Span {
  column: number;
}

export interface Row extends Span {
  cells: Cell[];
  index: number;
}

export type Unit =
  | { kind: 'heading'; level: number; start: number; end: number; block: number; sentences: Span[] }
  | { kind: 'paragraph'; start: number; end: number; block: number; sentences: Span[]; listItem: boolean }
  | { kind: 'table'; start: number; end: number; block: number; rows: Row[] };

const romanHeading = /^[ \t]*(?:[IVXL]+)[.)][ \t\u00a0]+\S/;
const numberHeading = /^[ \t]*(\d+(?:\.\d+)*)[.)][ \t\u00a0]+\S/;
const bullet = /^[ \t]*(?:[-•+*–—▪◦●]|\d+\))[ \t\u00a0]/;
/** A part of a report (`PHẦN THỨ NHẤT`, `Phần II`, `PART ONE`): above the numbered headings in it. */
// (Vietnamese ordinals only after `thứ`: `Phần năm nay …` opens no part)
const partHeading = new RegExp(`^[ \\t]*(?:phần|part)[ \\t\u00a0]+(?:[ivxl]+|\\d+|thứ[ \\t\u00a0]+(?:${partOrdinals.vi.join('|')})|${partOrdinals.en.join('|')})(?![\\p{L}\\d])`, 'iu');
const endsSentence = /[.!?…:;]["”’)\]]*[ \t\u00a0]*$/;
const upperStart = /^[ \t\u00a0"“(]*\p{Lu}/u;
const lowerStart = /^[ \t\u00a0]*[\p{Ll}\d(%,;.]/u;

const hasLower = /\p{Ll}/u;
function isAllCaps(s: string): boolean {
  if (hasLower.test(s)) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toLocaleUpperCase('vi') && /\p{Lu}/u.test(letters);
}

/** Whether a line break between `prev` and `next` ends a sentence (a heading, a bullet, a header block) or wraps. */
function hardBreak(prev: string, next: string): boolean {
  if (bullet.test(next) || romanHeading.test(next) || numberHeading.test(next)) return true;
  if (endsSentence.test(prev)) return true;
  if (isAllCaps(prev) || isAllCaps(next)) return true;
  if (lowerStart.test(next)) return false;
  if (upperStart.test(next)) return prev.trim().length < 50;
  return false;
}

const abbreviationSet = new Set(abbreviations);
const sentenceEnd = /[.!?…]+["”’)\]]*(?=[ \t\u00a0\n]+["“(]?[\p{Lu}\d•\-–])/gu;

/** Sentences of a stretch of text: at `.`, `!`, `?` before a capital or a digit, and at hard line breaks. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const cuts: number[] = [];
  // hard line breaks
  let lineStart = start;
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    const prev = text.slice(lineStart, i);
    let j = text.indexOf('\n', i + 1);
    if (j < 0 || j > end) j = end;
    const next = text.slice(i + 1, j);
    if (prev.trim() && next.trim() && hardBreak(prev, next)) cuts.push(i + 1);
    lineStart = i + 1;
  }
  const slice = text.slice(start, end);
  sentenceEnd.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = sentenceEnd.exec(slice))) {
    const at = m.index;
    const word = /([\p{L}.]+)$/u.exec(slice.slice(Math.max(0, at - 12), at))?.[1] ?? '';
    const w = word.toLowerCase().replace(/^\.+/, '');
    // a lone capital is an initial (`Nguyễn V. A.`), not when glued to digits (`4G.`, `5G.`)
    const initial = /^\p{Lu}$/u.test(word) && !/\d/.test(slice[at - 2] ?? '');
    // (nor an ordinal's suffix: `stood 41st. We want …`, not `St.`)
    const ordinal = /\d/.test(slice[at - word.length - 1] ?? '');
    if (m[0].startsWith('.') && !ordinal && (abbreviationSet.has(w) || initial || (/\.\p{L}$/u.test(word) && word.length <= 6))) continue;
    cuts.push(start + at + m[0].length);
  }
  cuts.sort((a, b) => a - b);
  cuts.push(end);
  const spans: Span[] = [];
  let s = start;
  for (const c of cuts) {
    let a = s;
    let b = c;
    while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
    while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) {
      if (b - a > MAX_SENTENCE) splitLong(text, a, b, spans);
      else spans.push({ start: a, end: b });
    }
    s = c;
  }
  return spans;
}

/**
 * The longest sentence the reader takes whole. A sentence's numbers are read against its other numbers, phrases and
 * years, so a sentence costs more than its length; text without stops (a PDF table flattened into one line, an
 * upload built to stall the worker) makes one sentence of the whole document: 2 MB took 207 s. The longest sentence
 * of the corpus and fixtures is 566 characters; official reports run to about 1 000 at most. Longer ones are cut into
 * clauses of at most this length, so the work stays linear in the text whatever its punctuation.
 */
export const MAX_SENTENCE = 2000;

/**
 * Cuts [start, end) into pieces of at most MAX_SENTENCE characters, each at the best clause boundary of its second
 * half: after `;`, a line break, `,` or `:` followed by a space, else between two words (not inside a space-grouped
 * number), else anywhere.
 */
function splitLong(text: string, start: number, end: number, spans: Span[]): void {
  let a = start;
  while (end - a > MAX_SENTENCE) {
    const limit = a + MAX_SENTENCE;
    const half = a + (MAX_SENTENCE >> 1);
    let cut = -1;
    let rank = 0;
    for (let i = limit - 1; i > half && rank < 3; i--) {
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      const spaceNext = next === 32 || next === 9 || next === 0xa0 || next === 10;
      let r = 0;
      if (c === 59 /* ; */ && spaceNext) r = 3;
      else if (c === 10) r = 3;
      else if ((c === 44 /* , */ || c === 58) /* : */ && spaceNext) r = 2;
      else if ((c === 32 || c === 9 || c === 0xa0) && !isDigit(text.charCodeAt(i - 1)) && !isDigit(next)) r = 1;
      if (r > rank) {
        rank = r;
        cut = i + 1;
      }
    }
    if (cut < 0) cut = limit;
    let b = cut;
    while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) spans.push({ start: a, end: b });
    a = cut;
    while (a < end && isWhiteSpace(text.charCodeAt(a))) a++;
  }
  if (end > a) spans.push({ start: a, end });
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether `text[start, end)` is only whitespace. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

const cellSep = ' | ';
const isCellSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\u00a0';

/**
 * A row's cells: a bar with a space or the line's bound on both sides separates two cells, so an empty cell between
 * two bars (`| |`, `|  |`) stays a cell and the columns after it keep their place. A markdown row's leading and
 * trailing bars (`| a | b |`) open and close the row; a reader's row starting with an empty cell (` | x`) does not.
 */
function tableRow(text: string, start: number, end: number, index: number): Row {
  const cells: Cell[] = [];
  const push = (a: number, b: number): void => {
    while (a < b && (isCellSpace(text[a]) || text[a] === '|')) a++;
    while (b > a && (isCellSpace(text[b - 1]) || text[b - 1] === '|')) b--;
    cells.push({ start: a, end: b, column: cells.length });
  };
  let s = start;
  for (let i = start; i < end; i++) {
    if (text[i] !== '|' || !(i === start || isCellSpace(text[i - 1])) || !(i === end - 1 || isCellSpace(text[i + 1]))) continue;
    push(s, i);
    s = i + 1;
  }
  push(s, end);
  const line = text.slice(start, end).trim();
  // (a row as written, not a reader's row whose first and last cells are empty: ` |  |  | 2022 | 2023 |  | `)
  if (text[start] === '|' && line.endsWith('|') && cells.length > 1) {
    cells.shift();
    cells.pop();
    cells.forEach((c, i) => (c.column = i));
  }
  return { start, end, cells, index };
}

const isTableLine = (line: string): boolean => line.includes(cellSep) || /^\s*\|.*\|\s*$/.test(line);
const isRuleLine = (line: string): boolean => /^[\s|:\-–—=+]*$/.test(line) && /[-–—=]{3}/.test(line);

function headingLevel(line: string, wholeBlock: boolean, hinted: boolean, marked?: number): number | undefined {
  const t = line.trim();
  if (!t || t.length > 160) return undefined;
  if (partHeading.test(t) && !/[.;]$/.test(t)) return 0;
  if (romanHeading.test(t) && !/[.;]$/.test(t)) return 1;
  const num = numberHeading.exec(t);
  if (num && !/[.;,]$/.test(t) && t.length < 120) return 1 + num[1]!.split('.').length;
  // an all-capitals heading (`PHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020`) ranks above the numbered ones under it, hinted or not
  if (isAllCaps(t) && t.length < 150) return 1;
  // (a heading the source ranked, `<h2>` over `<h3>`, keeps its rank)
  if (hinted) return marked ?? 2;
  if (wholeBlock && t.length < 120 && !/[.;,:]$/.test(t) && !/[.!?]\s+\p{Lu}/u.test(t)) return 3;
  return undefined;
}

/** Lays out `text`; `blocks` from a reader tell which blocks are headings. */
export function layout(text: string, blocks?: Block[]): Unit[] {
  const headingStarts = new Map<number, number | undefined>();
  for (const b of blocks ?? []) if (b.kind === 'heading') headingStarts.set(b.start, b.level);
  // (a reader's list item is a unit of its own, punctuated or not: `<li>612 cơ quan, đơn vị … (năm 2023: 575)</li>`)
  const itemStarts = new Set<number>();
  for (const b of blocks ?? []) if (b.kind === 'list_item') itemStarts.add(b.start);
  const units: Unit[] = [];
  const re = /\n[ \t\u00a0]*\n/g;
  let pStart = 0;
  let block = 0;
  const paragraphs: Span[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    paragraphs.push({ start: pStart, end: m.index });
    pStart = m.index + m[0].length;
    re.lastIndex = pStart - 1;
  }
  paragraphs.push({ start: pStart, end: text.length });
  for (const p of paragraphs) {
    // lines of the paragraph
    const lines: Span[] = [];
    for (let s = p.start; s <= p.end; ) {
      let e = text.indexOf('\n', s);
      if (e < 0 || e > p.end) e = p.end;
      if (!isBlank(text, s, e)) lines.push({ start: s, end: e });
      s = e + 1;
    }
    if (!lines.length) continue;
    let i = 0;
    while (i < lines.length) {
      const line = lines[i]!;
      const lineText = text.slice(line.start, line.end);
      if (isTableLine(lineText)) {
        const rows: Row[] = [];
        let j = i;
        // a rule of dashes between two table lines (under a header, between rows) belongs to the table
        const inTable = (k: number): boolean => {
          const t = text.slice(lines[k]!.start, lines[k]!.end);
          return isTableLine(t) || (isRuleLine(t) && k + 1 < lines.length && isTableLine(text.slice(lines[k + 1]!.start, lines[k + 1]!.end)));
        };
        while (j < lines.length && inTable(j)) {
          const l = lines[j]!;
          if (!isRuleLine(text.slice(l.start, l.end))) rows.push(tableRow(text, l.start, l.end, rows.length));
          j++;
        }
        units.push({ kind: 'table', start: line.start, end: lines[j - 1]!.end, block: block++, rows });
        i = j;
        continue;
      }
      // a run of lines up to the next line that starts a heading, a bullet or a table, or follows a heading line
      let j = i + 1;
      while (j < lines.length) {
        const next = text.slice(lines[j]!.start, lines[j]!.end);
        const prev = text.slice(lines[j - 1]!.start, lines[j - 1]!.end);
        if (isTableLine(next) || itemStarts.has(lines[j]!.start)) break;
        // (a title in capitals wrapped after a comma goes on: `… TỔNG KẾT CÔNG TÁC CHUYỂN ĐỔI SỐ NĂM 2024,` / `TRIỂN KHAI NHIỆM VỤ NĂM 2025`)
        // (or after a part's label: `PHẦN THỨ NHẤT` / `KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024`)
        if (isAllCaps(prev) && (/,\s*$/.test(prev) || partHeading.test(prev)) && isAllCaps(next) && !romanHeading.test(next) && !numberHeading.test(next)) {
          j++;
          continue;
        }
        const startsBlock = bullet.test(next) || romanHeading.test(next) || numberHeading.test(next) || isAllCaps(next);
        const endsBlock = romanHeading.test(prev) || numberHeading.test(prev) || isAllCaps(prev);
        if (hardBreak(prev, next) && (startsBlock || endsBlock)) break;
        j++;
      }
      const start = line.start;
      const end = lines[j - 1]!.end;
      const oneLine = j === i + 1;
      const runText = end - start > 200 ? text.slice(start, start + 200) : oneLine ? text.slice(start, end) : text.slice(start, end).replace(/\s*\n\s*/g, ' ');
      const level = end - start > 200 && !headingStarts.has(start) ? undefined : headingLevel(runText, i === 0 && j === lines.length, headingStarts.has(start), headingStarts.get(start));
      const sentences = splitSentences(text, start, end);
      if (level !== undefined) units.push({ kind: 'heading', level, start, end, block: block++, sentences });
      else units.push({ kind: 'paragraph', start, end, block: block++, sentences, listItem: bullet.test(runText) || itemStarts.has(start) });
      i = j;
    }
  }
  return units;
}
