import { describe, expect, it } from 'vitest';
import { cagr, changePct, commonBaseYear, growthSeries, indexSeries } from './series';

describe('series maths', () => {
  it('computes a percentage change, or null when undefined', () => {
    expect(changePct(100, 134)).toBeCloseTo(34);
    expect(changePct(0, 5)).toBeNull();
    expect(changePct(null, 5)).toBeNull();
  });

  it('indexes to a given base year = 100, or gives nothing without that year', () => {
    const s = [{ year: 2020, value: 50 }, { year: 2021, value: 75 }];
    expect(indexSeries(s, 2020)).toEqual([{ year: 2020, value: 100 }, { year: 2021, value: 150 }]);
    expect(indexSeries(s, 2021)[0]!.value).toBeCloseTo(66.667, 2);
    expect(indexSeries(s, 2019)).toEqual([]);
  });

  it('computes growth against the previous year with data, and says which year that is', () => {
    const g = growthSeries([{ year: 2018, value: 100 }, { year: 2019, value: 110 }, { year: 2021, value: 220 }]);
    expect(g.map((p) => [p.year, Math.round(p.value), p.since])).toEqual([
      [2019, 10, 2018],
      [2021, 100, 2019],
    ]);
  });

  it('gives no average growth on fewer than three points', () => {
    expect(cagr([{ year: 2020, value: 100 }, { year: 2021, value: 110 }, { year: 2022, value: 121 }])).toBeCloseTo(10);
    expect(cagr([{ year: 2020, value: 100 }, { year: 2022, value: 121 }])).toBeNull();
    expect(cagr([{ year: 2020, value: 100 }])).toBeNull();
  });

  it('bases an index on the first year all series share, else the first year most of them share', () => {
    const a = [{ year: 2003, value: 1 }, { year: 2009, value: 2 }, { year: 2012, value: 3 }];
    const b = [{ year: 2006, value: 1 }, { year: 2009, value: 2 }];
    expect(commonBaseYear([a, b])).toBe(2009);
    expect(commonBaseYear([a, b, [{ year: 2012, value: 5 }]])).toBe(2009);
    expect(commonBaseYear([[{ year: 2010, value: 0 }, { year: 2011, value: 4 }]])).toBe(2011);
    expect(commonBaseYear([[], []])).toBeNull();
  });
});
