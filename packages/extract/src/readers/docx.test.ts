import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from './docx';
import { blockTexts, expectWellFormed, rowsOf } from './fixtures/invariants';
import { readDocument } from './read-document';
import { ReadError } from './types';

const fixture = new Uint8Array(readFileSync(new URL('./fixtures/merged-header.docx', import.meta.url)));

describe('readDocx', async () => {
  const doc = await readDocx(fixture);

  it('repeats merged header cells (gridSpan, vMerge) so each column has its header', () => {
    expect(rowsOf(doc)).toEqual([
      'Chỉ tiêu | Đơn vị | Năm | Năm',
      'Chỉ tiêu | Đơn vị | 2019 | 2020',
      'Viễn thông | Viễn thông | Viễn thông | Viễn thông',
      'Doanh thu | Tỷ đồng | 850 | 1.150',
      'Trạm BTS | Trạm | - | -',
    ]);
    expect(doc.tables?.[0]?.headerRows).toBe(2);
    expect(doc.tables?.[0]?.columns).toEqual(['Chỉ tiêu', 'Đơn vị', 'Năm 2019', 'Năm 2020']);
    expectWellFormed(doc);
  });

  it('keeps headings, paragraphs and bulleted and numbered list items', () => {
    expect(blockTexts(doc, 'heading')).toEqual(['BÁO CÁO', '1. Kết quả']);
    expect(blockTexts(doc, 'list_item')).toEqual([
      'Doanh thu đạt 4.250 tỷ đồng.',
      'Nộp ngân sách 186 tỷ đồng.',
      'Mục đánh số thứ nhất',
      'Mục đánh số thứ hai',
    ]);
    expect(doc.text).toContain('Doanh thu đạt 4.250 tỷ đồng.\nNộp ngân sách 186 tỷ đồng.');
  });

  it('rejoins a hard line break inside a sentence', () => {
    expect(doc.text).toContain('qua đường dây nóng 1022 và Cổng Góp ý.');
  });

  it('returns NFC text for an NFD paragraph', () => {
    expect(doc.text).toContain('Kim ngạch xuất khẩu phần mềm đạt 12,4 triệu USD.');
  });

  it('reads the title (document type and subject) and the date line', () => {
    expect(doc.title).toBe('BÁO CÁO Tổng kết công tác năm 2023');
    expect(doc.published).toBe('2024-01-05');
  });

  it('reports a truncated document as corrupt', async () => {
    const cut = fixture.subarray(0, Math.floor(fixture.length * 0.6));
    await expect(readDocx(cut)).rejects.toMatchObject({ code: 'corrupt' });
    await expect(readDocument(cut)).rejects.toBeInstanceOf(ReadError);
    await expect(readDocument(cut)).rejects.toMatchObject({ code: 'corrupt', message: expect.stringMatching(/damaged or truncated/) });
  });

  it('is found from its bytes even when named .txt', async () => {
    const read = await readDocument(fixture);
    expect(read.format).toBe('docx');
  });
});
