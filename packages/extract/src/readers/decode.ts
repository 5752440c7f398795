import { ReadError } from './types';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';

/** How a text file's bytes were found to be encoded, and the length of its byte-order mark. */
export interface DetectedEncoding {
  encoding: TextEncodingName;
  skip: number;
}

export const SAVE_AS_UTF8 = 'save it as UTF-8 (in Word or Notepad: Save As → Encoding: Unicode (UTF-8)) and upload it again';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The encoding a byte-order mark announces, and the mark's length. */
export function bomEncoding(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; skip: number } | null {
  if (startsWith(bytes, UTF8_BOM)) return { encoding: 'utf-8', skip: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', skip: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** Decodes with `encoding`, or returns null when the bytes are not valid in it. */
export function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a byte-order mark: text of a Latin script has a zero byte in every ASCII character, all on the odd
 * bytes (little-endian) or all on the even ones (big-endian). Vietnamese is more than half ASCII letters and spaces.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 16) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  const encoding = odd >= 0.4 * pairs && even <= 0.02 * pairs ? 'utf-16le' : even >= 0.4 * pairs && odd <= 0.02 * pairs ? 'utf-16be' : null;
  if (encoding === null || tryDecode(bytes.subarray(0, bytes.length & ~1), encoding) === null) return null;
  return encoding;
}

/** Letters only Vietnamese writes: the vowels with a breve, circumflex or horn, đ, and the tone-marked vowels. */
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/u;
/** Latin-1 letters Vietnamese never writes (VNI text read as Windows-1258 is full of them). */
const NOT_VIETNAMESE = /[ÄÅÆÇËÎÏÑÖØÛÜÞßäåæçëîïñöøûüþÿ]/gu;

/**
 * An 8-bit legacy text that is not UTF-8: Windows-1258 when most words decode to Vietnamese (its tone marks are
 * combining characters that NFC composes), Windows-1252 when nine in ten bytes above 127 decode to Western letters
 * inside words or to typographic quotes and dashes; null when neither is clear (TCVN3 or VNI font encodings put
 * symbols between letters, VNI a Latin-1 letter in nearly every word; other code pages, binary data).
 */
function legacyEncoding(bytes: Uint8Array): 'windows-1258' | 'windows-1252' | null {
  const sample = bytes.subarray(0, 65_536);
  const vi = new TextDecoder('windows-1258').decode(sample).normalize('NFC');
  const words = vi.split(/[^\p{L}\p{M}]+/u).filter((w) => w.length > 0);
  const vietnamese = words.filter((w) => VIETNAMESE_LETTER.test(w)).length;
  const leftoverMarks = vi.match(/[\u0300\u0301\u0303\u0309\u0323]/gu)?.length ?? 0;
  const foreign = vi.match(NOT_VIETNAMESE)?.length ?? 0;
  if (vietnamese >= Math.max(3, 0.15 * words.length) && leftoverMarks + foreign <= 0.01 * words.length) return 'windows-1258';
  const western = decodeWindows1252(sample);
  const high = western.match(/[^\u0000-\u007F]/gu)?.length ?? 0;
  const letters = western.match(/(?<=\p{L})[\u00C0-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E]|[\u00C0-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E](?=\p{L})|(?<!\p{L})[àÀ](?!\p{L})/gu)?.length ?? 0;
  const typographic = western.match(/[\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u00A0\u00AB\u00BB\u00B0\u20AC]/gu)?.length ?? 0;
  // VNI writes each tone mark as a Latin-1 letter after its vowel: nearly every word then has one; French has a few
  const accented = western.split(/[^\p{L}]+/u).filter((w) => /[\u00C0-\u00FF]/u.test(w)).length;
  if (high > 0 && letters + typographic >= 0.9 * high && accented <= 0.5 * words.length) return 'windows-1252';
  return null;
}

/** Windows-1252's characters for 0x80–0x9F (0 where it has none); the rest is Latin-1. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Node's TextDecoder reads `windows-1252` as Latin-1 (C1 controls for 0x80–0x9F, curly quotes among them). */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || 0xfffd : b));
    out += String.fromCharCode(...chunk);
  }
  return out;
}

/** Decodes bytes in an encoding `detectEncoding` returned. */
export function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/**
 * The encoding of a text file: its byte-order mark; UTF-16 without one; UTF-8; or, for bytes that are not UTF-8,
 * Windows-1258 or Windows-1252 when they can be told apart reliably. Anything else is refused with a message that
 * says to save the file as UTF-8.
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, skip: 0 };
  if (tryDecode(bytes, 'utf-8') !== null) return { encoding: 'utf-8', skip: 0 };
  if (bytes.includes(0)) throw new ReadError('unsupported', 'the file looks like binary data, not text');
  const legacy = legacyEncoding(bytes);
  if (legacy) return { encoding: legacy, skip: 0 };
  throw new ReadError(
    'unsupported',
    `the file is not UTF-8 text and its encoding cannot be told reliably (a TCVN3 or VNI font encoding, another code page, or binary data): ${SAVE_AS_UTF8}`,
  );
}

/** The text of a text file in whichever encoding `detectEncoding` finds, and nothing that looks like binary data. */
export function decodeTextFile(bytes: Uint8Array): string {
  const { encoding, skip } = detectEncoding(bytes);
  const text = decodeAs(bytes.subarray(skip), encoding);
  if (looksBinary(text)) throw new ReadError('unsupported', 'the file looks like binary data, not text');
  return text;
}

/** NUL bytes, or more than 1 % control characters other than tab, line feed, carriage return and form feed. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 65_536);
  const controls = sample.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  return controls > Math.max(2, sample.length / 100);
}

/** The charset an HTML page declares in its first 1024 bytes (`<meta charset>` or `http-equiv`). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * An HTML page's text: BOM, else the declared charset (a legacy page in windows-1258 decomposes its accents;
 * the reader's NFC recomposes them), else the encoding `detectEncoding` finds (UTF-16 without BOM, UTF-8,
 * Windows-1258/1252 where clear), else refused with a message to save it as UTF-8.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.skip));
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const text = safeDecode(bytes, declared);
    if (text !== null) return text;
  }
  const { encoding, skip } = detectEncoding(bytes);
  return decodeAs(bytes.subarray(skip), encoding);
}

function safeDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null;
  }
}
