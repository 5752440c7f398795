import { RegionsSeriesResponse, type Indicator, type RegionInfo } from '@chiso/shared';
import { describe, expect, it } from 'vitest';
import { comparedSeries, compareRows } from './compare-regions';

const indicator = { key: 'dti_rank', unit: 'rank' } as Indicator;
const region = (key: string): RegionInfo => ({ key, level: 'province', name_vi: key, name_en: key, code: null, code_before_2025_07: null, valid_from: null, valid_to: null, successor: null, aliases: [], source_url: null, current: true, predecessors: [] }) as unknown as RegionInfo;
const point = (year: number, value: number, denominator: number) => ({ year, value, value_min: null, value_max: null, qualifier: 'actual' as const, approx: 'exact' as const, conflict: false, facts: 1, fact_id: 1, values: [], machine_read: false, denominator });
const combined = (year: number, value: number, method: 'published' | 'carried' | 'sum', from: string[], missing: string[] = []) => ({
  year, value, method, from, missing, partial: missing.length > 0, estimate: false, denominator: method === 'sum' ? null : 34, fact_id: null, machine_read: false,
});

const data: RegionsSeriesResponse = {
  indicator,
  series: [
    { region: 'da-nang', points: [point(2023, 3, 63), point(2024, 2, 63)], targets: [], combined: [combined(2024, 17, 'published', ['da-nang', 'quang-nam'])] },
    { region: 'hue', points: [], targets: [], combined: [combined(2023, 3, 'carried', ['thua-thien-hue'])] },
  ],
} as RegionsSeriesResponse;
const regions = new Map(['da-nang', 'hue'].map((k) => [k, region(k)]));

describe('comparing regions', () => {
  it('draws a region’s combined figures as a series of their own, and no empty series for a region with none of its own', () => {
    const drawn = comparedSeries(data, regions, indicator);
    expect(drawn.map((d) => [d.region.key, d.combined, d.series.points.map((p) => [p.year, p.value, p.denominator])])).toEqual([
      ['da-nang', false, [[2023, 3, 63], [2024, 2, 63]]],
      ['da-nang', true, [[2024, 17, 34]]],
      ['hue', true, [[2023, 3, 34]]],
    ]);
  });

  it('puts a year’s own and combined figure side by side in the table, latest year first', () => {
    const rows = compareRows(data);
    expect(rows.map((r) => r.year)).toEqual([2024, 2023]);
    expect(rows[0]!.cells.get('da-nang')).toMatchObject({ own: { value: 2, denominator: 63 }, combined: { value: 17, method: 'published' } });
    expect(rows[1]!.cells.get('hue')).toMatchObject({ own: null, combined: { method: 'carried' } });
  });
});
