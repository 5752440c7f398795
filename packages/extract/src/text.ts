/**
 * Length-preserving views of a text, so that an offset found in one view is an offset in the text itself.
 *
 * - `work`: spaces and dashes unified: every no-break or thin space becomes U+00A0 (kept apart from an ordinary
 *   space because only those group thousands: `8 740`), other odd spaces and invisible characters become a space,
 *   every dash or minus a hyphen-minus.
 * - `lower`: `work` in lower case, accents kept (units and scale words are read here: `tỷ` is not `tý`).
 * - `fold`: `lower` without accents and with đ → d (vocabulary is matched here).
 */
export interface TextViews {
  text: string;
  work: string;
  lower: string;
  fold: string;
}

const NBSP = 0xa0;
const hardSpaces = [0xa0, 0x202f, 0x2007, 0x2009, 0x200a, 0x2008, 0x2006, 0x2005, 0x2004];
const softSpaces = [0x09, 0x0b, 0x0c, 0x0d, 0x200b, 0x200c, 0x200d, 0xfeff, 0x00ad, 0x2002, 0x2003, 0x205f, 0x3000, 0x1680, 0x2028, 0x2029];
/** Superscript digits: footnote marks (`38,5 tỷ đồng⁴`, `0,4812 điểm⁵`), read as a space so that the word before them ends. */
const superscripts = [0xb9, 0xb2, 0xb3, 0x2070, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079];
const dashes = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d];

let workTable: Uint16Array | undefined;
let lowerTable: Uint16Array | undefined;
let foldTable: Uint16Array | undefined;

function tables(): { work: Uint16Array; lower: Uint16Array; fold: Uint16Array } {
  if (workTable && lowerTable && foldTable) return { work: workTable, lower: lowerTable, fold: foldTable };
  const work = new Uint16Array(0x10000);
  const lower = new Uint16Array(0x10000);
  const fold = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    work[c] = c;
    lower[c] = c;
    fold[c] = c;
  }
  for (const c of hardSpaces) work[c] = NBSP;
  for (const c of softSpaces) work[c] = 0x20;
  for (const c of superscripts) work[c] = 0x20;
  for (const c of dashes) work[c] = 0x2d;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const w = work[c]!;
    const ch = String.fromCharCode(w);
    const lo = ch.toLowerCase();
    const l = lo.length === 1 ? lo.charCodeAt(0) : w;
    lower[c] = l;
    const stripped = String.fromCharCode(l).normalize('NFD').replace(/\p{M}/gu, '');
    let f = stripped.length === 1 ? stripped.charCodeAt(0) : l;
    if (f === 0x111) f = 0x64; // đ has no decomposition
    fold[c] = f;
  }
  workTable = work;
  lowerTable = lower;
  foldTable = fold;
  return { work, lower, fold };
}

/** A string of UTF-16 code units. */
function stringOf(units: Uint16Array): string {
  // Buffer copies the code units as they are; a TextDecoder also validates them, at ten times the cost on a long text
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
}

function mapString(s: string, table: Uint16Array): string {
  const n = s.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = table[s.charCodeAt(i)]!;
  return stringOf(out);
}

/** `s` through two tables in one pass over it (reading a long text's code units costs more than the look-ups). */
function mapStringTwice(s: string, a: Uint16Array, b: Uint16Array): [string, string] {
  const n = s.length;
  const outA = new Uint16Array(n);
  const outB = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    outA[i] = a[c]!;
    outB[i] = b[c]!;
  }
  return [stringOf(outA), stringOf(outB)];
}

const oddCharacters = /[\u0009\u000b-\u000d\u00a0\u00ad\u1680\u2000-\u2015\u2028-\u202f\u205f\u2212\u3000\ufe63\ufeff\uff0d]/;

export function views(text: string): TextViews {
  const t = tables();
  const [work, fold] = oddCharacters.test(text) ? mapStringTwice(text, t.work, t.fold) : [text, mapString(text, t.fold)];
  // the native lower-casing keeps lengths for Vietnamese; where it would not (`İ`), the table does it per character
  const native = work.toLowerCase();
  const lower = native.length === work.length ? native : mapString(text, t.lower);
  return { text, work, lower, fold };
}

/** Accent-insensitive, lower-case form of a string, the same length as its NFC input. */
export function fold(s: string): string {
  return mapString(s.normalize('NFC'), tables().fold);
}

/** Text as the extractor reads it: NFC (readers already give NFC; this is for callers that pass raw text). */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Whitespace as `\s`, `String.prototype.trim` and `trimEnd` see it, by character code. */
export function isWhiteSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const letter = /\p{L}/u;
/** A letter of any script; ASCII answered without a regex. */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return letter.test(String.fromCharCode(c));
}
