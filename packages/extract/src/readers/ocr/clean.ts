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
