import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { utils, write } from '@e965/xlsx';
import { zipEntries } from '@chiso/extract/bytes';
import { FactLocation, SourceDetail, UploadResponse } from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../config';
import { corpusFile, editorApp, uploadForm, type EditorApp } from '../testing/editors';
import { zip } from '../testing/zip';

let t: EditorApp;
beforeAll(async () => {
  t = await editorApp();
});
afterAll(async () => t.close());

const upload = (bytes: Uint8Array, name: string) => t.req('POST', '/api/v1/sources', { token: t.editor, form: uploadForm(bytes, name, { region: 'da-nang' }) });
const fixturePdf = resolve(repoRoot, 'packages/extract/src/readers/fixtures/report-2pages.pdf');

describe('reports as they are published', () => {
  it('a scanned page: read by OCR, each figure with its page region and OCR evidence, the page image served', async () => {
    const png = new Uint8Array(execFileSync('pdftoppm', ['-r', '200', '-f', '1', '-l', '1', '-png', fixturePdf]));
    const res = await upload(png, 'scan.png');
    expect(res.status).toBe(201);
    const body = UploadResponse.parse(await res.json());
    expect(body.source.format).toBe('image');
    const detail = SourceDetail.parse(await (await t.req('GET', `/api/v1/sources/${body.source.id}`)).json());
    const revenue = detail.fact_list.find((f) => f.indicator === 'ict_revenue' && f.value === 4250);
    expect(revenue).toBeDefined();
    const location = FactLocation.parse(await (await t.req('GET', `/api/v1/facts/${revenue?.id}/location`)).json());
    expect(location.cell).toBeNull();
    expect(location.page).toMatchObject({ page: 1, image: `/api/v1/sources/${body.source.id}/pages/1.jpg` });
    expect(location.ocr?.number.map((w) => w.text)).toEqual(['4.250']);
    expect(location.page?.box.y).toBeGreaterThan(0.1);
    const image = await t.req('GET', location.page?.image ?? '');
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await image.arrayBuffer()).subarray(0, 3)).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
    expect((await t.req('GET', `/api/v1/sources/${body.source.id}/pages/2.jpg`)).status).toBe(404);
    expect(image.headers.get('cache-control')).toBe('public, max-age=86400');

    // the public source page: the page image, where its OCR text is, and boxes only for accepted figures
    expect(detail.pages).toHaveLength(1);
    const [page] = detail.pages;
    expect(page).toMatchObject({ page: 1, image: `/api/v1/sources/${body.source.id}/pages/1.jpg` });
    expect(detail.text?.slice(page?.text_start ?? 0, page?.text_end ?? 0)).toContain('4.250 tỷ đồng');
    const accepted = detail.fact_list.filter((f) => f.status === 'accepted').map((f) => f.id);
    expect(page?.boxes.map((b) => b.fact_id).sort()).toEqual(accepted.sort());
    if (revenue?.status !== 'accepted') expect((await t.req('POST', `/api/v1/facts/${revenue?.id}/accept`, { token: t.editor })).status).toBe(200);
    const after = SourceDetail.parse(await (await t.req('GET', `/api/v1/sources/${body.source.id}`)).json());
    expect(after.pages[0]?.boxes.find((b) => b.fact_id === revenue?.id)?.box).toEqual(location.page?.box);
  });

  it('a workbook: each figure with its sheet and cell', async () => {
    const sheet = utils.aoa_to_sheet([
      ['Chỉ tiêu', 'Đơn vị tính', 'Năm 2021', 'Năm 2022'],
      ['Tổng doanh thu toàn ngành', 'Tỷ đồng', 34293, 36571],
    ]);
    const bytes = new Uint8Array(write({ SheetNames: ['Số liệu'], Sheets: { 'Số liệu': sheet } }, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const body = UploadResponse.parse(await (await upload(bytes, 'so-lieu.xlsx')).json());
    expect(body.source.format).toBe('xlsx');
    const detail = SourceDetail.parse(await (await t.req('GET', `/api/v1/sources/${body.source.id}`)).json());
    const fact = detail.fact_list.find((f) => f.year === 2022);
    const location = FactLocation.parse(await (await t.req('GET', `/api/v1/facts/${fact?.id}/location`)).json());
    expect(location).toMatchObject({ cell: { sheet: 'Số liệu', cell: 'D2' }, page: null, ocr: null });
  });

  it('the same .docx zipped again (other bytes, same content) is the same source', async () => {
    const docx = corpusFile('binh-nguyen-2020-report.docx');
    const first = UploadResponse.parse(await (await upload(docx, 'bao-cao.docx')).json());
    const entries = zipEntries(docx).map((e) => ({ name: e.name, data: e.method === 8 ? new Uint8Array(inflateRawSync(e.data)) : e.data, level: 1 }));
    const rezipped = await zip(entries.reverse());
    expect(Buffer.compare(Buffer.from(rezipped), Buffer.from(docx))).not.toBe(0);
    const res = await upload(rezipped, 'bao-cao (1).docx');
    expect(res.status).toBe(200);
    const second = UploadResponse.parse(await res.json());
    expect(second).toMatchObject({ created: false, source: { id: first.source.id } });
    const sources = await t.db.db.selectFrom('sources').select('id').where('format', '=', 'docx').execute();
    expect(sources).toHaveLength(1);
  });

  it('a Windows-1258 text report is read; an undecidable legacy encoding is refused with "save it as UTF-8"', async () => {
    const bytes = new Uint8Array(execFileSync('iconv', ['-f', 'utf-8', '-t', 'CP1258'], { input: 'Năm 2019, tổng doanh thu toàn ngành đạt 30.050 tỷ đồng, tăng 16% so với năm 2018. Số trạm BTS đạt 1.702 trạm.\n' }));
    const res = await upload(bytes, 'bao-cao-1258.txt');
    expect(res.status).toBe(201);
    const body = UploadResponse.parse(await res.json());
    expect(SourceDetail.parse(await (await t.req('GET', `/api/v1/sources/${body.source.id}`)).json()).text).toContain('tổng doanh thu toàn ngành đạt 30.050 tỷ đồng');
    const tcvn3 = Uint8Array.from(Buffer.from('54e66e6720646f616e682074687520746fb56e206e67b56e68207468ab6e672074696e2076b52074727579d26e', 'hex'));
    const refused = await upload(tcvn3, 'tcvn3.txt');
    expect(refused.status).toBe(415);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/save it as UTF-8/);
  });

  it('422 at once for a page of 5 000 nested unclosed <div>s (HTML reading is bounded in depth)', async () => {
    const res = await upload(new TextEncoder().encode(`<html><body>${'<div>Doanh thu đạt 1.200 tỷ đồng. '.repeat(5000)}</body></html>`), 'nested.html');
    expect(res.status).toBe(422);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/512 levels deep/);
  });

  it('a damaged file is a 422 that says what to do, without its parser\'s internals (issue 15, item 9)', async () => {
    const contentTypes = new TextEncoder().encode(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    const brokenXml = new TextEncoder().encode('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Doanh thu</w:r>');
    const pdf = corpusFile('tay-lam-2021-report.pdf');
    const damaged = [
      { name: 'broken-xml.docx', bytes: await zip([{ name: '[Content_Types].xml', data: contentTypes }, { name: 'word/document.xml', data: brokenXml }]) },
      { name: 'truncated.pdf', bytes: pdf.slice(0, Math.floor(pdf.length / 3)) },
      { name: 'broken.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]) },
    ];
    for (const { name, bytes } of damaged) {
      const res = await upload(bytes, name);
      const { detail } = (await res.json()) as { detail: string };
      expect([res.status, name]).toEqual([422, name]);
      expect(detail).toMatch(/damaged|truncated|cut short/);
      // Whatever the library said (sax's "Line: 0 Column: 97 Char:", pdf.js's "Invalid PDF structure", pngjs's "Unexpected end") stays in the log.
      expect(detail, name).not.toMatch(/Line:|Column:|Char:|Invalid|Unexpected|unclosed|Error|exception/i);
    }
  });
});
