import { factsTable, FactsResponse, seriesTable, sourcesTable } from '@chiso/shared';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp, type TestApp } from '../testing/harness';
import { loadSeries } from './series';
import { workbook } from './xlsx';

let t: TestApp;
beforeAll(async () => {
  t = await seededApp();
});
afterAll(async () => t.close());

describe('the XLSX workbook', () => {
  it('has a sheet per table and a Nguồn sheet; text that looks like a formula is quote-prefixed text, never a formula', async () => {
    const res = await t.get('/api/v1/facts?indicator=ict_revenue&status=accepted&limit=5000');
    const facts = FactsResponse.parse(await res.json()).facts;
    const first = facts[0]!;
    const hostile = { ...first, id: 999_999, quote: '=HYPERLINK("http://evil.example","x")', source: { ...first.source, title: '@SUM(A1)' } };
    const all = [...facts, hostile];
    const indicators = t.deps.catalogue().indicatorByKey;
    const series = await loadSeries(t.deps, 'ict_revenue', { region: 'da-nang' });
    const bytes = await workbook([factsTable(all, indicators), seriesTable([series]), sourcesTable(all)]);

    const zip = await JSZip.loadAsync(bytes);
    const book = await zip.file('xl/workbook.xml')!.async('string');
    expect([...book.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual(['Số liệu', 'Chuỗi số liệu', 'Nguồn']);
    const sheets = await Promise.all([1, 2, 3].map((i) => zip.file(`xl/worksheets/sheet${i}.xml`)!.async('string')));
    for (const s of sheets) expect(s).not.toContain('<f>');
    const factsSheet = sheets[0]!;
    expect(factsSheet).toContain('<t xml:space="preserve">name_vi</t>');
    expect(factsSheet).toContain('Tổng doanh thu toàn ngành Thông tin và Truyền thông');
    const quoted = [...factsSheet.matchAll(/<c r="[A-Z]+\d+" t="inlineStr" s="2"><is><t xml:space="preserve">([^<]*)<\/t>/g)].map((m) => m[1]);
    expect(quoted).toEqual(expect.arrayContaining(['=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)', '@SUM(A1)']));
    // Every text cell that starts like a formula carries the quote prefix.
    const text = [...factsSheet.matchAll(/<c r="[A-Z]+\d+" t="inlineStr"( s="\d")?><is><t xml:space="preserve">([^<]*)<\/t>/g)];
    expect(text.filter((m) => /^[=+\-@]/.test(m[2]!) && m[1] !== ' s="2"')).toEqual([]);
    // Internal curator notes are not among the columns.
    expect(factsSheet).not.toContain('review held');
    expect(first.source.publisher).toBeTruthy();
    expect(sheets[2]).toContain(first.source.publisher!);
  });
});
