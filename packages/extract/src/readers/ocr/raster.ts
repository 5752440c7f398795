import jpeg from 'jpeg-js';
import { ReadError } from '../types';

/** Pixels, row by row: 1 (gray), 3 (RGB) or 4 (RGBA) bytes each. */
export interface Raster {
  width: number;
  height: number;
  channels: 1 | 3 | 4;
  data: Uint8Array;
}

/** A binary PGM (P5) or PPM (P6) image with 8-bit samples, as pdftoppm writes it. */
export function parsePnm(bytes: Uint8Array): Raster {
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 64));
  const m = /^(P[56])\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!m || m[4] !== '255') throw new ReadError('corrupt', 'the page could not be rendered to an image');
  const width = Number(m[2]);
  const height = Number(m[3]);
  const channels = m[1] === 'P5' ? 1 : 3;
  const data = bytes.subarray(m[0].length, m[0].length + width * height * channels);
  if (data.length < width * height * channels) throw new ReadError('corrupt', 'the rendered page image is cut short');
  return { width, height, channels, data };
}

/**
 * The gray image OCR reads: the red channel, where a red stamp's ink is light while black (and blue) ink stays dark.
 * A stamp is not white there (its red is about 200 of 255, gray enough for a local threshold to see the seal), so
 * where red dominates a pixel its red is brightened by 4/3: the seal over paper becomes paper, a letter under the seal
 * keeps its own darkness (the stamp multiplies it by the same red). Official Vietnamese documents are stamped in red.
 */
export function inkOf(image: Raster): Raster {
  if (image.channels === 1) return image;
  const { width, height, channels, data } = image;
  const gray = new Uint8Array(width * height);
  for (let i = 0, j = 0; j < gray.length; i += channels, j++) {
    const r = data[i] as number;
    const other = Math.max(data[i + 1] as number, data[i + 2] as number);
    gray[j] = r > 1.6 * other && r - other > 40 ? Math.min(255, Math.round((r * 4) / 3)) : r;
  }
  return { width, height, channels: 1, data: gray };
}

/** A gray raster as a binary PGM file (Tesseract reads it on stdin). */
export function toPgm(gray: Raster): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${gray.width} ${gray.height}\n255\n`);
  const out = new Uint8Array(header.length + gray.data.length);
  out.set(header);
  out.set(gray.data, header.length);
  return out;
}

/** Averages blocks of pixels so that the image is at most `maxWidth` wide (never enlarged); RGB or gray out. */
export function shrink(image: Raster, maxWidth: number): Raster {
  const factor = Math.max(1, Math.ceil(image.width / maxWidth));
  const channels = image.channels === 1 ? 1 : 3;
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const data = new Uint8Array(width * height * channels);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < channels; k++) {
        let sum = 0;
        for (let dy = 0; dy < factor; dy++) {
          const row = (y * factor + dy) * image.width;
          for (let dx = 0; dx < factor; dx++) sum += image.data[(row + x * factor + dx) * image.channels + k] as number;
        }
        data[(y * width + x) * channels + k] = Math.round(sum / area);
      }
    }
  }
  return { width, height, channels, data };
}

/** A raster as a JPEG for display beside the text (the page as scanned, stamp and all). */
export function toJpeg(image: Raster, quality = 70): Uint8Array {
  const rgba = new Uint8Array(image.width * image.height * 4);
  for (let i = 0, j = 0; j < rgba.length; i += image.channels, j += 4) {
    const r = image.data[i] as number;
    rgba[j] = r;
    rgba[j + 1] = image.channels === 1 ? r : (image.data[i + 1] as number);
    rgba[j + 2] = image.channels === 1 ? r : (image.data[i + 2] as number);
    rgba[j + 3] = 255;
  }
  return new Uint8Array(jpeg.encode({ width: image.width, height: image.height, data: rgba }, quality).data);
}

/** A gray page enlarged by `factor` (bilinear): Tesseract reads small print better at about 300 dpi. */
export function enlarge(gray: Raster, factor: number): Raster {
  const width = Math.round(gray.width * factor);
  const height = Math.round(gray.height * factor);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(gray.height - 1, (y + 0.5) / factor - 0.5);
    const y0 = Math.max(0, Math.floor(sy));
    const y1 = Math.min(gray.height - 1, y0 + 1);
    const fy = Math.max(0, sy - y0);
    for (let x = 0; x < width; x++) {
      const sx = Math.min(gray.width - 1, (x + 0.5) / factor - 0.5);
      const x0 = Math.max(0, Math.floor(sx));
      const x1 = Math.min(gray.width - 1, x0 + 1);
      const fx = Math.max(0, sx - x0);
      const top = (gray.data[y0 * gray.width + x0] as number) * (1 - fx) + (gray.data[y0 * gray.width + x1] as number) * fx;
      const bottom = (gray.data[y1 * gray.width + x0] as number) * (1 - fx) + (gray.data[y1 * gray.width + x1] as number) * fx;
      data[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, channels: 1, data };
}
