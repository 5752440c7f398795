import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, scanQuantities, toNumber, type Convention } from './numbers';
import { views } from './text';

const read = (raw: string, convention: Convention = 'vi'): number | undefined => {
  const p = parseNumber(raw, convention);
  return p ? toNumber(p.value) : undefined;
};

const first = (text: string, convention: Convention = 'vi') => scanQuantities(views(text).lower, convention)[0];

describe('number grammar', () => {
  it.each([
    ['25.200', 'vi', 25200],
    ['98,1', 'vi', 98.1],
    ['1.200.000', 'vi', 1200000],
    ['9.079,3', 'vi', 9079.3],
    ['0,2934', 'vi', 0.2934],
    ['05', 'vi', 5],
    ['25,200', 'en', 25200],
    ['98.1', 'en', 98.1],
    ['1,200,000', 'en', 1200000],
    ['1,234.5', 'en', 1234.5],
    ['8\u00a0740', 'vi', 8740],
    ['1 148', 'vi', 1148],
    ['3\u00a0456,78', 'vi', 3456.78],
  ] as const)('reads %s (%s) as %d', (raw, convention, value) => {
    expect(read(raw, convention)).toBe(value);
  });

  it('flags separators that read differently in the other convention', () => {
    expect(parseNumber('25,200', 'vi')).toMatchObject({ ambiguous: true });
    expect(read('25,200', 'vi')).toBe(25.2);
    expect(parseNumber('1.150', 'en')).toMatchObject({ ambiguous: true });
    expect(parseNumber('25.200', 'vi')).toMatchObject({ ambiguous: false });
    expect(parseNumber('1.5', 'vi')).toMatchObject({ ambiguous: false, style: 'en' });
  });

  it('refuses separators no convention writes', () => {
    expect(parseNumber('1.2.3', 'vi')).toBeUndefined();
    expect(parseNumber('12.34.567', 'vi')).toBeUndefined();
  });

  it.each([
    ['25.200 tỷ đồng', 25200, 9, 'VND'],
    ['800 triệu đồng', 800, 6, 'VND'],
    ['8,74 nghìn tỷ đồng', 8.74, 12, 'VND'],
    ['5,2 ngàn tỷ đồng', 5.2, 12, 'VND'],
    ['1,2 triệu tỷ đồng', 1.2, 15, 'VND'],
    ['1.234 tỉ đồng', 1234, 9, 'VND'],
    ['1.234 tỷ VNĐ', 1234, 9, 'VND'],
    ['1.234 tỷ đ', 1234, 9, 'VND'],
    ['78 triệu USD', 78, 6, 'USD'],
    ['140.000đ', 140000, 0, 'VND'],
    ['12.345 tr.đ', 12345, 6, 'VND'],
  ] as const)('reads scale and currency of %s', (text, value, scale, currency) => {
    const q = first(text)!;
    expect(toNumber(q.value)).toBe(value);
    expect(q.scale).toBe(scale);
    expect(q.currency).toBe(currency);
  });

  it.each([
    ['VND25.2 trillion', 25.2, 12, 'VND'],
    ['US$78 million', 78, 6, 'USD'],
    ['$1.5 billion', 1.5, 9, 'USD'],
    ['VND 341 billion', 341, 9, 'VND'],
    ['25,200 billion dong', 25200, 9, 'VND'],
    ['12 thousand', 12, 3, undefined],
  ] as const)('reads English %s', (text, value, scale, currency) => {
    const q = first(text, 'en')!;
    expect(toNumber(q.value)).toBe(value);
    expect(q.scale).toBe(scale);
    expect(q.currency).toBe(currency);
  });

  it('reads percentages, percentage points, ranges and labels', () => {
    expect(first('đạt 98,1 %')).toMatchObject({ percent: true });
    expect(first('tăng 5,2 điểm phần trăm')).toMatchObject({ points: true, percent: false });
    const r = first('khoảng 8- 9%')!;
    expect([toNumber(r.value), toNumber(r.max!)]).toEqual([8, 9]);
    expect(r.percent).toBe(true);
    expect(first('4,5 - 6 triệu USD')).toMatchObject({ scale: 6, currency: 'USD' });
    expect(first('mạng 4G')).toBeUndefined();
    expect(first('COVID-19')).toBeUndefined();
    expect(first('xếp thứ 25/63')).toMatchObject({ slashAfter: true });
    expect(first('đạt 48 tỷ lệ')?.scale).toBe(0);
  });
});

describe('number grammar, properties', () => {
  const decimals = fc.tuple(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 3 })).map(([n, k]) => n / 10 ** k);

  it("reads back every number Intl.NumberFormat('vi-VN') writes", () => {
    const f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
    fc.assert(fc.property(decimals, (x) => read(f.format(x), 'vi') === x));
  });

  it("reads back every number Intl.NumberFormat('en') writes", () => {
    const f = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });
    fc.assert(fc.property(decimals, (x) => read(f.format(x), 'en') === x));
  });

  it('finds the formatted number inside a sentence at its offsets', () => {
    const f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
    fc.assert(
      fc.property(decimals, fc.constantFrom('Doanh thu đạt ', 'Tổng cộng: ', '('), (x, before) => {
        const text = `${before}${f.format(x)} tỷ đồng.`;
        const q = scanQuantities(views(text).lower, 'vi')[0];
        return q !== undefined && q.start === before.length && toNumber(q.value) === x && q.scale === 9;
      }),
    );
  });
});
