import type { Raster } from './raster';

const DEGREE = Math.PI / 180;
/** Scans are skewed by a few degrees at most; a page turned by quarter turns is put upright first (`orient.ts`). */
const MAX_SKEW = 6;
/** Dark pixels the skew is measured on. */
const MAX_POINTS = 60_000;

/** Dark pixels of a reduced copy of the page, to measure the skew on. */
function darkPoints(gray: Raster, step: number): { xs: Float64Array; ys: Float64Array } {
  let sum = 0;
  let n = 0;
  for (let y = 0; y < gray.height; y += step) for (let x = 0; x < gray.width; x += step) {
    sum += gray.data[y * gray.width + x] as number;
    n++;
  }
  const threshold = Math.min(128, (sum / Math.max(1, n)) * 0.6);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < gray.height; y += step) for (let x = 0; x < gray.width; x += step) {
    if ((gray.data[y * gray.width + x] as number) < threshold) {
      xs.push(x);
      ys.push(y);
    }
  }
  // a dense page has far more ink than the angle needs; every k-th point keeps the rows' shape
  const keep = Math.max(1, Math.floor(xs.length / MAX_POINTS));
  if (keep > 1) return { xs: Float64Array.from(xs.filter((_, i) => i % keep === 0)), ys: Float64Array.from(ys.filter((_, i) => i % keep === 0)) };
  return { xs: Float64Array.from(xs), ys: Float64Array.from(ys) };
}

/** How sharply the dark pixels fall into rows when the page is turned by `angle`: text lines make tall, thin peaks. */
function sharpness(points: { xs: Float64Array; ys: Float64Array }, angle: number, bin: number, rows: Int32Array, offset: number): number {
  const sin = Math.sin(angle * DEGREE);
  const cos = Math.cos(angle * DEGREE);
  rows.fill(0);
  for (let i = 0; i < points.xs.length; i++) {
    const row = Math.round(((points.ys[i] as number) * cos - (points.xs[i] as number) * sin) / bin) + offset;
    rows[row] = (rows[row] as number) + 1;
  }
  let score = 0;
  for (let i = 0; i < rows.length; i++) score += (rows[i] as number) * (rows[i] as number);
  return score;
}

/**
 * The skew of a scanned page in degrees (positive: text lines fall to the right), found by projecting its dark
 * pixels on rows at candidate angles and keeping the angle whose rows are sharpest; 0 when the page has little ink.
 */
export function estimateSkew(gray: Raster): number {
  const step = Math.max(1, Math.round(gray.width / 1000));
  const points = darkPoints(gray, step);
  if (points.xs.length < 200) return 0;
  const bin = step * 2;
  const offset = Math.ceil(gray.width / bin) + 2;
  const rows = new Int32Array(Math.ceil((gray.height + gray.width) / bin) + 2 * offset);
  let best = 0;
  let bestScore = -1;
  for (let a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += 0.25) {
    const score = sharpness(points, a, bin, rows, offset);
    if (score > bestScore) [best, bestScore] = [a, score];
  }
  const coarse = best;
  for (let a = coarse - 0.25; a <= coarse + 0.25 + 1e-9; a += 0.05) {
    const score = sharpness(points, a, bin, rows, offset);
    if (score > bestScore) [best, bestScore] = [a, score];
  }
  return Math.round(best * 100) / 100;
}

/**
 * How much more sharply the page's dark pixels fall into columns than into rows (each at its best angle within the
 * skew range): above 1 the text lines run down the page, a page turned by 90° or 270°. Cheap beside Tesseract's
 * orientation pass, which is run only on such a page or on one read with little confidence.
 */
export function columnsOverRows(gray: Raster): number {
  const step = Math.max(1, Math.round(gray.width / 1000));
  const points = darkPoints(gray, step);
  if (points.xs.length < 200) return 0;
  const bin = step * 2;
  const best = (p: { xs: Float64Array; ys: Float64Array }, across: number, along: number): number => {
    const offset = Math.ceil(across / bin) + 2;
    const rows = new Int32Array(Math.ceil((across + along) / bin) + 2 * offset);
    let top = 0;
    for (let a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += 0.5) top = Math.max(top, sharpness(p, a, bin, rows, offset));
    return top;
  };
  return best({ xs: points.ys, ys: points.xs }, gray.height, gray.width) / best(points, gray.width, gray.height);
}

/** The page turned by `-angle` around its centre (what was skewed is level), bilinear, white where nothing maps. */
export function rotate(gray: Raster, angle: number): Raster {
  const { width, height } = gray;
  const sin = Math.sin(angle * DEGREE);
  const cos = Math.cos(angle * DEGREE);
  const cx = width / 2;
  const cy = height / 2;
  const out = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      // the level page's pixel (x, y) came from the skewed page at its point turned by +angle
      const sx = cx + dx * cos - dy * sin;
      const sy = cy + dx * sin + dy * cos;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = (gray.data[i] as number) * (1 - fx) + (gray.data[i + 1] as number) * fx;
      const bottom = (gray.data[i + width] as number) * (1 - fx) + (gray.data[i + width + 1] as number) * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, channels: 1, data: out };
}

/** A point of the levelled page back on the skewed page (the inverse of `rotate`), for boxes shown on the scan. */
export function toSkewed(x: number, y: number, angle: number, width: number, height: number): [number, number] {
  const sin = Math.sin(angle * DEGREE);
  const cos = Math.cos(angle * DEGREE);
  const dx = x - width / 2;
  const dy = y - height / 2;
  return [width / 2 + dx * cos - dy * sin, height / 2 + dx * sin + dy * cos];
}
