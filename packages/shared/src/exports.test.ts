import { describe, expect, it } from 'vitest';
import { revenue } from './chart/fixture.test-helper';
import type { FactWithSource } from './api';
import { factColumns, roundComputed, seriesTable, tableCsv } from './exports';

describe('export tables', () => {
  it('rounds computed numbers as the pages show them', () => {
    expect(roundComputed(19.246031746031747)).toBe(19.2);
    expect(roundComputed(19.246031746031747, 2)).toBe(19.25);
    expect(roundComputed(null)).toBeNull();
  });

  it('series rows carry names in both languages, the unit, and every other value with its relation', () => {
    const t = seriesTable([revenue]);
    const y2023 = t.rows.find((r) => r.year === 2023)!;
    expect(y2023).toMatchObject({ name_vi: 'Tổng doanh thu toàn ngành Thông tin và Truyền thông', name_en: 'Total ICT sector revenue', unit_vi: 'tỷ đồng', unit_en: 'billion VND', qualifier: 'estimate', conflict: true, other_values: '17598 (conflict)' });
    expect(tableCsv(t).split('\r\n')[0]).toBe(
      '\ufeffindicator,name_vi,name_en,region,year,value,unit,unit_vi,unit_en,qualifier,approx,conflict,other_values,facts,machine_read,source_title,source_outlet,source_url,public_note_vi,public_note_en',
    );
  });

  it('series rows cite their headline fact’s source and public note, and say when no person has reviewed the figure', () => {
    const source = { id: 7, kind: 'article' as const, title: 'Đà Nẵng: doanh thu CNTT 2024', publisher: null, url: 'https://m.viettimes.vn/a', published_on: '2025-01-02', region: null, report_year: null, format: null, sha256: null, created_at: '' };
    const y2024 = revenue.points.find((p) => p.year === 2024)!;
    const headline = { id: y2024.fact_id, public_note_vi: 'Số ước tính đầu năm', public_note_en: 'An early estimate', source } as unknown as FactWithSource;
    const series = { ...revenue, points: revenue.points.map((p) => ({ ...p, machine_read: p.year === 2024 })) };
    const row = seriesTable([series], new Map([[y2024.fact_id, headline]])).rows.find((r) => r.year === 2024)!;
    expect(row).toMatchObject({ machine_read: true, source_title: 'Đà Nẵng: doanh thu CNTT 2024', source_outlet: 'viettimes.vn', source_url: 'https://m.viettimes.vn/a', public_note_vi: 'Số ước tính đầu năm' });
    expect(seriesTable([series]).rows.find((r) => r.year === 2022)).toMatchObject({ machine_read: false, source_title: null });
  });

  it('facts never carry the internal note', () => {
    expect(factColumns.map((c) => c.key)).not.toContain('note');
    expect(factColumns.map((c) => c.key)).toEqual(expect.arrayContaining(['public_note_vi', 'public_note_en', 'source_title', 'source_outlet', 'source_url']));
  });
});
