import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble } from '../assemble';
import { oneLine } from '../normalize';
import { alignWords } from '../ocr/align';
import type { OcrOptions, OcrPageImage } from '../ocr/options';
import { OCR_DEFAULTS, OcrBudget } from '../ocr/options';
import { ocrPage } from '../ocr/page';
import { parsePnm, type Raster } from '../ocr/raster';
import { requireTool, runTool } from '../ocr/tools';
import { findPublished } from '../published';
import type { ReadDocument } from '../types';
import { ReadError } from '../types';
import { layoutPages } from './layout';
import type { Line } from './lines';
import { buildLines, lineText } from './lines';
import type { PdfLoadOptions, PdfPage } from './load';
import { loadPdf } from './load';

export interface PdfReadOptions extends PdfLoadOptions {
  ocr?: OcrOptions;
}

/** Resolutions below this make OCR guess: a page too large to render above it within the pixel limit is refused. */
const MIN_DPI = 100;

/**
 * A PDF page by page: a page with a text layer is read from it; a page without one (a scan), or whose fonts do not
 * map their glyphs to Unicode, is rendered with pdftoppm and read by OCR. Then one layout for all pages: running
 * headers and footers dropped, tables as rows, paragraphs rejoined.
 */
export async function readPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<ReadDocument> {
  if (!hasEndMarker(bytes)) throw new ReadError('corrupt', 'the PDF is truncated: its end-of-file marker (%%EOF) is missing');
  const ocr = options.ocr ?? OCR_DEFAULTS;
  const pdf = await loadPdf(bytes, options);
  const pages = pdf.pages.map((page) => ({ height: page.height, lines: buildLines(page) }));
  const scanned = pages.flatMap((page, i) => (hasText(page.lines) ? [] : [i]));
  const images = scanned.length > 0 ? await ocrPages(bytes, pdf.pages, scanned, ocr, pages) : [];
  const { text, blocks, tables } = assemble(layoutPages(pages));
  if (text.replace(/\s/g, '') === '') {
    throw new ReadError('no_text', 'this PDF has no text: neither a text layer nor words that OCR could read on its pages');
  }
  const published = findPublished(text);
  const title = pdf.title ? oneLine(pdf.title) : '';
  return {
    format: 'pdf',
    text,
    blocks,
    pages: pdf.numPages,
    ...(tables.length > 0 ? { tables } : {}),
    ...(title !== '' ? { title } : {}),
    ...(published.date ? { published: published.date } : {}),
    ...(published.month ? { publishedMonth: published.month } : {}),
    ...(images.length > 0 ? { ocr: alignWords(images, text, blocks) } : {}),
  };
}

/** A page has text when its text layer holds characters that are mostly not private-use or control codes. */
function hasText(lines: readonly Line[]): boolean {
  const raw = lines.map(lineText).join('');
  if (raw.replace(/\s/g, '') === '') return false;
  const bad = raw.match(/[\uE000-\uF8FF\uFFFD\u0000-\u001F]/g)?.length ?? 0;
  return bad <= raw.length / 2;
}

/** Renders and reads the scanned pages, replacing their (empty) lines; returns their page images. */
async function ocrPages(bytes: Uint8Array, pdfPages: readonly PdfPage[], scanned: readonly number[], ocr: OcrOptions, pages: { height: number; lines: Line[] }[]): Promise<OcrPageImage[]> {
  if (scanned.length > ocr.maxPages) {
    throw new ReadError('limit', `this PDF has ${scanned.length} scanned pages (without a text layer); at most ${ocr.maxPages} are read by OCR (OCR_MAX_PAGES). Upload the pages of the report only.`);
  }
  const pdftoppm = requireTool('pdftoppm', ocr.tools);
  requireTool('tesseract', ocr.tools);
  const budget = new OcrBudget(ocr.timeoutMs);
  const dir = await mkdtemp(join(tmpdir(), 'chiso-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, bytes);
    const images: OcrPageImage[] = [];
    for (const i of scanned) {
      const size = pdfPages[i] as PdfPage;
      const dpi = fitDpi(size, ocr, i + 1);
      const raster = await renderPage(pdftoppm, file, i + 1, dpi, ocr, budget);
      const read = await ocrPage(raster, dpi, i + 1, ocr, budget);
      pages[i] = { height: read.height, lines: read.lines };
      images.push(read.image);
    }
    return images;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The configured resolution, lowered so that the page fits the pixel limit; a page too large even so is refused. */
function fitDpi(page: PdfPage, ocr: OcrOptions, n: number): number {
  const squareInches = (Math.abs(page.width) / 72) * (Math.abs(page.height) / 72);
  const dpi = Math.min(ocr.dpi, Math.floor(Math.sqrt(ocr.maxPixels / Math.max(squareInches, 1e-6))));
  if (dpi < MIN_DPI) {
    throw new ReadError('limit', `page ${n} is ${Math.round(page.width / 72)} × ${Math.round(page.height / 72)} inches: too large to read by OCR within ${ocr.maxPixels.toLocaleString('en')} pixels (OCR_MAX_PIXELS)`);
  }
  return dpi;
}

async function renderPage(pdftoppm: string, file: string, n: number, dpi: number, ocr: OcrOptions, budget: OcrBudget): Promise<Raster> {
  const out = await runTool(pdftoppm, ['-r', String(dpi), '-f', String(n), '-l', String(n), file], {
    timeoutMs: budget.left(),
    allowedMs: budget.timeoutMs,
    maxOutputBytes: ocr.maxPixels * 3 + 1024,
  });
  return parsePnm(out);
}

/** A PDF ends with `%%EOF` (possibly followed by a little padding); a cut download does not. */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes('%%EOF');
}
