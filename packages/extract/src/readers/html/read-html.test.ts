import { describe, expect, it } from 'vitest';
import { blockTexts, expectWellFormed, rowsOf } from '../fixtures/invariants';
import { ReadError } from '../types';
import { readHtml } from './read-html';

const read = (s: string) => readHtml(new TextEncoder().encode(s));

const paragraph = (n: number) =>
  `<p>Đoạn ${n}: năm 2023, ngành thông tin và truyền thông của tỉnh tiếp tục phát triển ổn định, doanh thu và hạ tầng đều tăng so với năm trước, đáp ứng yêu cầu chuyển đổi số.</p>`;

const PORTAL = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Doanh thu ngành đạt 4.250 tỷ đồng - Sở TT&amp;TT tỉnh Thử Nghiệm</title>
<meta property="article:published_time" content="2024-01-08T09:00:00+07:00"></head>
<body>
<div class="top-bar">Đường dây nóng: 1022 | <a href="/dang-nhap">Đăng nhập</a></div>
<nav id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li><li><a href="/van-ban">Văn bản</a></li></ul></nav>
<div id="wrapper"><main><article>
<h1>Doanh thu ngành đạt 4.250&nbsp;tỷ đồng</h1>
<p class="meta">Ngày đăng: 08/01/2024</p>
${paragraph(1)}
<p>Tổng doanh thu toàn ngành đạt 4.250&nbsp;tỷ đồng, tăng 8,5&nbsp;% so với năm 2022.<br>Số trạm BTS đạt 1.702 trạm.</p>
<h2>Chỉ tiêu chủ yếu</h2>
<table>
  <caption>Bảng 1. Chỉ tiêu theo năm</caption>
  <thead>
    <tr><th rowspan="2">Chỉ tiêu</th><th colspan="2">Năm</th></tr>
    <tr><th>2019</th><th>2020</th></tr>
  </thead>
  <tbody>
    <tr><td colspan="3"><strong>Viễn thông</strong></td></tr>
    <tr><td>Số trạm BTS 4G</td><td>850</td><td>1.150</td></tr>
    <tr><td>Doanh thu (tỷ đồng)</td><td><span>1</span>.200</td><td>1.350</td></tr>
  </tbody>
