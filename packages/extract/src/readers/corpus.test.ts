import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockTexts, expectWellFormed, rowsOf } from './fixtures/invariants';
import { readDocument } from './read-document';

const corpus = (name: string): Promise<ReturnType<typeof readDocument> extends Promise<infer T> ? T : never> =>
  readDocument(new Uint8Array(readFileSync(new URL(`../../corpus/reports/${name}`, import.meta.url))));

describe('corpus documents', () => {
  it('tay-lam-2021-report.pdf: pages in reading order, table row by row, running header and footer gone', async () => {
    const doc = await corpus('tay-lam-2021-report.pdf');
    expectWellFormed(doc);
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(3);
    expect(rowsOf(doc)).toEqual([
      'Chỉ tiêu | ĐVT | Thực hiện 2020 | Kế hoạch 2021 | Ước thực hiện 2021 | So với KH (%) | So với 2020 (%)',
      'Tổng doanh thu toàn ngành | Tỷ đồng | 2.840 | 3.050 | 3.105 | 101,8 | 109,3',
      'Doanh thu công nghiệp CNTT | Tỷ đồng | 368 | 400 | 412 | 103,0 | 112,0',
      'Nộp ngân sách nhà nước | Tỷ đồng | 171 | 180 | 186 | 103,3 | 108,8',
      'Số DVCTT mức độ 3, 4 | Dịch vụ | 842 | 1.000 | 1.085 | 108,5 | 128,9',
      'Tỷ lệ hồ sơ nộp và xử lý trực tuyến | % | 12,6 | 20 | 24,3 | 121,5 | -',
      'Tổng số trạm BTS | Trạm | 1.392 | 1.450 | 1.468 | 101,2 | 105,5',
    ]);
    expect(doc.text).not.toMatch(/Trang \d\/3|UBND TỈNH TÂY LÂM - SỞ/);
    expect(doc.text).toContain('chiếm 86,4% tổng số vị trí. Tuy vậy, toàn tỉnh vẫn còn 37 thôn');
    expect(doc.text).toContain('Tổng doanh thu toàn ngành năm 2021 ước đạt 3.105 tỷ đồng, đạt 101,8% kế hoạch, tăng 9,3% so với năm 2020.');
    const order = ['I. KẾT QUẢ', 'Bảng 1.', '3. Xây dựng chính quyền', 'II. TỒN TẠI', 'III. KẾ HOẠCH', 'Lò Văn Thắng'].map((s) => doc.text.indexOf(s));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] as number)))).toBe(true);
    expect(doc.published).toBe('2022-01-10');
  });

  it('binh-nguyen-2020-report.docx: table rows with their cells, lists and headings', async () => {
    const doc = await corpus('binh-nguyen-2020-report.docx');
    expectWellFormed(doc);
    const rows = rowsOf(doc);
    expect(rows).toHaveLength(11);
    expect(rows[0]).toBe('Chỉ tiêu | Đơn vị tính | Kế hoạch 2020 | Thực hiện 2020 | So sánh (%)');
    expect(rows[1]).toBe('Tổng doanh thu toàn ngành TT&TT | Tỷ đồng | 7.000 | 7.150 | 102,1');
    expect(rows[10]).toBe('Tỷ lệ ý kiến phản ánh được xử lý, phản hồi | % | 95 | 95,9 | 100,9');
    expect(blockTexts(doc, 'heading')).toContain('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020');
    expect(blockTexts(doc, 'list_item')).toContain('Kim ngạch xuất khẩu phần mềm đạt 13-14 triệu USD.');
    expect(doc.published).toBe('2021-01-11');
  });

  it('tay-lam-2019-2022-table.html: the table and the comment, no portal furniture', async () => {
    const doc = await corpus('tay-lam-2019-2022-table.html');
    expectWellFormed(doc);
    const rows = rowsOf(doc);
    expect(rows[0]).toBe('Chỉ tiêu | Đơn vị tính | 2019 | 2020 | 2021 | 2022');
    expect(rows[1]).toBe('Tổng doanh thu toàn ngành | Tỷ đồng | 2.615 | 2.840 | 3.105 | 3.428');
    expect(rows[9]).toBe('Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) | Hạng/63 | - | 38 | 31 | 27');
    expect(doc.tables?.[0]?.columns).toEqual(['Chỉ tiêu', 'Đơn vị tính', '2019', '2020', '2021', '2022']);
    expect(doc.text).toContain('giảm từ 6,12% năm 2019 xuống còn 1,05% năm 2022');
    for (const furniture of ['Đường dây nóng: 1022', 'truy cập', '3.204.517', '852 114', '1125/QĐ-UBND', 'tổ công nghệ số cộng đồng', 'Trần Hưng Đạo', '05/GP-TTĐT', 'Thứ Ba']) {
      expect(doc.text).not.toContain(furniture);
    }
    expect(doc.title).toBe('Số liệu thống kê ngành Thông tin và Truyền thông tỉnh Tây Lâm giai đoạn 2019-2022');
    expect(doc.published).toBe('2023-08-15');
  });

  it('danang-2022-review.html: the article with its headline, no portal furniture', async () => {
    const doc = await corpus('danang-2022-review.html');
    expectWellFormed(doc);
    expect(blockTexts(doc)[0]).toBe('Năm 2022, doanh thu ngành Thông tin và Truyền thông đạt 34.293 tỷ đồng');
    expect(blockTexts(doc, 'heading')).toContain('Kinh tế số chiếm 17% GRDP');
    expect(doc.text).toContain('tổng doanh thu toàn ngành năm 2022 đạt 34.293 tỷ đồng, đạt 103,4% kế hoạch');
    for (const furniture of ['Tổng đài dịch vụ công', 'Đăng nhập', 'Trụ sở', '3840123', '37/GP-TTĐT', 'WiFi miễn phí tại 18', 'Chia sẻ', 'Cơ cấu tổ chức']) {
      expect(doc.text).not.toContain(furniture);
    }
    expect(doc.publishedMonth).toBe('2023-01');
  });

  it('binh-nguyen-2022-bulletin.txt (NFD with no-break spaces): NFC, plain spaces', async () => {
    const doc = await corpus('binh-nguyen-2022-bulletin.txt');
    expectWellFormed(doc);
    expect(doc.text).toContain('tổng doanh thu toàn ngành năm 2022 ước đạt 8 740 tỷ đồng, tăng 11,2 % so với năm 2021');
    expect(blockTexts(doc, 'heading')).toEqual(['DOANH THU NGÀNH THÔNG TIN VÀ TRUYỀN THÔNG NĂM 2022 ƯỚC ĐẠT 8,74 NGHÌN TỶ ĐỒNG']);
    expect(doc.published).toBe('2023-01-10');
  });

  it.each([
    ['danang-2018-ict-review.txt', 'Với tổng doanh thu toàn ngành 2018 đạt 25.200 tỷ đồng, tăng 16% so với năm 2017', '2019-01-31'],
    ['danang-2019-review.txt', 'tổng doanh thu toàn ngành năm 2019 đạt trên 30.050 tỷ đồng, tăng 19,2% so với năm 2018', undefined],
    ['binh-nguyen-2021-h1.txt', 'Sơ kết công tác thông tin và truyền thông 6 tháng đầu năm 2021, nhiệm vụ trọng tâm 6 tháng cuối năm 2021', '2021-07-12'],
  ])('%s reads as paragraphs', async (name, sentence, published) => {
    const doc = await corpus(name);
    expectWellFormed(doc);
    expect(doc.format).toBe('text');
    expect(doc.text).toContain(sentence);
    expect(doc.published).toBe(published);
  });
});
