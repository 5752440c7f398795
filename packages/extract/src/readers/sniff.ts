import { decodeAs, decodeTextFile, detectEncoding } from './decode';
import { ReadError } from './types';
import { zipEntryNames } from './zip';

/** What a reader can take, decided from the bytes: text formats, Office/OpenDocument files, PDF, page images. */
export type ReadableFormat = 'text' | 'csv' | 'html' | 'docx' | 'doc' | 'pdf' | 'xlsx' | 'xls' | 'ods' | 'image';

const IMAGES: ReadonlyArray<readonly number[]> = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0xff, 0xd8, 0xff],
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
];

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const OTHER_BINARIES: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image (scans are read from PNG, JPEG or TIFF)'],
  [[0x42, 0x4d], 'a BMP image (scans are read from PNG, JPEG or TIFF)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document; save it as .docx'],
];

/** Tags that open an HTML document or fragment (the WHATWG sniffing list, plus common structural tags). */
const HTML_START =
  /^\s*(?:<!doctype\s+html|<!--|<\?xml[^>]*>\s*(?:<!doctype\s+html|<html)|<(?:html|head|body|script|iframe|h[1-6]|div|font|table|a|style|title|b|br|p|meta|link|article|section|main|header|nav|span|ul|ol)[\s/>])/i;

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** A PDF or a page image: reading it may need OCR, whose time comes on top of the reading time (a cheap look at the head). */
export function mayHoldScans(bytes: Uint8Array): boolean {
  return IMAGES.some((magic) => startsWith(bytes, magic)) || new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** The format of a document, decided from its bytes only. */
export function sniffFormat(bytes: Uint8Array): ReadableFormat {
  if (bytes.length === 0) throw new ReadError('empty', 'the file is empty');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004') || head.startsWith('PK\u0005\u0006')) return sniffZip(bytes, head);
  if (startsWith(bytes, OLE)) return sniffOle(bytes);
  if (IMAGES.some((magic) => startsWith(bytes, magic))) return 'image';
  for (const [magic, what] of OTHER_BINARIES) {
    if (startsWith(bytes, magic)) throw new ReadError('unsupported', `the file is ${what}, which is not supported`);
  }
  const { encoding, skip } = detectEncoding(bytes);
  const start = decodeAs(bytes.subarray(skip, skip + 8192), encoding);
  if (HTML_START.test(start) || /<html[\s>]/i.test(start.slice(0, 1024))) return 'html';
  const text = decodeTextFile(bytes);
  if (text.trim() === '') throw new ReadError('empty', 'the file contains only white space');
  return looksLikeCsv(text) ? 'csv' : 'text';
}

function sniffZip(bytes: Uint8Array, head: string): ReadableFormat {
  if (head.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (head.includes('application/vnd.oasis.opendocument.text')) {
    throw new ReadError('unsupported', 'the file is an OpenDocument text (.odt), which is not supported: save it as .docx');
  }
  const names = [...zipEntryNames(bytes)];
  if (names.some((name) => name === 'word/document.xml' || name.startsWith('word/'))) return 'docx';
  if (names.some((name) => name.startsWith('xl/'))) return 'xlsx';
  if (names.some((name) => name.startsWith('ppt/'))) throw new ReadError('unsupported', 'the file is a PowerPoint presentation (.pptx), which is not supported');
  if (names.includes('content.xml')) throw new ReadError('unsupported', 'the file is an OpenDocument file other than a spreadsheet, which is not supported');
  throw new ReadError('unsupported', 'the file is a zip archive that is not a Word document or a spreadsheet');
}

/** Whether an OLE compound file (Office 97–2003, or an encrypted Office 2007+ file) holds a stream of this name. */
function hasStream(bytes: Uint8Array, name: string): boolean {
  const utf16 = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) utf16[i * 2] = name.charCodeAt(i);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(utf16));
}

function sniffOle(bytes: Uint8Array): ReadableFormat {
  if (hasStream(bytes, 'EncryptionInfo') || hasStream(bytes, 'EncryptedPackage')) {
    throw new ReadError('unsupported', 'the file is protected by a password (an encrypted Office document): open it, remove the password (File → Info → Protect → Encrypt), save and upload it again');
  }
  if (hasStream(bytes, 'WordDocument')) return 'doc';
  if (hasStream(bytes, 'Workbook') || hasStream(bytes, 'Book')) return 'xls';
  if (hasStream(bytes, 'PowerPoint Document')) throw new ReadError('unsupported', 'the file is a PowerPoint 97–2003 presentation (.ppt), which is not supported');
  throw new ReadError('unsupported', 'the file is an Office 97–2003 file of a kind that is not supported');
}

/**
 * Comma- or semicolon-separated values: at least three lines, rows on consecutive lines, and (outside quotes) the
 * same number of separators on nine lines in ten, and a fifth of the fields figures. Prose has commas too, but not
 * the same count on every line, in paragraphs apart, between clauses of words.
 */
export function looksLikeCsv(text: string): boolean {
  const all = text.split(/\r?\n/, 200);
  const lines = all.filter((line) => line.trim() !== '');
  if (lines.length < 3 || lines.length < 0.8 * all.filter((_, i) => i < all.length - 1 || all[i] !== '').length) return false;
  const sample = lines.slice(0, 100);
  for (const separator of [';', ',']) {
    const counts = sample.map((line) => countOutsideQuotes(line, separator));
    const first = counts[0] ?? 0;
    if (first < 1) continue;
    const same = counts.filter((n) => n === first).length;
    const fields = sample.flatMap((line) => line.split(separator)).map((f) => f.trim().replace(/^"|"$/g, ''));
    const numbers = fields.filter((f) => /^[-+(]?\d[\d.,\s]*%?\)?$/.test(f)).length;
    if (same >= 0.9 * sample.length && numbers >= 0.2 * fields.length) return true;
  }
  return false;
}

/** How many times `separator` stands in a line outside double quotes. */
export function countOutsideQuotes(line: string, separator: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === separator && !quoted) n++;
  }
  return n;
}
