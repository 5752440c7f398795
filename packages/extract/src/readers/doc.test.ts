import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../index';
import { expectWellFormed, rowsOf } from './fixtures/invariants';
import { readDocument } from './read-document';

const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../corpus/reports/${name}`, import.meta.url)));
/** The corpus report saved as Word 97–2003 by LibreOffice (`soffice --headless --convert-to doc`). */
const doc = new Uint8Array(readFileSync(new URL('./fixtures/binh-nguyen-2020-report.doc', import.meta.url)));

describe('readDoc', () => {
  it('reads a Word 97–2003 file: paragraphs, headings and its table as rows', async () => {
    const read = await readDocument(doc);
    expect(read.format).toBe('doc');
    expect(read.text).toContain('Năm 2020, tổng doanh thu toàn ngành đạt 7.150 tỷ đồng, đạt 102,1% kế hoạch');
    expect(rowsOf(read)).toContain('Tổng doanh thu toàn ngành TT&TT | Tỷ đồng | 7.000 | 7.150 | 102,1');
    expect(read.published).toBe('2021-01-11');
    expectWellFormed(read);
  });

  it('gives the same figures as the .docx it was saved from', async () => {
    const [fromDoc, fromDocx] = await Promise.all([extractDocument(doc, { region: 'binh-nguyen' }), extractDocument(corpus('binh-nguyen-2020-report.docx'), { region: 'binh-nguyen' })]);
    const key = (f: { indicator: string; year: number; value?: number; qualifier: string }) => `${f.indicator}|${f.year}|${f.value}|${f.qualifier}`;
    expect(fromDoc.facts.map(key).sort()).toEqual(fromDocx.facts.map(key).sort());
  });

  it('reads a .doc that is really a web page as HTML, from its bytes', async () => {
    const html = new TextEncoder().encode('<html xmlns:w="urn:schemas-microsoft-com:office:word"><body><p>Năm 2020, tổng doanh thu toàn ngành đạt 7.150 tỷ đồng.</p></body></html>');
    expect((await readDocument(html)).format).toBe('html');
  });

  it('refuses a cut .doc (its stream directory gone) with a reader error', async () => {
    await expect(readDocument(doc.slice(0, 3000))).rejects.toMatchObject({ name: 'ReadError', code: expect.stringMatching(/^(corrupt|unsupported)$/) });
  });
});
