import { parseCsv, SeriesResponse } from '@chiso/shared';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp, type TestApp } from '../testing/harness';
import { expectProblem } from '../testing/problem';

let t: TestApp;
beforeAll(async () => {
  t = await seededApp();
});
afterAll(async () => t.close());

const csv = async (path: string) => {
  const res = await t.get(path);
  expect(res.status, path).toBe(200);
  return parseCsv((await res.text()).replace(/^\uFEFF/, ''));
};

async function sheets(path: string): Promise<Record<string, string>> {
  const res = await t.get(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const zip = await JSZip.loadAsync(new Uint8Array(await res.arrayBuffer()));
  const book = await zip.file('xl/workbook.xml')!.async('string');
  const names = [...book.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]!);
  const out: Record<string, string> = {};
  for (const [i, name] of names.entries()) out[name] = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
  return out;
}

describe('downloads', () => {
  it('series.csv: names in both languages, unit, qualifier, approx, the headline’s source and public note, machine_read, as published', async () => {
    const { columns, records } = await csv('/api/v1/series.csv?indicators=ict_revenue,software_export');
    expect(columns).toEqual(expect.arrayContaining(['name_vi', 'name_en', 'unit_vi', 'unit_en', 'qualifier', 'approx', 'source_title', 'source_url', 'public_note_vi', 'public_note_en', 'machine_read']));
    const series = SeriesResponse.parse(await (await t.get('/api/v1/indicators/ict_revenue/series')).json());
    const revenue = records.filter((r) => r.values.indicator === 'ict_revenue');
    expect(revenue.map((r) => Number(r.values.value))).toEqual(series.points.map((p) => p.value));
    const y2022 = revenue.find((r) => r.values.year === '2022')!.values;
    expect(y2022).toMatchObject({ unit_vi: 'tỷ đồng', unit_en: 'billion VND', source_url: 'https://news.example/tong-ket-2022', machine_read: 'false' });
    // One indicator's file is the same file.
    const one = await (await t.get('/api/v1/indicators/ict_revenue/series.csv')).text();
    expect(one).toBe(await (await t.get('/api/v1/series.csv?indicators=ict_revenue')).text());
  });

  it('series.csv in index mode adds the number the chart draws, on the chart’s one base year', async () => {
    const { records } = await csv('/api/v1/series.csv?indicators=ict_revenue&mode=index&from=2020');
    const rows = records.map((r) => r.values);
    expect(rows[0]).toMatchObject({ year: '2020', value: '30000', shown: '100', shown_as: 'Chỉ số, năm 2020 = 100' });
    expect(rows.find((r) => r.year === '2022')!.shown).toBe('115');
  });

  it('facts.csv and series.xlsx: the facts, every sheet, and a Nguồn sheet of the sources they cite', async () => {
    const { records } = await csv('/api/v1/facts.csv?indicator=software_export');
    expect(records.length).toBe(3);
    expect(records.every((r) => r.values.name_vi !== '' && r.values.source_outlet !== '')).toBe(true);
    const book = await sheets('/api/v1/series.xlsx?indicators=ict_revenue&lang=en');
    expect(Object.keys(book)).toEqual(['Chuỗi số liệu', 'Số liệu', 'Nguồn']);
    expect(book['Chuỗi số liệu']).toContain('<t xml:space="preserve">machine-read, not yet reviewed</t>');
    expect(book['Số liệu']).toContain('news.example/tong-ket-2022');
    expect(book['Nguồn']).toContain('https://baochi.example/so-lieu-2023');
    const facts = await sheets('/api/v1/facts.xlsx?indicator=ict_revenue');
    expect(Object.keys(facts)).toEqual(['Số liệu', 'Nguồn']);
    expect(facts['Số liệu']).toContain('<t xml:space="preserve">đọc tự động, chưa duyệt</t>');
  });

  it('stream with an ETag of the data version: no length in advance, 304 when unchanged', async () => {
    const res = await t.get('/api/v1/facts.csv');
    expect(res.headers.get('content-length')).toBeNull();
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[0-9a-f]{16}"$/);
    await res.arrayBuffer();
    const again = await t.get('/api/v1/facts.csv', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect((await t.get('/api/v1/facts.csv?status=pending')).headers.get('etag')).not.toBe(etag);
  });

  it('refuse what they cannot answer before sending anything', async () => {
    await expectProblem(await t.get('/api/v1/series.csv?indicators=no_such'), 404);
    await expectProblem(await t.get('/api/v1/facts.csv?region=nowhere'), 404);
    await expectProblem(await t.get('/api/v1/facts.xlsx?sort=confidence'), 400);
    await expectProblem(await t.get('/api/v1/series.csv?from=2024&to=2020'), 400);
  });
});
