/** Spaces that look like a space but are not U+0020: NBSP, en/em/figure/thin/hair spaces, NNBSP, ideographic. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Invisible characters: zero-width space/joiners, word joiner, BOM, soft hyphen, C0/C1 controls but tab and LF. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

/**
 * The normalisation every reader applies to its text: line ends to LF, form feed to a line break, invisible
 * characters dropped, odd spaces to U+0020, then NFC (after the drops, so a zero-width character between a
 * letter and its combining mark cannot block composition).
 */
export function normalizeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .normalize('NFC');
}

/** Collapses runs of spaces and tabs (not line breaks) and trims each line. */
export function collapseSpaces(s: string): string {
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n');
}

/** Normalised text of one inline run: one line, single spaces. */
export function oneLine(s: string): string {
  return normalizeText(s).replace(/\s+/g, ' ').trim();
}

const SENTENCE_END = /[.!?:;…]["”’)\]]*$/;

/**
 * Joins the lines of one paragraph. A break is a wrap, not a meaningful line, when the next line starts with a
 * lowercase letter and the previous one does not end a sentence (`đường dây` / `nóng 1022`): it becomes a space.
 * Other breaks (`UBND TỈNH …` / `SỞ THÔNG TIN …`) stay.
 */
export function joinWrappedLines(lines: readonly string[]): string {
  let out = '';
  let lastLength = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') out = line;
    // a word hyphenated across the break is one word again (`VND14.86 tril-` / `lion`)
    else if (isWrap(out, line, lastLength) && /\p{Ll}-$/u.test(out)) out = out.slice(0, -1) + line;
    else out += (isWrap(out, line, lastLength) ? ' ' : '\n') + line;
    lastLength = line.length;
  }
  return out;
}

/**
 * Whether `next` goes on the line before: it starts in lower case, or a name is broken across two lines of a page's
 * width (`… năm 2022 (DTI 2022), tỉnh Im` / `Lương xếp thứ 29/63 …`).
 */
function isWrap(before: string, next: string, beforeLength: number): boolean {
  if (SENTENCE_END.test(before)) return false;
  return /^\p{Ll}/u.test(next) || (beforeLength >= WRAPPED_LINE && /\s\p{Lu}\p{Ll}*$/u.test(before) && /^\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(next));
}
const WRAPPED_LINE = 60;
