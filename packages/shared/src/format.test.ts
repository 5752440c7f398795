import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatNumber, formatValue } from './format';

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
