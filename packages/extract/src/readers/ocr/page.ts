import type { Line } from '../pdf/lines';
import { columnsOverRows, estimateSkew, rotate, toSkewed } from './deskew';
import { median3, whitenPaper } from './clean';
import { linesOfWords } from './lines';
import { eraseRules, findRules } from './rules';
import { stackColumns, tableColumns } from './table-columns';
import type { OcrBudget, OcrOptions, OcrPageImage, OcrWordBox } from './options';
import { detectOrientation, turnQuarters, type QuarterTurns } from './orient';
import type { Raster } from './raster';
import { enlarge, inkOf, shrink, toJpeg, toPgm } from './raster';
import { installedLanguages, requireLanguage, requireTool, runTool } from './tools';
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
 * A page whose ink falls into columns at least this sharply (against rows) may be turned by 90° or 270°: Tesseract's
 * orientation pass decides. Upright pages of the fixture reports score 0.1–0.4, the same pages turned 2.5–8.5.
 */
const SIDEWAYS_FROM = 0.8;
/**
 * A page read with a mean word confidence below this may be upside down (the fixture report: 96 upright, 47 turned
 * by 180°; a noisy, stamped 150 dpi scan 85–90): Tesseract's orientation pass decides, and the page is read again
 * turned only if it says so.
 */
const UPSIDE_DOWN_BELOW = 70;

interface Reading {
  words: OcrWord[];
  ink: Raster;
  readDpi: number;
  skew: number;
}

/**
 * Reads one page image: put upright when it was scanned turned by a quarter turn or two (`orient.ts`), the ink (red
 * channel: a red stamp fades), enlarged to about 300 dpi if read at less, the skew levelled, specks and noise taken
 * out by a median, table rules erased, the paper made white, Tesseract's words with their confidences, lines for the
 * layout, and a display copy of the upright page with every word's box on it.
 */
export async function ocrPage(image: Raster, dpi: number, page: number, options: OcrOptions, budget: OcrBudget): Promise<OcrPage> {
  const tesseract = requireTool('tesseract', options.tools);
  await requireLanguage(tesseract, options.language);
  const osd = (await installedLanguages(tesseract)).has('osd');
  const ink = inkOf(image);
  const orientation = (): Promise<QuarterTurns> => detectOrientation(tesseract, ink, dpi, budget);
  let turns: QuarterTurns = osd && columnsOverRows(ink) >= SIDEWAYS_FROM ? await orientation() : 0;
  let read = await readUpright(turnQuarters(ink, turns), dpi, options, budget, tesseract);
  if (osd && turns === 0 && meanConfidence(read.words) < UPSIDE_DOWN_BELOW) {
    turns = await orientation();
    if (turns !== 0) read = await readUpright(turnQuarters(ink, turns), dpi, options, budget, tesseract);
  }
  const { words, readDpi, skew } = read;
  const display = shrink(turnQuarters(image, turns), options.displayWidth);
  return {
    lines: linesOfWords(words, read.ink.height, readDpi),
    height: (read.ink.height * 72) / readDpi,
    image: {
      page,
      image: toJpeg(display),
      width: display.width,
      height: display.height,
      dpi: readDpi,
      turned: (turns * 90) as OcrPageImage['turned'],
      skew,
      words: words.map((word) => boxOf(word, skew, read.ink.width, read.ink.height)),
    },
  };
}

/** The upright page's ink, enlarged, levelled and cleaned, its table columns read one by one, by Tesseract. */
async function readUpright(upright: Raster, dpi: number, options: OcrOptions, budget: OcrBudget, tesseract: string): Promise<Reading> {
  const factor = dpi < ENLARGE_BELOW ? Math.min(READ_DPI / dpi, Math.sqrt(options.maxPixels / (upright.width * upright.height))) : 1;
  const ink = factor > 1.05 ? enlarge(upright, factor) : upright;
  const readDpi = Math.round(dpi * (ink.width / upright.width));
  const measured = estimateSkew(ink);
  const skew = Math.abs(measured) >= LEVEL_FROM ? measured : 0;
  const level = median3(skew !== 0 ? rotate(ink, skew) : ink);
  const rules = findRules(level, readDpi);
  const { page, columns, words } = stackColumns(whitenPaper(eraseRules(level, rules)), tableColumns(rules, readDpi), readDpi);
  const read = async (image: Raster, layout: 'page' | 'block'): Promise<OcrWord[]> => {
    const args = ['stdin', 'stdout', '-l', options.language, '--dpi', String(readDpi), '--psm', layout === 'page' ? '3' : '6', '-c', 'thresholding_method=2', 'tsv'];
    const tsv = await runTool(tesseract, args, { input: toPgm(image), timeoutMs: budget.left(), allowedMs: budget.timeoutMs, env: { OMP_THREAD_LIMIT: '1' } });
    return parseTsv(tsv.toString('utf8'));
  };
  return { words: words(await read(page, 'page'), columns ? await read(columns, 'block') : []), ink, readDpi, skew };
}

const meanConfidence = (words: readonly OcrWord[]): number => (words.length === 0 ? 100 : words.reduce((sum, w) => sum + w.conf, 0) / words.length);

/** A word's box on the upright page (the levelled box turned back by the skew), as fractions of the page. */
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
