import { ReadError } from './types';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

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

/** Unicode text: the BOM's encoding or UTF-8, and nothing that looks like binary data. */
export function decodeUnicodeText(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  const text = tryDecode(bom ? bytes.subarray(bom.skip) : bytes, bom?.encoding ?? 'utf-8');
  if (text === null) throw new ReadError('unsupported', 'the file is neither UTF-8 text nor a PDF, DOCX or HTML document');
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
 * the reader's NFC recomposes them), else UTF-8, else windows-1258 as the likeliest legacy Vietnamese charset.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.skip));
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const text = safeDecode(bytes, declared);
    if (text !== null) return text;
  }
  return tryDecode(bytes, 'utf-8') ?? new TextDecoder('windows-1258').decode(bytes);
}

function safeDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null;
  }
}
