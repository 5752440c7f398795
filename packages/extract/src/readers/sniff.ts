import { bomEncoding, decodeUnicodeText } from './decode';
import { ReadError } from './types';
import { zipEntryNames } from './zip';

export type ReadableFormat = 'text' | 'html' | 'docx' | 'pdf';

const OTHER_BINARIES: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'a legacy Office file (Word 97–2003 .doc, .xls or .ppt)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
];

/** Tags that open an HTML document or fragment (the WHATWG sniffing list, plus common structural tags). */
const HTML_START =
  /^\s*(?:<!doctype\s+html|<!--|<\?xml[^>]*>\s*(?:<!doctype\s+html|<html)|<(?:html|head|body|script|iframe|h[1-6]|div|font|table|a|style|title|b|br|p|meta|link|article|section|main|header|nav|span|ul|ol)[\s/>])/i;

/** The format of a document, decided from its bytes only. */
export function sniffFormat(bytes: Uint8Array): ReadableFormat {
  if (bytes.length === 0) throw new ReadError('empty', 'the file is empty');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004') || head.startsWith('PK\u0005\u0006')) return sniffZip(bytes);
  for (const [magic, what] of OTHER_BINARIES) {
    if (magic.every((b, i) => bytes[i] === b)) throw new ReadError('unsupported', `the file is ${what}, which is not supported`);
  }
  const bom = bomEncoding(bytes);
  const start = new TextDecoder(bom?.encoding ?? 'utf-8').decode(bytes.subarray(bom?.skip ?? 0, 4096));
  if (HTML_START.test(start) || /<html[\s>]/i.test(start.slice(0, 1024))) return 'html';
  const text = decodeUnicodeText(bytes);
  if (text.trim() === '') throw new ReadError('empty', 'the file contains only white space');
  return 'text';
}

function sniffZip(bytes: Uint8Array): ReadableFormat {
  const names = [...zipEntryNames(bytes)];
  if (names.some((name) => name === 'word/document.xml' || name.startsWith('word/'))) return 'docx';
  if (names.some((name) => name.startsWith('xl/'))) throw new ReadError('unsupported', 'the file is an Excel workbook (.xlsx), which is not supported');
  if (names.some((name) => name.startsWith('ppt/'))) throw new ReadError('unsupported', 'the file is a PowerPoint presentation (.pptx), which is not supported');
  if (names.includes('content.xml')) throw new ReadError('unsupported', 'the file is an OpenDocument file, which is not supported');
  throw new ReadError('unsupported', 'the file is a zip archive that is not a Word document (.docx)');
}
