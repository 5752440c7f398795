import type { Line } from './lines';
import { lineText } from './lines';

/** Share of the page height, at the top and at the bottom, where running headers and footers sit. */
const MARGIN_SHARE = 0.12;
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:trang|page)?\s*\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?(?:\s*[-–—])?$/iu;

export interface PageLines {
  height: number;
  lines: Line[];
}

/**
 * Removes running headers and footers: lines in the top or bottom margin that repeat on two or more pages once
 * digits are ignored (`Trang 1/3`, `Trang 2/3`), and lone page numbers there.
 */
export function removePageFurniture(pages: readonly PageLines[]): Line[][] {
  const inMargin = (page: PageLines, line: Line): boolean =>
    line.y > page.height * (1 - MARGIN_SHARE) || line.y < page.height * MARGIN_SHARE;
  const key = (line: Line): string => lineText(line).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const pagesWithKey = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.lines.filter((line) => inMargin(page, line)).map(key));
    for (const k of keys) pagesWithKey.set(k, (pagesWithKey.get(k) ?? 0) + 1);
  }
  return pages.map((page) =>
    page.lines.filter((line) => {
      if (!inMargin(page, line)) return true;
      if (PAGE_NUMBER.test(lineText(line).trim())) return false;
      return pages.length < 2 || (pagesWithKey.get(key(line)) ?? 0) < 2;
    }),
  );
}
