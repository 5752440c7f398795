import type { Raster } from './raster';

/** Ink darker than this is a stroke. */
const DARK = 140;
/** Letter strokes are shorter than this (a capital with stacked Vietnamese marks at 18 pt is about 0.2 inch). */
const VERTICAL_RULE_INCHES = 0.25;
const HORIZONTAL_RULE_INCHES = 1;

/**
 * Erases the ruling lines of tables (and underlines): runs of dark pixels longer than any letter stroke, down a
 * column or along a row. Left on the page, Tesseract reads a cell border as `|`, `l` or `1` next to a figure
 * (`7.150` became `7.1501`).
 */
export function eraseRules(gray: Raster, dpi: number): Raster {
  const { width, height } = gray;
  const data = Uint8Array.from(gray.data);
  const vertical = Math.round(VERTICAL_RULE_INCHES * dpi);
  const horizontal = Math.round(HORIZONTAL_RULE_INCHES * dpi);
  const runs: Array<[number, number, number]> = [];
  for (let x = 0; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const dark = y < height && (gray.data[y * width + x] as number) < DARK;
      if (dark && start < 0) start = y;
      else if (!dark && start >= 0) {
        if (y - start >= vertical) runs.push([x, start, y]);
        start = -1;
      }
    }
  }
  for (const [x, from, to] of runs) for (let y = from; y < to; y++) data[y * width + x] = 255;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const dark = x < width && (gray.data[row + x] as number) < DARK;
      if (dark && start < 0) start = x;
      else if (!dark && start >= 0) {
        if (x - start >= horizontal) data.fill(255, row + start, row + x);
        start = -1;
      }
    }
  }
  return { width, height, channels: 1, data };
}
