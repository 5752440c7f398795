import { CFB, utils, write } from '@e965/xlsx';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAll } from '../seed';
import { createToken } from '../services/tokens';
import { prepareDatabase } from '../services/prepare-database';
import { fixtureDataDir } from '../testing/fixtures';
import { scratchDatabase, withDb, type ScratchDatabase } from '../testing/scratch-db';
import { startServer, type ServerProcess } from '../testing/server-process';
import { zip } from '../testing/zip';

/**
 * The bad documents of issue 17 sent to a real server on 127.0.0.1: each is refused with a clear 4xx (or read for
 * what its bytes are), within its limits, and the server answers /healthz and reads right after. The heavy inputs are
 * made here, never committed.
 */
let scratch: ScratchDatabase;
let token: string;
let server: ServerProcess;

const utf8 = (s: string) => new TextEncoder().encode(s);

async function upload(bytes: Uint8Array, name: string): Promise<{ status: number; detail: string; format?: string }> {
  const form = new FormData();
  form.set('file', new File([bytes], name));
  form.set('region', 'da-nang');
  const started = performance.now();
  const res = await fetch(`${server.base}/api/v1/sources`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { detail?: string; source?: { format: string } };
  process.stdout.write(`bad document ${name} (${(bytes.length / 1024).toFixed(0)} kB): ${res.status} in ${Math.round(performance.now() - started)} ms\n`);
  return { status: res.status, detail: body.detail ?? '', ...(body.source ? { format: body.source.format } : {}) };
}

async function healthy(): Promise<void> {
  expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  expect((await fetch(`${server.base}/api/v1/indicators/ict_revenue/series?region=da-nang`)).status).toBe(200);
}

/** A PNG that says it is width × height; a reader that trusted it and decoded would need 1.6 GB. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  bytes.set([8, 2, 0, 0, 0], 24);
  return bytes;
}

/** An .xlsx whose one sheet has a million rows (13 MB packed, 60 MB of XML). */
function millionRows(): Promise<Uint8Array> {
  const xml = (s: string) => ({ data: utf8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${s}`) });
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  return zip([
    { name: '[Content_Types].xml', ...xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>') },
    { name: '_rels/.rels', ...xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>') },
    { name: 'xl/workbook.xml', ...xml(`<workbook xmlns="${main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Số liệu" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', ...xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>') },
    {
      name: 'xl/worksheets/sheet1.xml',
      head: utf8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>`),
      data: utf8('<row><c t="inlineStr"><is><t>Doanh thu</t></is></c><c><v>1200</v></c></row>'.repeat(1000)),
      times: 1000,
      tail: utf8('</sheetData></worksheet>'),
      level: 1,
    },
  ]);
}

beforeAll(async () => {
  scratch = await scratchDatabase('bad-documents');
  await withDb(scratch.url, async (db) => {
    await prepareDatabase(db);
    await seedAll(db.db, fixtureDataDir());
    token = (await createToken(db.db, 'bad-documents', 'editor')).token;
  });
  server = await startServer({ DATABASE_URL: scratch.url });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await scratch?.drop();
});

describe('bad documents against a running server', () => {
  it('a 500-page scan: 422 before any page is read by OCR', async () => {
    const pdf = await PDFDocument.create();
    const image = await pdf.embedPng(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==', 'base64'));
    for (let i = 0; i < 500; i++) pdf.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    const r = await upload(await pdf.save(), 'scan-500.pdf');
    expect(r).toMatchObject({ status: 422, detail: expect.stringMatching(/500 scanned pages.*OCR_MAX_PAGES/) });
    await healthy();
  });

  it('a 20 000 × 20 000 px image: 422 from its header', async () => {
    const r = await upload(pngHeader(20_000, 20_000), 'huge.png');
    expect(r).toMatchObject({ status: 422, detail: expect.stringMatching(/20,000 × 20,000 pixels.*OCR_MAX_PIXELS/) });
    await healthy();
  });

  it('a workbook with 1 000 000 rows: 422 before the sheet is parsed', async () => {
    const r = await upload(await millionRows(), 'million.xlsx');
    expect(r).toMatchObject({ status: 422, detail: expect.stringMatching(/more than 20,000 rows/) });
    await healthy();
  });

  it('a password-protected .xlsx: refused, saying to remove the password', async () => {
    const locked = CFB.utils.cfb_new();
    CFB.utils.cfb_add(locked, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(locked, 'EncryptedPackage', new Uint8Array(4096).fill(7));
    const r = await upload(new Uint8Array(CFB.write(locked, { type: 'array' }) as ArrayBuffer), 'locked.xlsx');
    expect(r).toMatchObject({ status: 415, detail: expect.stringMatching(/protected by a password.*remove the password/) });
    await healthy();
  });

  it('a .doc that is really HTML: read as the web page its bytes are; one that is an empty page: 422', async () => {
    const page = utf8('<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8"></head><body><p>Năm 2022, tổng doanh thu toàn ngành đạt 34.293 tỷ đồng, tăng 9,6% so với năm 2021.</p></body></html>');
    expect(await upload(page, 'bao-cao.doc')).toMatchObject({ status: 201, format: 'html' });
    expect(await upload(utf8('<html><body><script>location="/"</script></body></html>'), 'trang-loi.doc')).toMatchObject({ status: 422, detail: expect.stringMatching(/no text/) });
    await healthy();
  });

  it('a workbook with a sheet of merged headers and the same numbers in an .ods: read (not everything bad is refused)', async () => {
    const sheet = utils.aoa_to_sheet([['Chỉ tiêu', 'Năm 2022'], ['Tổng doanh thu toàn ngành (tỷ đồng)', 36571]]);
    const ods = new Uint8Array(write({ SheetNames: ['A'], Sheets: { A: sheet } }, { type: 'array', bookType: 'ods' }) as ArrayBuffer);
    expect(await upload(ods, 'so-lieu.ods')).toMatchObject({ status: 201, format: 'ods' });
    await healthy();
  });
});
