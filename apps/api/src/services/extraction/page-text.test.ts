import { describe, expect, it } from 'vitest';
import { pageText } from './page-text';

describe('pageText', () => {
  it("spans a page's blocks in the document's text, and is null for a page without any", () => {
    const blocks = [
      { start: 0, end: 40, page: 1 },
      { start: 42, end: 90, page: 1 },
      { start: 92, end: 130, page: 2 },
      { start: 131, end: 140 },
    ];
    expect(pageText(blocks, 1)).toEqual({ text_start: 0, text_end: 90 });
    expect(pageText(blocks, 2)).toEqual({ text_start: 92, text_end: 130 });
    expect(pageText(blocks, 3)).toEqual({ text_start: null, text_end: null });
  });
});
