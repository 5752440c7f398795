import { ReadError } from '../types';
import type { OcrBudget } from './options';
import { shrink, toPgm, type Raster } from './raster';
import { runTool } from './tools';

/** Quarter turns clockwise that bring a page upright: 0, 1 (90°), 2 (180°) or 3 (270°). */
export type QuarterTurns = 0 | 1 | 2 | 3;

/**
 * Below this Tesseract's orientation confidence is taken as "can't tell" and the page is read as it came. The fixture
 * page, upright and turned each way, scored 14–19 at 150 dpi (at 100 dpi it answered wrong with 3–6: hence OSD_DPI).
 */
const SURE_FROM = 2;
/** OSD reads the shapes of letters, not their details: a copy at about this resolution (not less) is read faster. */
const OSD_DPI = 150;

/** The page turned clockwise by `quarters` quarter turns (exact: pixels are moved, not resampled). */
export function turnQuarters(image: Raster, quarters: QuarterTurns): Raster {
  if (quarters === 0) return image;
  const { width, height, channels, data } = image;
  const sideways = quarters % 2 === 1;
  const outWidth = sideways ? height : width;
  const outHeight = sideways ? width : height;
  const out = new Uint8Array(data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // where the pixel (x, y) lands after the clockwise turn
      const [tx, ty] = quarters === 1 ? [height - 1 - y, x] : quarters === 2 ? [width - 1 - x, height - 1 - y] : [y, width - 1 - x];
      const from = (y * width + x) * channels;
      const to = (ty * outWidth + tx) * channels;
      for (let k = 0; k < channels; k++) out[to + k] = data[from + k] as number;
    }
  }
  return { width: outWidth, height: outHeight, channels, data: out };
}

/** Tesseract's OSD answer: the clockwise turn that puts the text upright, and how sure it is. */
export function parseOsd(out: string): { quarters: QuarterTurns; confidence: number } | null {
  const rotate = /^Rotate:\s*(\d+)/m.exec(out);
  const confidence = /^Orientation confidence:\s*([\d.]+)/m.exec(out);
  if (!rotate || !confidence) return null;
  const degrees = Number(rotate[1]);
  if (![0, 90, 180, 270].includes(degrees)) return null;
  return { quarters: (degrees / 90) as QuarterTurns, confidence: Number(confidence[1]) };
}

/**
 * How many clockwise quarter turns bring a scanned page upright, by Tesseract's orientation and script detection
 * (`--psm 0`, `osd.traineddata`, Debian's tesseract-ocr-osd) on a reduced copy of the page's ink. 0 when Tesseract
 * is unsure or finds too little text to tell (it then exits with an error, which is not the page's fault).
 */
export async function detectOrientation(tesseract: string, gray: Raster, dpi: number, budget: OcrBudget): Promise<QuarterTurns> {
  // whole factors only: a 200 dpi scan stays as it is (at 100 dpi OSD answered wrong)
  const small = shrink(gray, Math.ceil(gray.width / Math.max(1, Math.floor(dpi / OSD_DPI))));
  let out: string;
  try {
    out = (await runTool(tesseract, ['stdin', 'stdout', '--psm', '0', '--dpi', String(Math.round((dpi * small.width) / gray.width))], { input: toPgm(small), timeoutMs: budget.left(), allowedMs: budget.timeoutMs, env: { OMP_THREAD_LIMIT: '1' } })).toString('utf8');
  } catch (error) {
    // past the document's OCR time is the document's refusal; "too few characters" is only "can't tell"
    if (error instanceof ReadError && error.code === 'limit') throw error;
    return 0;
  }
  const osd = parseOsd(out);
  return osd && osd.confidence >= SURE_FROM ? osd.quarters : 0;
}