</table>
${paragraph(2)}
<ul><li>Mục một: 120 dịch vụ.</li><li>Mục hai: 52,8%.</li></ul>
</article></main>
<aside class="sidebar"><h3>Tin mới</h3><ul><li><a href="#">Hội nghị tập huấn cho 450 cán bộ</a></li></ul>
<div class="counter"><p>Đang truy cập: 86</p><p>Tổng lượt truy cập: 3.204.517</p></div></aside></div>
<footer><p>Địa chỉ: Số 25 đường Trần Hưng Đạo</p><p>Điện thoại: (0200) 3 852 114</p><p>Giấy phép số 05/GP-TTĐT</p></footer>
</body></html>`;

describe('readHtml', () => {
  const doc = read(PORTAL);

  it('keeps the article and drops menus, sidebars, counters, hotline and footer', () => {
    expect(doc.text).toContain('Tổng doanh thu toàn ngành đạt 4.250 tỷ đồng');
    for (const furniture of ['Trang chủ', 'Đăng nhập', '1022', 'Tin mới', '450 cán bộ', 'truy cập', '3.204.517', 'Trần Hưng Đạo', '852 114', '05/GP']) {
      expect(doc.text).not.toContain(furniture);
    }
    expectWellFormed(doc);
  });

  it('writes each table row on one line with its cells apart, merged cells repeated', () => {
    expect(rowsOf(doc)).toEqual([
      'Chỉ tiêu | Năm | Năm',
      'Chỉ tiêu | 2019 | 2020',
      'Viễn thông | Viễn thông | Viễn thông',
      'Số trạm BTS 4G | 850 | 1.150',
      'Doanh thu (tỷ đồng) | 1.200 | 1.350',
    ]);
    const table = doc.tables?.[0];
    expect(table?.headerRows).toBe(2);
    expect(table?.columns).toEqual(['Chỉ tiêu', 'Năm 2019', 'Năm 2020']);
    expect(table?.caption).toBe('Bảng 1. Chỉ tiêu theo năm');
    expect(table?.rows[2]?.spanning).toBe(true);
    const row = table?.rows[3];
    expect(row?.cells.map((c) => doc.text.slice(c.start, c.end))).toEqual(['Số trạm BTS 4G', '850', '1.150']);
    expect(doc.text).not.toContain('8501.150');
  });

  it('keeps headings as written (not uppercased), list items, and &nbsp; as a space', () => {
    expect(blockTexts(doc, 'heading')).toEqual(['Doanh thu ngành đạt 4.250 tỷ đồng', 'Chỉ tiêu chủ yếu']);
    expect(blockTexts(doc, 'list_item')).toEqual(['Mục một: 120 dịch vụ.', 'Mục hai: 52,8%.']);
    expect(doc.text).toContain('tăng 8,5 % so với năm 2022.\nSố trạm BTS đạt 1.702 trạm.');
  });

  it('reads the title and the publication date', () => {
    expect(doc.title).toBe('Doanh thu ngành đạt 4.250 tỷ đồng');
    expect(doc.published).toBe('2024-01-08');
  });

  it('falls back to the page without its furniture when Readability finds no article', () => {
    const small = read(`<html><head><title>Bảng số liệu</title></head><body>
      <nav><a href="/">Trang chủ</a></nav>
      <div class="noi-dung"><p>Ngày đăng: 15/08/2023</p><table><tr><th>Chỉ tiêu</th><th>2022</th></tr><tr><td>Trạm BTS</td><td>1.587</td></tr></table></div>
      <div class="thong-ke-truy-cap">Hôm nay: 1.935</div><footer>Điện thoại: 0200 385 2114</footer></body></html>`);
    expect(rowsOf(small)).toEqual(['Chỉ tiêu | 2022', 'Trạm BTS | 1.587']);
    expect(small.text).not.toMatch(/Trang chủ|1\.935|385/);
    expect(small.published).toBe('2023-08-15');
    expect(small.title).toBe('Bảng số liệu');
    expectWellFormed(small);
  });

  it('keeps a long table whose body Readability would take for the article and flatten into paragraphs', () => {
    // decimal commas in every cell make Readability score the table's cells as prose
    const row = (n: number) => `<tr><td>${n}</td><td>Văn bản điện tử gửi, nhận liên thông, loại ${n}</td><td>%</td><td>${40 + n},${n}</td><td>${50 + n},${n}</td><td>+${n},5 (*)</td></tr>`;
    const section = (name: string) => `<tr><td colspan="6"><strong>${name}</strong></td></tr>`;
    const html = `<html><body><h1>Kết quả năm 2024</h1>${paragraph(1)}
