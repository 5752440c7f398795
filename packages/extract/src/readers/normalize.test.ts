import { describe, expect, it } from 'vitest';
import { joinWrappedLines, normalizeText } from './normalize';

describe('normalizeText', () => {
  it('recomposes NFD Vietnamese into NFC', () => {
    const nfd = 'Thông tin và Truyền thông đạt 98,1%'.normalize('NFD');
    expect(nfd.length).toBe(41);
    expect(normalizeText(nfd)).toBe('Thông tin và Truyền thông đạt 98,1%');
    expect(normalizeText(nfd).length).toBe(35);
  });

  it('turns NBSP, NNBSP, figure and thin spaces into spaces', () => {
    expect(normalizeText('8\u00a0740\u202ftỷ\u2007đồng\u2009nay')).toBe('8 740 tỷ đồng nay');
  });

  it('drops zero-width characters, BOMs and soft hyphens, even between a letter and its mark', () => {
    expect(normalizeText('\ufeff9.\u200b125 lư\u00adợt')).toBe('9.125 lượt');
    expect(normalizeText('o\u200b\u0302')).toBe('ô');
  });

  it('turns CRLF and CR into LF', () => {
    expect(normalizeText('a\r\nb\rc')).toBe('a\nb\nc');
  });
});

describe('joinWrappedLines', () => {
  it('joins a line wrapped inside a sentence', () => {
    expect(joinWrappedLines(['qua đường dây', 'nóng 1022'])).toBe('qua đường dây nóng 1022');
  });

  it('joins a word hyphenated across the break, and keeps a dash between words', () => {
    expect(joinWrappedLines(['Total sector revenue reached VND14.86 tril-', 'lion in 2023'])).toBe('Total sector revenue reached VND14.86 trillion in 2023');
    expect(joinWrappedLines(['the ICT sector -', 'information technology'])).toBe('the ICT sector - information technology');
  });

  it('joins a name broken across two lines of a page, not a short line over a capitalised one', () => {
    expect(joinWrappedLines(['Theo kết quả công bố Chỉ số chuyển đổi số năm 2023 (DTI 2023), tỉnh Vân', 'Khê xếp thứ 18/63.'])).toBe(
      'Theo kết quả công bố Chỉ số chuyển đổi số năm 2023 (DTI 2023), tỉnh Vân Khê xếp thứ 18/63.',
    );
    expect(joinWrappedLines(['Sở Thông tin và Truyền thông tỉnh Vân', 'Khê xếp thứ 18'])).toBe('Sở Thông tin và Truyền thông tỉnh Vân\nKhê xếp thứ 18');
  });

  it('keeps breaks between lines that stand alone', () => {
    expect(joinWrappedLines(['UBND TỈNH BÌNH NGUYÊN', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'])).toBe(
      'UBND TỈNH BÌNH NGUYÊN\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    );
    expect(joinWrappedLines(['Nơi nhận:', 'các sở'])).toBe('Nơi nhận:\ncác sở');
  });
});
