import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import UTIF from 'utif2';
import { ReadError } from '../types';
import type { Raster } from './raster';

export type ImageKind = 'png' | 'jpeg' | 'tiff';

/** What an image file's headers say, before any pixel is decoded. */
export interface ImageInfo {
  kind: ImageKind;
  /** Size of each page (a TIFF may hold several). */
  pages: { width: number; height: number; dpi: number | null }[];
}

const be16 = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const be32 = (b: Uint8Array, i: number): number => be16(b, i) * 65536 + be16(b, i + 2);
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** Sizes and resolutions from an image's headers: PNG IHDR and pHYs, JPEG SOF and JFIF, TIFF IFDs. */
export function imageInfo(bytes: Uint8Array): ImageInfo {
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return { kind: 'png', pages: [pngSize(bytes)] };
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return { kind: 'jpeg', pages: [jpegSize(bytes)] };
  return { kind: 'tiff', pages: tiffPages(bytes).map(({ width, height, dpi }) => ({ width, height, dpi })) };
}

function pngSize(bytes: Uint8Array): { width: number; height: number; dpi: number | null } {
  if (bytes.length < 24) throw new ReadError('corrupt', 'the PNG image is cut short');
  let dpi: number | null = null;
  for (let i = 8; i + 12 <= bytes.length && i < 1 << 20; ) {
    const length = be32(bytes, i);
    const type = String.fromCharCode(...bytes.subarray(i + 4, i + 8));
    if (type === 'pHYs' && bytes[i + 16] === 1) dpi = Math.round(be32(bytes, i + 8) * 0.0254);
    if (type === 'IDAT') break;
    i += 12 + length;
  }
  return { width: be32(bytes, 16), height: be32(bytes, 20), dpi };
}

function jpegSize(bytes: Uint8Array): { width: number; height: number; dpi: number | null } {
  let dpi: number | null = null;
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) {
      i++;
      continue;
    }
    const marker = bytes[i + 1] as number;
    const length = be16(bytes, i + 2);
    if (marker === 0xe0 && String.fromCharCode(...bytes.subarray(i + 4, i + 9)) === 'JFIF\0' && bytes[i + 11] === 1) dpi = be16(bytes, i + 12);
    if (SOF.has(marker)) return { width: be16(bytes, i + 7), height: be16(bytes, i + 5), dpi };
    i += 2 + length;
  }
  throw new ReadError('corrupt', 'the JPEG image has no frame header: it is damaged or cut short');
}

interface TiffPage {
  width: number;
  height: number;
  dpi: number | null;
  ifd: UTIF.IFD;
}

function tiffPages(bytes: Uint8Array): TiffPage[] {
  let ifds: UTIF.IFD[];
  try {
    ifds = UTIF.decode(bytes.slice().buffer);
  } catch (error) {
    throw new ReadError('corrupt', 'the TIFF image is damaged', error instanceof Error ? error.message : String(error));
  }
  const first = (tag: unknown): number => (Array.isArray(tag) && typeof tag[0] === 'number' ? tag[0] : 0);
  const pages = ifds
    .map((ifd) => ({ width: first(ifd['t256']), height: first(ifd['t257']), dpi: first(ifd['t282']) || null, ifd }))
    .filter((page) => page.width > 0 && page.height > 0);
  if (pages.length === 0) throw new ReadError('corrupt', 'the TIFF file holds no image');
  return pages;
}

/** Pixels of page `n` (0-based); the caller has checked the sizes against the limits first. */
export function decodePage(bytes: Uint8Array, kind: ImageKind, n: number, maxPixels: number): Raster {
  try {
    if (kind === 'png') {
      const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return { width: png.width, height: png.height, channels: 4, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.length) };
    }
    if (kind === 'jpeg') {
      const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false, maxResolutionInMP: maxPixels / 1e6 + 1, maxMemoryUsageInMB: 2048 });
      return { width: image.width, height: image.height, channels: 3, data: image.data };
    }
    const buffer = bytes.slice().buffer;
    const page = tiffPages(bytes)[n];
    if (!page) throw new ReadError('corrupt', `the TIFF file has no page ${n + 1}`);
    UTIF.decodeImage(buffer, page.ifd);
    return { width: page.width, height: page.height, channels: 4, data: UTIF.toRGBA8(page.ifd) };
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError('corrupt', `the ${kind.toUpperCase()} image is damaged and could not be decoded`, error instanceof Error ? error.message : String(error));
  }
}
