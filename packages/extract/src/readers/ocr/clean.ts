import type { Raster } from './raster';

/**
 * A 3 × 3 median of a gray page: lone specks and sensor noise go, strokes (two pixels wide and more at 200 dpi)
 * stay. Edges keep their pixels.
 */
export function median3(gray: Raster): Raster {
  const { width, height, data } = gray;
  const out = Uint8Array.from(data);
  const v = new Uint8Array(9);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      let k = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const row = (y + dy) * width + x;
        v[k++] = data[row - 1] as number;
        v[k++] = data[row] as number;
        v[k++] = data[row + 1] as number;
      }
      out[y * width + x] = median9(v);
    }
  }
  return { width, height, channels: 1, data: out };
}

/** The median of nine values by partial insertion sort (only the lower five need to be in order). */
function median9(v: Uint8Array): number {
  for (let i = 1; i < 9; i++) {
    const x = v[i] as number;
    let j = i - 1;
    while (j >= 0 && (v[j] as number) > x) {
      v[j + 1] = v[j] as number;
      j--;
    }
    v[j + 1] = x;
  }
  return v[4] as number;
}

/**
 * Paper made white: every pixel at or above the paper's level becomes 255 and darker ones are stretched to the full
 * range. Tesseract's line recogniser reads the gray image, not its own black-and-white one, and a noisy gray paper
 * made it misread clean figures (`6,8 12,6 24,3` as `6b 156: 243`: 22 of 32 table figures right, 31 after this).
 * The paper's level is the median pixel (most of a page is paper) less a margin for its remaining noise.
 */
export function whitenPaper(gray: Raster): Raster {
  const histogram = new Uint32Array(256);
  for (const v of gray.data) histogram[v] = (histogram[v] as number) + 1;
  let seen = 0;
  let median = 255;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v] as number;
    if (seen >= gray.data.length / 2) {
      median = v;
      break;
    }
  }
  const paper = Math.max(128, Math.min(250, median - 12));
  const map = new Uint8Array(256);
  for (let v = 0; v < 256; v++) map[v] = v >= paper ? 255 : Math.round((v * 255) / paper);
  return { ...gray, data: gray.data.map((v) => map[v] as number) };
}
