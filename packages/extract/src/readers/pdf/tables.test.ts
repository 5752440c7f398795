import { describe, expect, it } from 'vitest';
import { sideBySide } from './columns';
import { removePageFurniture } from './furniture';
import type { Line } from './lines';
import { findTables } from './tables';

/** A line of 10-pt text at height `y`, one segment per [x, text] pair (each character 5 pt wide). */
function line(y: number, ...cells: Array<[number, string]>): Line {
  const segments = cells.map(([x, text]) => ({ text, x0: x, x1: x + 5 * text.length }));
  return { y, x0: segments[0]?.x0 ?? 0, x1: segments.at(-1)?.x1 ?? 0, size: 10, font: 'body', segments };
}

const PITCH = 12;

describe('findTables', () => {
  it('anchors rows on lines with figures and hangs wrapped label lines on the nearest one', () => {
    const lines = [
      line(700, [72, 'Chỉ tiêu'], [250, 'Năm'], [320, 'Năm']),
      line(688, [250, '2019'], [320, '2020']),
      line(668, [72, 'Tổng doanh thu'], [255, '850'], [320, '1.150']),
      line(662, [72, 'toàn ngành']),
      line(640, [72, 'Trạm BTS'], [260, '12'], [325, '14']),
    ];
    lines.sort((a, b) => b.y - a.y);
    const [found] = findTables(lines, PITCH);
    expect(found?.table.rows.map((r) => [r.header, r.cells.join(' | ')])).toEqual([
      [true, 'Chỉ tiêu | Năm 2019 | Năm 2020'],
      [false, 'Tổng doanh thu toàn ngành | 850 | 1.150'],
      [false, 'Trạm BTS | 12 | 14'],
    ]);
  });

  it('leaves running text and two-column letterheads alone', () => {
    const lines = [
      line(760, [72, 'UBND TỈNH THỬ NGHIỆM'], [330, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
      line(748, [72, 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'], [330, 'Độc lập - Tự do - Hạnh phúc']),
      line(720, [72, 'Năm 2023, doanh thu toàn ngành đạt 4.250 tỷ đồng, tăng 8,5% so với năm 2022.']),
      line(708, [72, 'Số trạm BTS đạt 1.702 trạm.']),
    ];
    expect(findTables(lines, PITCH)).toEqual([]);
  });

  it('reads a two-column table of figures', () => {
    const lines = [line(700, [72, 'Doanh thu'], [300, '850']), line(688, [72, 'Trạm BTS'], [300, '1.702']), line(676, [72, 'Hồ sơ'], [300, '52,8'])];
    expect(findTables(lines, PITCH)[0]?.table.rows.map((r) => r.cells)).toEqual([
      ['Doanh thu', '850'],
      ['Trạm BTS', '1.702'],
      ['Hồ sơ', '52,8'],
    ]);
  });
});

describe('removePageFurniture', () => {
  it('drops lines repeated in the margins of several pages, and lone page numbers', () => {
    const page = (n: number) => ({
      height: 842,
      lines: [line(810, [200, 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG']), line(700, [72, `Nội dung trang ${n}`]), line(30, [280, `Trang ${n}/2`])],
    });
    const kept = removePageFurniture([page(1), page(2)]);
    expect(kept.map((lines) => lines.map((l) => l.segments[0]?.text))).toEqual([['Nội dung trang 1'], ['Nội dung trang 2']]);
    const single = removePageFurniture([{ height: 842, lines: [line(810, [72, 'Tiêu đề']), line(30, [290, '- 1 -'])] }]);
    expect(single[0]?.map((l) => l.segments[0]?.text)).toEqual(['Tiêu đề']);
  });
});

describe('sideBySide', () => {
  it('reads a two-column letterhead as the left column, then the right one', () => {
    const lines = [
      line(790, [60, 'UBND TỈNH BẮC THỬ'], [300, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
      line(776, [50, 'SỞ THÔNG TIN'], [340, 'Độc lập - Tự do - Hạnh phúc']),
      line(740, [50, 'Năm 2023, doanh thu đạt 1.250 tỷ đồng.']),
    ];
    expect(sideBySide(lines).map((group) => group.map((l) => l.segments.map((s) => s.text).join(' ')))).toEqual([
      ['UBND TỈNH BẮC THỬ', 'SỞ THÔNG TIN'],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      ['Năm 2023, doanh thu đạt 1.250 tỷ đồng.'],
    ]);
  });
});
