import { describe, expect, it } from 'vitest';
import { documentTitle, titleLine } from './title-line';

describe('a report’s own title line', () => {
  it('passes over the header of an official document to its kind and subject', () => {
    const text = [
      'UBND THÀNH PHỐ ĐÀ NẴNG',
      'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      'Số: 12/BC-STTTT',
      'Đà Nẵng, ngày 20 tháng 01 năm 2019',
      'BÁO CÁO',
      'Tổng kết công tác năm 2018 và phương hướng năm 2019',
      'Năm 2018, ngành đạt nhiều kết quả.',
    ].join('\n');
    expect(titleLine(text)).toBe('BÁO CÁO Tổng kết công tác năm 2018 và phương hướng năm 2019');
  });

  it('takes the first line when it is a title, and none when the text opens with prose', () => {
    expect(titleLine('Sở Thông tin và Truyền thông thành phố Đà Nẵng\nBáo cáo tình hình hạ tầng viễn thông năm 2020\n\nNăm 2020, …')).toBe(
      'Báo cáo tình hình hạ tầng viễn thông năm 2020',
    );
    expect(titleLine('Năm 2018, tổng doanh thu đạt 25.200 tỷ đồng.\nKim ngạch đạt 75 triệu USD.')).toBeNull();
    expect(titleLine('')).toBeNull();
  });

  it('keeps a reader’s title unless a word processor left a file name there', () => {
    expect(documentTitle('Tổng kết năm 2019', 'Báo cáo khác')).toBe('Tổng kết năm 2019');
    expect(documentTitle('Microsoft Word - baocao2019.docx', 'Báo cáo năm 2019\nNăm 2019, …')).toBe('Báo cáo năm 2019');
    expect(documentTitle(null, 'Báo cáo năm 2019\nNăm 2019, …')).toBe('Báo cáo năm 2019');
  });
});
