import type { Part } from '../assemble';
import { assemble } from '../assemble';
import { oneLine } from '../normalize';
import { findPublished } from '../published';
import type { ReadDocument } from '../types';
import { ReadError } from '../types';
import { sideBySide } from './columns';
import { removePageFurniture } from './furniture';
import type { Line } from './lines';
import { buildLines, lineText } from './lines';
import type { PdfLoadOptions } from './load';
import { loadPdf } from './load';
import { bodyStyle, paragraphsOf } from './paragraphs';
import { findTables } from './tables';

const SENTENCE_END = /[.!?:;…]["”’)\]]*$/u;

/** A PDF's text layer, page by page: running headers and footers dropped, tables as rows, paragraphs rejoined. */
export async function readPdf(bytes: Uint8Array, options: PdfLoadOptions = {}): Promise<ReadDocument> {
  if (!hasEndMarker(bytes)) throw new ReadError('corrupt', 'the PDF is truncated: its end-of-file marker (%%EOF) is missing');
  const pdf = await loadPdf(bytes, options);
  const pages = removePageFurniture(pdf.pages.map((page) => ({ height: page.height, lines: buildLines(page) })));
  const all = pages.flat();
  const raw = all.map(lineText).join('');
  if (raw.replace(/\s/g, '') === '') {
    throw new ReadError('no_text', 'this PDF has no text layer (scanned?): its pages are images, and reading them would need OCR');
  }
  if (unreadable(raw)) {
    throw new ReadError('no_text', 'this PDF has no usable text layer: its fonts do not map their glyphs to Unicode');
  }
  const style = bodyStyle(all);
  const parts: Part[] = [];
  const text = (lines: Line[], page: number): Part[] =>
    sideBySide(lines).flatMap((group) => paragraphsOf(group, style, page));
  pages.forEach((lines, p) => {
    let next = 0;
    for (const found of findTables(lines, style.pitch)) {
      parts.push(...text(lines.slice(next, found.from), p + 1), { ...found.table, page: p + 1 });
      next = found.to + 1;
    }
    parts.push(...text(lines.slice(next), p + 1));
  });
  const { text: whole, blocks, tables } = assemble(joinAcrossPages(parts));
  const published = findPublished(whole);
  const title = pdf.title ? oneLine(pdf.title) : '';
  return {
    format: 'pdf',
    text: whole,
    blocks,
    pages: pdf.numPages,
    ...(tables.length > 0 ? { tables } : {}),
    ...(title !== '' ? { title } : {}),
    ...(published.date ? { published: published.date } : {}),
    ...(published.month ? { publishedMonth: published.month } : {}),
  };
}

/** A PDF ends with `%%EOF` (possibly followed by a little padding); a cut download does not. */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes('%%EOF');
}

/** Mostly private-use or replacement characters: glyph codes without a Unicode mapping. */
function unreadable(text: string): boolean {
  const bad = text.match(/[\uE000-\uF8FF\uFFFD\u0000-\u001F]/g)?.length ?? 0;
  return bad > text.length / 2;
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
