import type { Line } from '../pdf/lines';
import { estimateSkew, rotate, toSkewed } from './deskew';
import { median3, whitenPaper } from './clean';
import { linesOfWords } from './lines';
import { eraseRules } from './rules';
import type { OcrBudget, OcrOptions, OcrPageImage, OcrWordBox } from './options';
import type { Raster } from './raster';
import { enlarge, inkOf, shrink, toJpeg, toPgm } from './raster';
import { requireLanguage, requireTool, runTool } from './tools';
import { parseTsv, type OcrWord } from './words';

export interface OcrPage {
  /** Lines for the text-layer layout (points, y from the bottom), and the page height in points. */
  lines: Line[];
  height: number;
  image: OcrPageImage;
}

/** Skews below this are not worth resampling the page for. */
const LEVEL_FROM = 0.15;
/** Pages read at less than this are enlarged to about READ_DPI first. */
const ENLARGE_BELOW = 250;
const READ_DPI = 300;

/**
 * Reads one page image: the ink (red channel: a red stamp fades), enlarged to about 300 dpi if read at less, the skew levelled, specks and noise taken out by a
 * median, table rules erased, the paper made white, Tesseract's words with their
 * confidences, lines for the layout, and a display copy of the page as scanned with every word's box on it.
 */
export async function ocrPage(image: Raster, dpi: number, page: number, options: OcrOptions, budget: OcrBudget): Promise<OcrPage> {
  const tesseract = requireTool('tesseract', options.tools);
  await requireLanguage(tesseract, options.language);
  const factor = dpi < ENLARGE_BELOW ? Math.min(READ_DPI / dpi, Math.sqrt(options.maxPixels / (image.width * image.height))) : 1;
  const ink = factor > 1.05 ? enlarge(inkOf(image), factor) : inkOf(image);
  const readDpi = Math.round(dpi * (ink.width / image.width));
  const skew = estimateSkew(ink);
  const level = whitenPaper(eraseRules(median3(Math.abs(skew) >= LEVEL_FROM ? rotate(ink, skew) : ink), readDpi));
  const tsv = await runTool(tesseract, ['stdin', 'stdout', '-l', options.language, '--dpi', String(readDpi), '--psm', '3', '-c', 'thresholding_method=2', 'tsv'], {
    input: toPgm(level),
    timeoutMs: budget.left(),
    env: { OMP_THREAD_LIMIT: '1' },
  });
  const words = parseTsv(tsv.toString('utf8'));
  const display = shrink(image, options.displayWidth);
  return {
    lines: linesOfWords(words, ink.height, readDpi),
    height: (ink.height * 72) / readDpi,
    image: {
      page,
      image: toJpeg(display),
      width: display.width,
      height: display.height,
      dpi: readDpi,
      skew: Math.abs(skew) >= LEVEL_FROM ? skew : 0,
      words: words.map((word) => boxOf(word, Math.abs(skew) >= LEVEL_FROM ? skew : 0, ink.width, ink.height)),
    },
  };
}

/** A word's box on the page as scanned (the levelled box turned back), as fractions of the page. */
function boxOf(word: OcrWord, skew: number, width: number, height: number): OcrWordBox {
  const corners = [
    [word.left, word.top],
    [word.left + word.width, word.top],
    [word.left, word.top + word.height],
    [word.left + word.width, word.top + word.height],
  ].map(([x, y]) => toSkewed(x as number, y as number, skew, width, height));
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const x0 = Math.max(0, Math.min(...xs));
  const y0 = Math.max(0, Math.min(...ys));
  const round = (v: number): number => Math.round(v * 10_000) / 10_000;
  return {
    text: word.text,
    conf: Math.round(word.conf * 10) / 10,
    corrected: word.corrected,
    box: { x: round(x0 / width), y: round(y0 / height), w: round((Math.min(width, Math.max(...xs)) - x0) / width), h: round((Math.min(height, Math.max(...ys)) - y0) / height) },
  };
}
