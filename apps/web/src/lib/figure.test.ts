import { describe, expect, it } from 'vitest';
import { figureSpan } from '../features/indicator/quote';
import { locateFigure, readNumber } from './figure';

const sentence = 'Với tổng doanh thu toàn ngành 2018 đạt 25.200 tỷ đồng, tăng 16% so với năm 2017; trong đó doanh thu công nghệ thông tin đạt 16.130 tỷ đồng';

describe('finding the figure in a quote', () => {
  it('reads both number conventions', () => {
    expect(readNumber('25.200')).toEqual(expect.arrayContaining([25200, 25.2]));
    expect(readNumber('147,8')).toContain(147.8);
  });

  it('marks the number and its unit', () => {
    const span = locateFigure(sentence, [25200]);
    expect(span && sentence.slice(...span)).toBe('25.200 tỷ đồng');
    const it2 = locateFigure(sentence, [16130]);
    expect(it2 && sentence.slice(...it2)).toBe('16.130 tỷ đồng');
    expect(locateFigure(sentence, [99])).toBeNull();
  });

  it('finds a figure written in thousands of billions', () => {
    const q = 'doanh thu đạt 36,6 nghìn tỷ đồng';
    const span = locateFigure(q, [36600]);
    expect(span && q.slice(...span)).toBe('36,6 nghìn tỷ đồng');
  });

  it('prefers the stored offsets', () => {
    const quote = 'đạt 78 triệu USD, tăng 15%';
    const span = figureSpan({ quote, quote_start: 100, start: 104, end: 116, value: 78, value_min: null, value_max: null });
    expect(span && quote.slice(...span)).toBe('78 triệu USD');
    const bare = figureSpan({ quote, quote_start: 100, start: 104, end: 106, value: 78, value_min: null, value_max: null });
    expect(bare && quote.slice(...bare)).toBe('78 triệu USD');
  });
});
