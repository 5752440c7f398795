import { describe, expect, it } from 'vitest';
import { cagr, changePct, growthSeries, indexSeries } from './series';

describe('series maths', () => {
  it('computes a percentage change, or null when undefined', () => {
    expect(changePct(100, 134)).toBeCloseTo(34);
    expect(changePct(0, 5)).toBeNull();
    expect(changePct(null, 5)).toBeNull();
  });
  it('indexes to the first year = 100', () => {
    expect(indexSeries([{ year: 2020, value: 50 }, { year: 2021, value: 75 }])).toEqual([
      { year: 2020, value: 100 },
      { year: 2021, value: 150 },
    ]);
  });
  it('computes growth only against the year just before', () => {
    const g = growthSeries([{ year: 2018, value: 100 }, { year: 2019, value: 110 }, { year: 2021, value: 200 }]);
    expect(g).toHaveLength(1);
    expect(g[0]!.year).toBe(2019);
    expect(g[0]!.value).toBeCloseTo(10);
  });
  it('computes a compound annual growth rate', () => {
    expect(cagr([{ year: 2020, value: 100 }, { year: 2022, value: 121 }])).toBeCloseTo(10);
    expect(cagr([{ year: 2020, value: 100 }])).toBeNull();
  });
});
