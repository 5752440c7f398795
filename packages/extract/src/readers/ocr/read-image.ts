import { assemble } from '../assemble';
import { layoutPages } from '../pdf/layout';
import { findPublished } from '../published';
import type { ReadDocument } from '../types';
import { ReadError } from '../types';
import { alignWords } from './align';
import { decodePage, imageInfo } from './image';
import type { OcrOptions, OcrPageImage } from './options';
import { OCR_DEFAULTS, OcrBudget } from './options';
import { ocrPage } from './page';
import { requireTool } from './tools';

/** A page's short side is taken as an A4 page's width when its file does not say its resolution (a page scanned
 * sideways has its short side across). */
const A4_WIDTH_INCHES = 8.27;

/**
 * A scanned page image (PNG, JPEG, or TIFF with one page or several) read by OCR. The sizes in the headers are checked
 * against the limits before any pixel is decoded, so a 20 000 × 20 000 image is refused at once.
 */
export async function readImage(bytes: Uint8Array, ocr: OcrOptions = OCR_DEFAULTS): Promise<ReadDocument> {
  const info = imageInfo(bytes);
  if (info.pages.length > ocr.maxPages) {
    throw new ReadError('limit', `the image file has ${info.pages.length} pages; at most ${ocr.maxPages} are read by OCR (OCR_MAX_PAGES)`);
  }
  info.pages.forEach(({ width, height }, i) => {
    if (width * height > ocr.maxPixels) {
      throw new ReadError('limit', `${info.pages.length > 1 ? `page ${i + 1} of the image` : 'the image'} is ${width.toLocaleString('en')} × ${height.toLocaleString('en')} pixels; at most ${ocr.maxPixels.toLocaleString('en')} pixels per page are read (OCR_MAX_PIXELS). Scan at 300 dpi.`);
    }
  });
  requireTool('tesseract', ocr.tools);
  const budget = new OcrBudget(ocr.timeoutMs);
  const pages = [];
  const images: OcrPageImage[] = [];
  for (const [i, size] of info.pages.entries()) {
    const dpi = size.dpi !== null && size.dpi >= 70 && size.dpi <= 1200 ? size.dpi : Math.max(70, Math.min(600, Math.round(Math.min(size.width, size.height) / A4_WIDTH_INCHES)));
    const read = await ocrPage(decodePage(bytes, info.kind, i, ocr.maxPixels), dpi, i + 1, ocr, budget);
    pages.push({ height: read.height, lines: read.lines });
    images.push(read.image);
  }
  const { text, blocks, tables } = assemble(layoutPages(pages));
  if (text.replace(/\s/g, '') === '') throw new ReadError('no_text', 'no words could be read on the image (OCR found no text)');
  const published = findPublished(text);
  return {
    format: 'image',
    text,
    blocks,
    pages: info.pages.length,
    ...(tables.length > 0 ? { tables } : {}),
    ...(published.date ? { published: published.date } : {}),
    ...(published.month ? { publishedMonth: published.month } : {}),
    ocr: alignWords(images, text, blocks),
  };
}