<table class="table-data" border="1"><caption>Bảng: Kết quả thực hiện</caption>
<thead><tr><th rowspan="2">TT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">Đơn vị tính</th><th colspan="2">Kết quả thực hiện</th><th rowspan="2">Tăng/giảm (%)</th></tr>
<tr><th>Năm 2023</th><th>Năm 2024</th></tr></thead>
<tbody>${section('I. Công nghiệp CNTT')}${[1, 2, 3, 4, 5].map(row).join('')}${section('II. Hạ tầng')}${[6, 7, 8].map(row).join('')}${section('III. Chính quyền số')}${[9, 10, 11].map(row).join('')}</tbody></table></body></html>`;
    const doc = read(html);
    expectWellFormed(doc);
    expect(doc.tables).toHaveLength(1);
    expect(doc.text).toContain('TT | Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024 | Tăng/giảm (%)');
    expect(doc.text).toContain('11 | Văn bản điện tử gửi, nhận liên thông, loại 11 | % | 51,11 | 61,11 | +11,5 (*)');
  });

  it('decodes a declared legacy charset and recomposes its accents', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<html><head><meta charset="windows-1258"></head><body><p>Vi'),
      0xea, 0xf2, 0x74,
      ...new TextEncoder().encode(' Nam</p></body></html>'),
    ]);
    expect(readHtml(bytes).text).toBe('Việt Nam');
  });

  it('reads a dashboard card as one sentence: its label, its figure and its notes', () => {
    const card = (label: string, value: string, meta: string) => `<div class="card"><div class="label">${label}</div><div class="value">${value}</div><div class="meta">${meta}</div></div>`;
    const page = read(`<html><body><main><h1>Digital Transformation Dashboard 2024</h1>
      <p>This dashboard brings together the main indicators of the information and communications sector of the province for the calendar year 2024, updated every quarter by the department.</p>
      <div class="cards">${card('ICT sector revenue', 'VND 7,215 billion', '2024 &middot; +12.4% y/y &middot; 2023: VND 6,419 billion')}${card('IT enterprises', '286', '2024 &middot; +19 enterprises')}
      <div class="card"><div>Note</div><div>Figures are preliminary and will be revised in the statistical yearbook.</div></div></div></main></body></html>`);
    expect(blockTexts(page)).toEqual([
      'Digital Transformation Dashboard 2024',
      'This dashboard brings together the main indicators of the information and communications sector of the province for the calendar year 2024, updated every quarter by the department.',
      'ICT sector revenue: VND 7,215 billion (2024; +12.4% y/y; 2023: VND 6,419 billion).',
      'IT enterprises: 286 (2024; +19 enterprises).',
      'Note',
      'Figures are preliminary and will be revised in the statistical yearbook.',
    ]);
    expectWellFormed(page);
  });

  it('reads a definition list as one sentence per term, its descriptions after a colon, and keeps heading levels', () => {
    const page = read(`<html><body><main><h1>Số liệu thống kê ngành năm 2024</h1>
      <p>Trang này công bố các chỉ tiêu chủ yếu của ngành thông tin và truyền thông của tỉnh, cập nhật định kỳ hằng quý.</p>
      <h2>Năm 2023</h2><h3>Doanh thu toàn ngành</h3>
      <dl><dt>Tổng doanh thu toàn ngành</dt><dd><span>6.374,2</span> <small>tỷ đồng</small></dd>
      <div><dt>Kế hoạch năm 2023</dt><dd>6.200 tỷ đồng</dd><dd>giao tại Quyết định số 12/QĐ-UBND</dd></div></dl></main></body></html>`);
    expect(blockTexts(page)).toEqual([
      'Số liệu thống kê ngành năm 2024',
      'Trang này công bố các chỉ tiêu chủ yếu của ngành thông tin và truyền thông của tỉnh, cập nhật định kỳ hằng quý.',
      'Năm 2023',
      'Doanh thu toàn ngành',
      'Tổng doanh thu toàn ngành: 6.374,2 tỷ đồng.',
      'Kế hoạch năm 2023: 6.200 tỷ đồng; giao tại Quyết định số 12/QĐ-UBND.',
    ]);
    expect(page.blocks?.filter((b) => b.kind === 'heading' && b.level !== undefined).map((b) => b.level)).toEqual([2, 3]);
    expectWellFormed(page);
  });

  it('reports a page without text as empty', () => {
    expect(() => read('<html><body><script>var a = 1;</script></body></html>')).toThrow(ReadError);
  });

  it('cuts text at blank lines made with <br><br>, and rejoins wrapped lines', () => {
    const page = read('<html><body><font>Dòng một<br><br>Dòng hai tiếp<br>theo dòng ba<br><br>Tổng lượt truy cập: 1.234</font></body></html>');
    expect(blockTexts(page)).toEqual(['Dòng một', 'Dòng hai tiếp theo dòng ba']);
    expectWellFormed(page);
  });

  it('reads an English news story: headline, byline date, body without header, sidebar or footer', () => {
    const body = (s: string) => `<p>${s} The department gave the figures at its annual review meeting in the city.</p>`;
    const page = read(`<!doctype html><html><head><title>Da Nang ICT revenue tops VND34 trillion | VnBiz</title></head><body>
      <header><a href="/">Home</a><nav><a href="/tech">Tech</a></nav></header>
      <article><h1>Da Nang ICT revenue tops VND34 trillion</h1><div class="byline">Published: January 12, 2023</div>
      ${body('Revenue reached VND34.29 trillion in 2022, up 9.6% from the previous year.')}
      ${body('Software exports rose 34% to US$132 million.')}
      <div class="related"><a href="#">Hanoi ICT revenue</a></div></article>
      <aside>Most read</aside><footer>Hotline: 1900 1234</footer></body></html>`);
    expect(page.title).toBe('Da Nang ICT revenue tops VND34 trillion');
    expect(page.published).toBe('2023-01-12');
    expect(blockTexts(page)[0]).toBe('Da Nang ICT revenue tops VND34 trillion');
    expect(page.text).toContain('Revenue reached VND34.29 trillion in 2022, up 9.6% from the previous year.');
    expect(page.text).not.toMatch(/Home|Most read|1900 1234|Hanoi/);
    expectWellFormed(page);
  });
});
