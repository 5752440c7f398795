import { parseCsv } from '@chiso/shared';
import { chartSpec, type ChartMode } from '@chiso/shared/chart';
import { describe, expect, it } from 'vitest';
import { exportSeries, revenueSeries } from '../../test/fixtures';
import { compareCsv, compareTable } from './compare';

const series = [revenueSeries, exportSeries];
const table = (mode: ChartMode, from?: number, to?: number, list = series) => compareTable(chartSpec({ series: list, mode, from, to, origin: 'http://x' }), list);

describe('compare table, from the chart spec', () => {
  it('value: the figures as reported, each column in its unit', () => {
    const t = table('value');
    expect(t.rows.map((r) => r.year)).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(t.rows.find((r) => r.year === 2022)?.values).toEqual({ ict_revenue: 34293, software_export: 132 });
    expect(t.rows.find((r) => r.year === 2018)?.values).toEqual({ ict_revenue: 25200, software_export: null });
    expect(t.columns.map((c) => c.measure)).toEqual([
      { kind: 'unit', unit: 'billion_vnd' },
      { kind: 'unit', unit: 'million_usd' },
    ]);
  });

  it('index: one base year for all, the first year they share', () => {
    const t = table('index');
    expect(t.columns.map((c) => c.measure)).toEqual([
      { kind: 'index', baseYear: 2019 },
      { kind: 'index', baseYear: 2019 },
    ]);
    expect(t.rows.find((r) => r.year === 2019)?.values).toEqual({ ict_revenue: 100, software_export: 100 });
    expect(t.rows.find((r) => r.year === 2022)?.values.software_export).toBeCloseTo((132 / 89) * 100, 6);
  });

  it('growth: against the previous year with data, which is named', () => {
    const t = table('growth');
    expect(t.rows.find((r) => r.year === 2019)?.values.ict_revenue).toBeCloseTo(19.25, 2);
    const y2021 = t.rows.find((r) => r.year === 2021)!;
    expect(y2021.values.ict_revenue).toBeCloseTo((31287 / 30050 - 1) * 100, 6);
    expect(y2021.since.ict_revenue).toBe(2019);
    // 2021 exports follow a zero: no growth rate.
    expect(y2021.values.software_export).toBeNull();
  });

  it('limits the range', () => {
    expect(table('value', 2019, 2021, [revenueSeries]).rows.map((r) => r.year)).toEqual([2019, 2021]);
  });

  it('exports in the API’s series.csv columns', () => {
    const csv = compareCsv(series, table('value'));
    expect(csv.startsWith('\uFEFFindicator,region,year,value,unit')).toBe(true);
    const { records } = parseCsv(csv.slice(1));
    expect(records).toHaveLength(8);
    expect(records[0]?.values).toMatchObject({ indicator: 'ict_revenue', year: '2018', value: '25200', unit: 'billion_vnd' });
    const growth = parseCsv(compareCsv([exportSeries], table('growth', undefined, undefined, [exportSeries])).slice(1)).records;
    expect(growth.map((r) => r.values.year)).toEqual(['2020', '2022']);
    expect(growth[0]?.values.unit).toBe('percent_change');
  });
});
