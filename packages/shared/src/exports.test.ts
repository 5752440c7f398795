import { describe, expect, it } from 'vitest';
import { revenue } from './chart/fixture.test-helper';
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
    expect(tableCsv(t).split('\r\n')[0]).toBe('\ufeffindicator,name_vi,name_en,region,year,value,unit,unit_vi,unit_en,qualifier,approx,conflict,other_values,facts');
  });

  it('facts never carry the internal note', () => {
    expect(factColumns.map((c) => c.key)).not.toContain('note');
    expect(factColumns.map((c) => c.key)).toEqual(expect.arrayContaining(['public_note_vi', 'public_note_en', 'source_title', 'source_outlet', 'source_url']));
  });
});
