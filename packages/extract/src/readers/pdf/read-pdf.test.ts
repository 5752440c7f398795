import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockTexts, expectWellFormed, rowsOf } from '../fixtures/invariants';
import { readDocument } from '../read-document';
import { readPdf } from './read-pdf';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

describe('readPdf', async () => {
  const doc = await readPdf(fixture('report-2pages.pdf'));

  it('reads both pages, and every block carries its page', () => {
    expect(doc.pages).toBe(2);
    expect(new Set(doc.blocks.map((b) => b.page))).toEqual(new Set([1, 2]));
    expect(blockTexts(doc).at(-1)).toBe('Năm 2024, ngành phấn đấu tổng doanh thu đạt khoảng 4.600 tỷ đồng.');
    expect(doc.blocks.at(-1)?.page).toBe(2);
    expectWellFormed(doc);
  });

  it('drops running headers and footers with their page numbers', () => {
    expect(doc.text).not.toMatch(/SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH THỬ NGHIỆM|Trang \d\/2|01\/BC-TN/);
  });

  it('rejoins lines wrapped inside a paragraph, also across a page break', () => {
    expect(blockTexts(doc, 'paragraph')).toContain(
      'Năm 2023, tổng doanh thu toàn ngành đạt 4.250 tỷ đồng, tăng 8,5% so với năm 2022 và đạt 101,2% kế hoạch. Doanh thu công nghiệp công nghệ thông tin đạt 615 tỷ đồng; kim ngạch xuất khẩu phần mềm đạt 3,4 triệu USD.',
    );
    expect(doc.text).toContain('tiết kiệm khoảng 1,6 tỷ đồng chi phí in ấn và gửi văn bản giấy.');
  });

  it('lays the table out row by row, wrapped header and label cells joined', () => {
    expect(rowsOf(doc)).toEqual([
      'Chỉ tiêu | Thực hiện 2022 | Kế hoạch 2023 | Thực hiện 2023',
      'Tổng doanh thu toàn ngành (tỷ đồng) | 3.917 | 4.200 | 4.250',
      'Số trạm BTS (trạm) | 1.580 | 1.650 | 1.702',
      'Tỷ lệ hồ sơ trực tuyến (%) | 45,2 | 50 | 52,8',
    ]);
    expect(doc.tables?.[0]?.headerRows).toBe(1);
  });

  it('finds headings, list items (bullets dropped) and the metadata title', () => {
    expect(blockTexts(doc, 'heading')).toEqual(['BÁO CÁO KẾT QUẢ NĂM 2023', '1. Các chỉ tiêu chủ yếu', '2. Chính quyền số']);
    expect(blockTexts(doc, 'list_item')).toEqual([
      'Trong năm, tỉnh đưa thêm 120 dịch vụ công trực tuyến toàn trình vào vận hành, nâng tổng số lên 1.240 dịch vụ.',
      'Tỷ lệ hồ sơ nộp và xử lý trực tuyến đạt 52,8%, vượt chỉ tiêu 50% được giao.',
    ]);
    expect(doc.title).toBe('Báo cáo thử nghiệm hai trang');
  });

  it('reports a PDF of blank scanned images as having no text, after OCR found no words on them', async () => {
    await expect(readPdf(fixture('scanned.pdf'))).rejects.toMatchObject({
      code: 'no_text',
      message: expect.stringMatching(/neither a text layer nor words that OCR could read/),
    });
  });

  it('reports truncated and garbled PDFs as corrupt', async () => {
    const pdf = fixture('report-2pages.pdf');
    await expect(readDocument(pdf.subarray(0, Math.floor(pdf.length / 2)))).rejects.toMatchObject({ code: 'corrupt' });
    const garbled = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...pdf.subarray(4000, 9000), ...new TextEncoder().encode('\n%%EOF\n')]);
    await expect(readDocument(garbled)).rejects.toMatchObject({ code: expect.stringMatching(/^(corrupt|no_text)$/) });
  });

  it('stops a read that takes too long, and reads again afterwards', async () => {
    await expect(readPdf(fixture('report-2pages.pdf'), { timeoutMs: 1 })).rejects.toMatchObject({ code: 'corrupt', message: expect.stringMatching(/within/) });
    expect((await readPdf(fixture('report-2pages.pdf'))).text).toBe(doc.text);
  });

  it('reads several PDFs at once', async () => {
    const texts = await Promise.all([1, 2, 3].map(() => readPdf(fixture('report-2pages.pdf')).then((d) => d.text)));
    expect(texts).toEqual([doc.text, doc.text, doc.text]);
  });
});
