import { parseCsv } from '@chiso/shared';
import { describe, expect, it } from 'vitest';
import { exportSeries, revenueSeries } from '../test/fixtures';
import { axesOf, compareCsv, compareTable } from './compare';

describe('compare modes', () => {
  it('value: the figures as reported, one axis per unit', () => {
    const t = compareTable([revenueSeries, exportSeries], 'value');
    expect(t.rows.map((r) => r.year)).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(t.rows.find((r) => r.year === 2022)?.values).toEqual({ ict_revenue: 34293, software_export: 132 });
    expect(t.rows.find((r) => r.year === 2018)?.values).toEqual({ ict_revenue: 25200, software_export: null });
    expect(axesOf(t.columns)).toEqual(['billion_vnd', 'million_usd']);
  });

  it('index: the first year of the range is 100, one shared axis', () => {
    const t = compareTable([revenueSeries, exportSeries], 'index', 2019);
    expect(t.rows[0]).toEqual({ year: 2019, values: { ict_revenue: 100, software_export: 100 } });
    expect(t.rows.find((r) => r.year === 2022)?.values.software_export).toBeCloseTo((132 / 89) * 100, 6);
    expect(t.columns[0]?.unit).toEqual({ kind: 'index', baseYear: 2019 });
    expect(axesOf(t.columns)).toEqual(['index']);
  });

  it('growth: year over year, and no growth across a gap', () => {
    const t = compareTable([revenueSeries, exportSeries], 'growth');
    const y2019 = t.rows.find((r) => r.year === 2019)?.values;
    expect(y2019?.ict_revenue).toBeCloseTo(19.25, 2);
    const y2022 = t.rows.find((r) => r.year === 2022)?.values;
    expect(y2022?.software_export).toBeCloseTo(34.01, 2);
    // 2021 revenue follows a missing 2020, and 2021 exports follow a zero: neither has a growth rate, so no row.
    expect(t.rows.map((r) => r.year)).toEqual([2019, 2020, 2022]);
  });

  it('limits the range', () => {
    const t = compareTable([revenueSeries], 'value', 2019, 2021);
    expect(t.rows.map((r) => r.year)).toEqual([2019, 2021]);
  });

  it('exports in the API’s series.csv columns', () => {
    const csv = compareCsv([revenueSeries, exportSeries], compareTable([revenueSeries, exportSeries], 'value'), 'value');
    expect(csv.startsWith('\uFEFFindicator,region,year,value,unit')).toBe(true);
    const { records } = parseCsv(csv.slice(1));
    expect(records).toHaveLength(8);
    expect(records[0]?.values).toMatchObject({ indicator: 'ict_revenue', year: '2018', value: '25200', unit: 'billion_vnd' });
    const growth = parseCsv(compareCsv([exportSeries], compareTable([exportSeries], 'growth'), 'growth').slice(1)).records;
    expect(growth.map((r) => r.values.year)).toEqual(['2020', '2022']);
    expect(growth[0]?.values.unit).toBe('percent_change');
  });
});
