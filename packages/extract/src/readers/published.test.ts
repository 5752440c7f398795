import { describe, expect, it } from 'vitest';
import { findPublished, fromIsoDate } from './published';

describe('findPublished', () => {
  it.each([
    ['Người đăng tin: Admin Ngày đăng tin: 31/01/2019 Lượt xem: 125', { date: '2019-01-31', month: '2019-01' }],
    ['Số 01/2023, phát hành ngày 10/01/2023', { date: '2023-01-10', month: '2023-01' }],
    ['Cập nhật: 08:30 15/08/2023', { date: '2023-08-15', month: '2023-08' }],
    ['Số: 08/BC-STTTT    Bình Nguyên, ngày 11 tháng 01 năm 2021', { date: '2021-01-11', month: '2021-01' }],
    ['Ngày đăng tin: tháng 01/2023 | Chuyên mục', { month: '2023-01' }],
    ['(Đà Nẵng, tháng 1/2020) Năm 2019, ngành …', { month: '2020-01' }],
    ['Published: January 5, 2023 by the newsroom', { date: '2023-01-05', month: '2023-01' }],
    ['Home | Tech By Minh Khue – December 29, 2021 – 10:42 NGO DONG — The province …', { date: '2021-12-29', month: '2021-12' }],
    ['Home | Tech\nBy Minh Anh \u00a0|\u00a0 December 14, 2023 - 08:45\nKHAU LINH — The province …', { date: '2023-12-14', month: '2023-12' }],
    ['By Lan Huong, 14 December 2023\nThe province …', { date: '2023-12-14', month: '2023-12' }],
    ['Wednesday, December 29, 2021 | Hotline 1900 1234', { date: '2021-12-29', month: '2021-12' }],
    ['Posted on 5 Jan 2023', { date: '2023-01-05', month: '2023-01' }],
    ['Update: February, 21/2022 - 08:15\nNGA GIANG — The province …', { date: '2022-02-21', month: '2022-02' }],
  ])('%s', (text, expected) => {
    expect(findPublished(text)).toEqual(expected);
  });

  it('ignores a date an aside gives of something else (`… 2018 (published on 24 January 2019)`)', () => {
    expect(findPublished('- Vietnam ICT Index 2018 (published on 24 January 2019): ranked 34th out of 63.')).toEqual({});
  });

  it('ignores event dates and impossible dates', () => {
    expect(findPublished('Ngày 9/01/2023, Sở tổ chức hội nghị; Thứ Ba, 15/08/2023')).toEqual({});
    expect(findPublished('Ngày đăng: 31/02/2023')).toEqual({});
  });

  it('reads ISO dates from metadata', () => {
    expect(fromIsoDate('2024-01-08T09:00:00+07:00')).toEqual({ date: '2024-01-08', month: '2024-01' });
    expect(fromIsoDate('not a date')).toEqual({});
  });
});
