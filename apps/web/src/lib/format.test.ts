import { formatChange, formatDate, formatNumber, formatValue } from '@chiso/shared';
import { describe, expect, it } from 'vitest';
import { displayPercent, displayValue, outlet, sameChange } from './display';

describe('numbers and units in both languages', () => {
  it('writes money in the language’s grouping and unit', () => {
    expect(formatValue(25200, 'billion_vnd', 'vi')).toBe('25.200 tỷ đồng');
    expect(formatValue(25200, 'billion_vnd', 'en')).toBe('25,200 billion VND');
    expect(formatValue(132, 'million_usd', 'vi')).toBe('132 triệu USD');
    expect(formatValue(132, 'million_usd', 'en')).toBe('132 million USD');
    expect(formatValue(147.8, 'million_usd', 'vi')).toBe('147,8 triệu USD');
    expect(formatValue(147.8, 'million_usd', 'en')).toBe('147.8 million USD');
  });

  it('groups four-digit numbers in Vietnamese as reports do', () => {
    expect(formatNumber(5700, 'vi')).toBe('5.700');
    expect(formatNumber(5700, 'en')).toBe('5,700');
  });

  it('writes shares, ranks and scores', () => {
    expect(formatValue(98.1, 'percent', 'vi')).toBe('98,1%');
    expect(formatValue(98.1, 'percent', 'en')).toBe('98.1%');
    expect(formatValue(1, 'rank', 'vi')).toBe('hạng 1');
    expect(formatValue(1, 'rank', 'en')).toBe('rank 1');
    expect(formatValue(0.8485, 'score', 'vi')).toBe('0,8485 điểm');
    expect(formatValue(0.8485, 'score', 'en')).toBe('0.8485 points');
  });

  it('keeps the source’s qualification of a figure', () => {
    expect(displayValue(9021, 'billion_vnd', 'vi', 'over')).toBe('trên 9.021 tỷ đồng');
    expect(displayValue(9021, 'billion_vnd', 'en', 'over')).toBe('over 9,021 billion VND');
    expect(displayValue(147.8, 'million_usd', 'vi', 'about')).toBe('khoảng 147,8 triệu USD');
    expect(displayValue(1.3, 'million_usd', 'en', 'under')).toBe('nearly 1.3 million USD');
  });

  it('writes signed changes and plan attainment', () => {
    expect(formatChange(34.01, 'vi')).toBe('+34%');
    expect(formatChange(-2.46, 'vi')).toBe('−2,5%');
    expect(formatChange(-2.46, 'en')).toBe('−2.5%');
    expect(displayPercent(101.25, 'vi')).toBe('101,25%');
    expect(displayPercent(101.25, 'en')).toBe('101.25%');
  });

  it('treats a stated change as the same when it rounds alike', () => {
    expect(sameChange(34.01, 34)).toBe(true);
    expect(sameChange(9.6, 8.1)).toBe(false);
  });

  it('writes dates in the language’s format', () => {
    expect(formatDate('2019-01-31', 'vi')).toBe('31/01/2019');
    expect(formatDate('2019-01-31', 'en')).toBe('Jan 31, 2019');
    expect(formatDate('2023-01', 'vi')).toBe('tháng 1/2023');
  });

  it('credits the publisher, else the site', () => {
    expect(outlet({ publisher: null, url: 'https://m.viettimes.vn/a' })).toBe('viettimes.vn');
    expect(outlet({ publisher: 'Sở TT&TT Đà Nẵng', url: null })).toBe('Sở TT&TT Đà Nẵng');
  });
});

describe('a source without a title', () => {
  it('is named by its outlet and date, never by a title guessed from its address', async () => {
    const { sourceName } = await import('./display');
    const untitled = { title: null, publisher: 'Pháp Luật TP.HCM', url: 'https://plo.vn/nganh-tt-tt-da-nang-co-nhieu-dau-an-noi-bat-trong-nam-2023-post772185.html', published_on: '2024-01-16' };
    expect(sourceName(untitled, 'vi')).toEqual({ text: 'Pháp Luật TP.HCM, 16/01/2024', title: null });
    expect(sourceName({ ...untitled, publisher: null }, 'en').text).toBe('plo.vn, Jan 16, 2024');
    expect(sourceName({ ...untitled, title: 'Đà Nẵng tiếp tục dẫn đầu' }, 'en')).toEqual({ text: 'Đà Nẵng tiếp tục dẫn đầu', title: 'Đà Nẵng tiếp tục dẫn đầu' });
  });
});
