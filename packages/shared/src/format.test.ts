import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatNumber, formatPlain, formatRank, formatValue, parseTypedNumber } from './format';

describe('format', () => {
  it.each([
    [25200, 'billion_vnd', 'vi', '25.200 tỷ đồng'],
    [25200, 'billion_vnd', 'en', '25,200 billion VND'],
    [5700, 'billion_vnd', 'vi', '5.700 tỷ đồng'],
    [132, 'million_usd', 'vi', '132 triệu USD'],
    [132, 'million_usd', 'en', '132 million USD'],
    [98.1, 'percent', 'vi', '98,1%'],
    [98.1, 'percent', 'en', '98.1%'],
    [5, 'rank', 'vi', 'hạng 5'],
    [0.8123, 'score', 'vi', '0,8123 điểm'],
  ] as const)('%d %s in %s → %s', (v, unit, lang, expected) => {
    expect(formatValue(v, unit, lang)).toBe(expected);
  });
  it('writes a rank with its denominator', () => {
    expect(formatRank(3, 63, 'vi')).toBe('hạng 3/63');
    expect(formatRank(17, 34, 'en')).toBe('rank 17/34');
    expect(formatRank(8, null, 'vi')).toBe('hạng 8');
  });
  it('groups large numbers in both languages', () => {
    expect(formatNumber(1200000, 'vi')).toBe('1.200.000');
    expect(formatNumber(1200000, 'en')).toBe('1,200,000');
  });
  it('signs changes with a true minus', () => {
    expect(formatChange(34.04, 'vi')).toBe('+34%');
    expect(formatChange(-2.46, 'vi')).toBe('−2,5%');
    expect(formatChange(-2.46, 'en')).toBe('−2.5%');
  });
  it('formats partial dates', () => {
    expect(formatDate('2024-01-16', 'vi')).toBe('16/01/2024');
    expect(formatDate('2024-01', 'vi')).toBe('tháng 1/2024');
    expect(formatDate('2024', 'en')).toBe('2024');
    expect(formatDate('2024-01-16', 'en')).toBe('Jan 16, 2024');
  });
});

describe('typed numbers', () => {
  it.each([
    ['1.024', 'vi', 1024],
    ['1.200.000', 'vi', 1200000],
    ['98,1', 'vi', 98.1],
    ['25.200,5', 'vi', 25200.5],
    ['98.1', 'vi', 98.1],
    ['1,024', 'en', 1024],
    ['98.1', 'en', 98.1],
    ['1,5', 'en', 1.5],
    [' −2,5 ', 'vi', -2.5],
    ['', 'vi', null],
  ] as const)('%s in %s → %s', (s, lang, expected) => {
    expect(parseTypedNumber(s, lang)).toBe(expected);
  });
  it('refuses what is not a number', () => {
    expect(parseTypedNumber('abc', 'vi')).toBeNaN();
    expect(parseTypedNumber('1.02.4', 'vi')).toBeNaN();
  });
  it('reads back what formatPlain writes, in both languages', () => {
    for (const v of [1.024, 1024, 98.1, 0.8123, -2.5, 25200]) {
      expect(parseTypedNumber(formatPlain(v, 'vi'), 'vi')).toBe(v);
      expect(parseTypedNumber(formatPlain(v, 'en'), 'en')).toBe(v);
    }
  });
});
