import type { Part } from '../assemble';
import { sideBySide } from './columns';
import type { PageLines } from './furniture';
import { removePageFurniture } from './furniture';
import type { Line } from './lines';
import { bodyStyle, paragraphsOf } from './paragraphs';
import { findTables } from './tables';

const SENTENCE_END = /[.!?:;…]["”’)\]]*$/u;

/**
 * The parts of a document from the lines of its pages (a text layer's, or OCR's): running headers and footers
 * dropped, tables as rows, paragraphs rejoined across page breaks; every part carries its page.
 */
export function layoutPages(pages: readonly PageLines[]): Part[] {
  const kept = removePageFurniture(pages);
  const style = bodyStyle(kept.flat());
  const parts: Part[] = [];
  const text = (lines: Line[], page: number): Part[] => sideBySide(lines).flatMap((group) => paragraphsOf(group, style, page));
  kept.forEach((lines, p) => {
    let next = 0;
    for (const found of findTables(lines, style.pitch)) {
      parts.push(...text(lines.slice(next, found.from), p + 1), { ...found.table, page: p + 1 });
      next = found.to + 1;
    }
    parts.push(...text(lines.slice(next), p + 1));
  });
  return joinAcrossPages(parts);
}

/** A paragraph cut by a page break (no sentence end, next page starts in lowercase) is one paragraph. */
function joinAcrossPages(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (
      last &&
      last.kind !== 'table' &&
      last.kind !== 'heading' &&
      part.kind === 'paragraph' &&
      last.page !== part.page &&
      !SENTENCE_END.test(last.text) &&
      /^\p{Ll}/u.test(part.text)
    ) {
      out[out.length - 1] = { ...last, text: `${last.text} ${part.text}` };
      continue;
    }
    out.push(part);
  }
  return out;
}
