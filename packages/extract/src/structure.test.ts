import { describe, expect, it } from 'vitest';
import { layout } from './structure';

describe('heading levels', () => {
  const text = 'PHẦN I. KẾT QUẢ NĂM 2019\n\n1. Bưu chính\n\nDoanh thu đạt 3.800 tỷ đồng.\n\nPHẦN II. NHIỆM VỤ NĂM 2020\n\n1. Các chỉ tiêu chủ yếu\n\nNộp ngân sách đạt 300 tỷ đồng.\n';
  const headings = (blocks?: Parameters<typeof layout>[1]) =>
    layout(text, blocks)
      .filter((u) => u.kind === 'heading')
      .map((u) => [text.slice(u.start, u.end), u.kind === 'heading' ? u.level : 0]);

  it('an all-capitals part heading ranks above the numbered headings under it, whether a reader marked the headings or not', () => {
    const want = [['PHẦN I. KẾT QUẢ NĂM 2019', 0], ['1. Bưu chính', 2], ['PHẦN II. NHIỆM VỤ NĂM 2020', 0], ['1. Các chỉ tiêu chủ yếu', 2]];
    expect(headings()).toEqual(want);
    const marked = want.map(([h], index) => ({ kind: 'heading' as const, index, start: text.indexOf(h as string), end: text.indexOf(h as string) + (h as string).length }));
    expect(headings(marked)).toEqual(want);
  });

  it('a part label and the capitals title under it are one heading, above the roman headings of the part', () => {
    const part = 'PHẦN THỨ NHẤT\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024\n\nI. BỐI CẢNH\n\nNăm 2024 là năm quan trọng.\n\nPART TWO\nTASKS FOR THE SECOND HALF OF 2024\n';
    const levels = layout(part)
      .filter((u) => u.kind === 'heading')
      .map((u) => [part.slice(u.start, u.end).replace(/\n/g, ' / '), u.kind === 'heading' ? u.level : -1]);
    expect(levels).toEqual([
      ['PHẦN THỨ NHẤT / KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024', 0],
      ['I. BỐI CẢNH', 1],
      ['PART TWO / TASKS FOR THE SECOND HALF OF 2024', 0],
    ]);
  });
});
