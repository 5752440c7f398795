import { describe, expect, it } from 'vitest';
import { niceTicks, yearTicks } from './scale';
import { textWidth, wrapText } from './text';

describe('scales', () => {
  it('nice ticks cover the domain at round steps', () => {
    expect(niceTicks(0, 39888, 5).values).toEqual([0, 10000, 20000, 30000, 40000]);
    expect(niceTicks(0, 20.69, 5).values).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(-12.5, 31, 4).values).toEqual([-20, 0, 20, 40]);
    expect(niceTicks(5, 5).values[0]).toBe(0);
  });

  it('year ticks thin out to fit', () => {
    expect(yearTicks(2009, 2024, 800)).toHaveLength(16);
    expect(yearTicks(2009, 2024, 300)).toEqual([2010, 2015, 2020]);
    expect(yearTicks(2020, 2020, 300)).toEqual([2020]);
  });

  it('wraps text to lines and cuts with an ellipsis', () => {
    const s = 'Tổng doanh thu toàn ngành Thông tin và Truyền thông';
    expect(wrapText(s, 10_000, 16, 2)).toEqual([s]);
    const two = wrapText(s, 200, 16, 2);
    expect(two).toHaveLength(2);
    const cut = wrapText(s, 120, 16, 1);
    expect(cut[0]!.endsWith('…')).toBe(true);
    expect(textWidth(cut[0]!, 16)).toBeLessThanOrEqual(120);
  });
});
