import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffFormat } from './sniff';
import { ReadError } from './types';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const code = (input: Uint8Array): string => {
  try {
    sniffFormat(input);
    return 'none';
  } catch (error) {
    return error instanceof ReadError ? error.code : 'other';
  }
};

/** A zip archive with stored (uncompressed) entries. */
function zip(names: string[]): Uint8Array {
  const parts: number[] = [];
  for (const name of names) {
    const n = [...new TextEncoder().encode(name)];
    parts.push(0x50, 0x4b, 0x03, 0x04, ...Array<number>(22).fill(0), n.length & 0xff, n.length >> 8, 0, 0, ...n);
  }
  parts.push(0x50, 0x4b, 0x05, 0x06, ...Array<number>(18).fill(0));
  return new Uint8Array(parts);
}

describe('sniffFormat', () => {
  it('finds a PDF from its header', () => {
    expect(sniffFormat(fixture('report-2pages.pdf'))).toBe('pdf');
  });

  it('finds a .docx from the zip entries, whatever the file was called', () => {
    expect(sniffFormat(fixture('merged-header.docx'))).toBe('docx');
    expect(sniffFormat(zip(['[Content_Types].xml', 'word/document.xml']))).toBe('docx');
  });

  it('still calls a truncated .docx a .docx (its reader then reports it as corrupt)', () => {
    const docx = fixture('merged-header.docx');
    expect(sniffFormat(docx.subarray(0, Math.floor(docx.length * 0.6)))).toBe('docx');
  });

  it('finds workbooks, old Word files and page images from their bytes', () => {
    expect(sniffFormat(zip(['[Content_Types].xml', 'xl/workbook.xml']))).toBe('xlsx');
    expect(sniffFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('image');
    expect(sniffFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image');
    expect(sniffFormat(new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]))).toBe('image');
    const ole = (stream: string) => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array<number>(504).fill(0), ...[...stream].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(sniffFormat(ole('WordDocument'))).toBe('doc');
    expect(sniffFormat(ole('Workbook'))).toBe('xls');
    expect(code(ole('EncryptedPackage'))).toBe('unsupported');
    expect(() => sniffFormat(ole('EncryptionInfo'))).toThrow(/password/);
  });

  it('rejects other zip archives and binary formats as unsupported', () => {
    expect(code(zip(['photo.jpg']))).toBe('unsupported');
    expect(code(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('unsupported');
    expect(code(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toBe('unsupported');
  });

  it('takes text with the same number of separators on every line as CSV', () => {
    expect(sniffFormat(bytes('Chỉ tiêu;2021;2022\nDoanh thu;1.200;1.350\nTrạm BTS;850;"1.150"\n'))).toBe('csv');
    expect(sniffFormat(bytes('Năm 2022, doanh thu đạt 100 tỷ đồng.\nSố trạm đạt 850, tăng 3%, vượt kế hoạch.\nDòng ba.\n'))).toBe('text');
    expect(sniffFormat(bytes('Năm 2019, doanh thu đạt 1.000 tỷ đồng, tăng 10% so với năm 2018.\n\n'.repeat(5)))).toBe('text');
    expect(sniffFormat(bytes('Năm 2019, doanh thu toàn ngành đạt 1.000 tỷ đồng, tăng 10% so với năm 2018.\n'.repeat(5)))).toBe('text');
  });

  it('finds HTML by its markup, with or without a doctype', () => {
    expect(sniffFormat(bytes('<!DOCTYPE html><html><body><p>x</p></body></html>'))).toBe('html');
    expect(sniffFormat(bytes('\ufeff  <html lang="vi"><p>Xin chào</p>'))).toBe('html');
    expect(sniffFormat(bytes('<p>Doanh thu đạt 850 tỷ đồng</p>'))).toBe('html');
    expect(sniffFormat(bytes('<!-- cached --><div>x</div>'))).toBe('html');
  });

  it('takes other UTF-8 as text, also when it mentions a tag', () => {
    expect(sniffFormat(bytes('Doanh thu đạt 850 tỷ đồng.\nGhi chú: thẻ <p> trong HTML.'))).toBe('text');
    expect(sniffFormat(new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([0x54, 0x1ec9]).buffer)]))).toBe('text');
  });

  it('rejects empty files, white space, invalid UTF-8 and control bytes', () => {
    expect(code(new Uint8Array())).toBe('empty');
    expect(code(bytes(' \n\t '))).toBe('empty');
    expect(code(new Uint8Array([0xc3, 0x28, 0x41, 0x42]))).toBe('unsupported');
    expect(code(bytes('Chỉ tiêu'))).toBe('none');
    expect(code(new Uint8Array([0x41, 0x00, 0x42, 0x43]))).toBe('unsupported');
    expect(code(new Uint8Array(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0x01 : 0x41))))).toBe('unsupported');
  });
});
