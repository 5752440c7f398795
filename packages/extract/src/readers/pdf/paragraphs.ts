import type { TextPart } from '../assemble';
import { oneLine } from '../normalize';
import type { Line } from './lines';
import { lineText } from './lines';

/** What the text of a document looks like: its commonest font and size, and the distance between its lines. */
export interface BodyStyle {
  font: string;
  size: number;
  pitch: number;
  /** Right edge of full lines of running text. */
  right: number;
}

const GLYPH_BULLET = /^[•●▪■◦○◆◇►▸➢➤✓✔·]\s*/u;
const LIST_MARKER = /^(?:[-–+*]\s+|\d{1,2}[.)]\s+|[a-zđ]\)\s+)/u;
const SENTENCE_END = /[.!?:;…]["”’)\]]*$/u;
const SECTION_NUMBER = /^(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+\S/u;

export function bodyStyle(lines: readonly Line[]): BodyStyle {
  const weight = new Map<string, number>();
  for (const line of lines) {
    const key = `${line.font}@${line.size.toFixed(1)}`;
    weight.set(key, (weight.get(key) ?? 0) + lineText(line).length);
  }
  const top = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '@12';
  const at = top.lastIndexOf('@');
  const font = top.slice(0, at);
  const size = Number(top.slice(at + 1)) || 12;
  const body = lines.filter((line) => line.font === font && Math.abs(line.size - size) < 0.6);
  const gaps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const gap = (body[i - 1] as Line).y - (body[i] as Line).y;
    if (gap > 0.8 * size && gap < 2 * size) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const rights = body.map((line) => line.x1).sort((a, b) => a - b);
  return {
    font,
    size,
    pitch: gaps[Math.floor(gaps.length / 2)] ?? 1.2 * size,
    right: rights[Math.floor(rights.length * 0.9)] ?? 0,
  };
}

interface Draft {
  kind: TextPart['kind'];
  lines: Line[];
  texts: string[];
}

/** Groups the lines that are not in a table into paragraphs, headings and list items. */
export function paragraphsOf(lines: readonly Line[], style: BodyStyle, page: number): TextPart[] {
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  for (const line of lines) {
    let text = lineText(line);
    const bullet = GLYPH_BULLET.test(text);
    if (bullet) text = text.replace(GLYPH_BULLET, '');
    const marker = bullet || LIST_MARKER.test(text);
    if (current === null || startsNew(current, line, marker, style)) {
      current = { kind: marker ? 'list_item' : 'paragraph', lines: [line], texts: [text] };
      drafts.push(current);
    } else {
      current.lines.push(line);
      current.texts.push(text);
    }
  }
  return drafts.map((draft) => toPart(draft, style, page)).filter((part) => part.text !== '');
}

function startsNew(draft: Draft, line: Line, marker: boolean, style: BodyStyle): boolean {
  const previous = draft.lines[draft.lines.length - 1] as Line;
  const previousText = draft.texts[draft.texts.length - 1] ?? '';
  if (marker) return true;
  if (previous.y - line.y > 1.3 * style.pitch) return true;
  if (line.font !== previous.font || Math.abs(line.size - previous.size) > 0.5) return true;
  const indented = line.x0 - previous.x0 > line.size && draft.lines.length > 1 && draft.kind === 'paragraph';
  if (indented) return true;
  const shortEnd = previous.x1 < style.right - 4 * style.size && SENTENCE_END.test(previousText);
  return shortEnd;
}

function toPart(draft: Draft, style: BodyStyle, page: number): TextPart {
  let text = '';
  draft.texts.forEach((lineText, i) => {
    const t = oneLine(lineText);
    if (t === '') return;
    if (text === '') text = t;
    else text = joinPdfLines(text, t, draft.lines[i - 1] as Line, style);
  });
  return { kind: isHeading(draft, text, style) ? 'heading' : draft.kind, text, page };
}

/**
 * A short block in a larger size, in capitals, or numbered as a section (`1. Các chỉ tiêu…`) in a font other than
 * the body's. Other changes of font (italic date lines, a bold subject line, a signature) are not headings.
 */
function isHeading(draft: Draft, text: string, style: BodyStyle): boolean {
  if (draft.lines.length > 3 || text.length > 200) return false;
  const first = draft.lines[0] as Line;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  if (draft.kind === 'paragraph' && (first.size > style.size + 0.5 || (letters >= 4 && capitals >= 0.7 * letters))) return true;
  return first.font !== style.font && SECTION_NUMBER.test(text) && !SENTENCE_END.test(text);
}

/**
 * Joins two lines of one paragraph: a word broken with a hyphen is rejoined; a line that stops short of the right
 * edge and is followed by a capital keeps its line break (letterhead lines, signatures); other breaks are wraps.
 */
function joinPdfLines(before: string, next: string, previous: Line, style: BodyStyle): string {
  if (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(next)) return before.slice(0, -1) + next;
  if (/\p{L}-$/u.test(before) && /^\d/u.test(next)) return before + next;
  const short = previous.x1 < style.right - 4 * style.size;
  const wraps = /^[\p{Ll}\d(]/u.test(next) || !short;
  return before + (wraps ? ' ' : '\n') + next;
}
