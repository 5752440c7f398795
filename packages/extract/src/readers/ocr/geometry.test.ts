import { describe, expect, it } from 'vitest';
import { estimateSkew, rotate, toSkewed } from './deskew';
import { linesOfWords } from './lines';
import type { Raster } from './raster';
import { eraseRules } from './rules';
import type { OcrWord } from './words';

/** A white page with text-like lines: dashes of ink along rows that fall by `skew` degrees. */
function page(skew: number): Raster {
  const width = 1200;
  const height = 1600;
  const data = new Uint8Array(width * height).fill(255);
  const slope = Math.tan((skew * Math.PI) / 180);
  for (let row = 100; row < 1500; row += 45) {
    for (let x = 100; x < 1100; x++) {
      if (x % 37 > 28) continue; // gaps between words
      const y0 = Math.round(row + (x - width / 2) * slope);
      for (let y = y0; y < y0 + 14; y++) data[y * width + x] = 20;
    }
  }
  return { width, height, channels: 1, data };
}

describe('page geometry', () => {
  it.each([0, 1.2, -2.5])('measures a skew of %f° and levels it', (skew) => {
    const skewed = page(skew);
    expect(Math.abs(estimateSkew(skewed) - skew)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(estimateSkew(rotate(skewed, estimateSkew(skewed))))).toBeLessThanOrEqual(0.1);
  });

  it('maps a point of the levelled page back onto the skewed one', () => {
    const [x, y] = toSkewed(600, 800, 2, 1200, 1600);
    expect([x, y]).toEqual([600, 800]);
    const [x2, y2] = toSkewed(1100, 800, 2, 1200, 1600);
    expect(x2).toBeCloseTo(600 + 500 * Math.cos((2 * Math.PI) / 180), 5);
    expect(y2).toBeCloseTo(800 + 500 * Math.sin((2 * Math.PI) / 180), 5);
  });

  it('erases table rules but not letter strokes', () => {
    const width = 400;
    const height = 400;
    const data = new Uint8Array(width * height).fill(255);
    for (let y = 20; y < 380; y++) data[y * width + 200] = 0; // a column rule, 1.2 inch at 300 dpi
    for (let x = 10; x < 390; x++) data[50 * width + x] = 0; // a row rule
    for (let y = 100; y < 150; y++) data[y * width + 100] = 0; // a letter's stem, 0.17 inch
    const erased = eraseRules({ width, height, channels: 1, data }, 300);
    expect(erased.data[300 * width + 200]).toBe(255);
    expect(erased.data[50 * width + 300]).toBe(255);
    expect(erased.data[120 * width + 100]).toBe(0);
  });

  it('joins the words of one row that Tesseract read as separate column blocks, cells apart', () => {
    const word = (text: string, left: number, line: string): OcrWord => ({ text, conf: 95, left, top: 1000, width: 30 * text.length, height: 40, line, corrected: false });
    const lines = linesOfWords([word('Số', 100, 'a'), word('trạm', 175, 'a'), word('BTS', 310, 'a'), word('1.702', 1500, 'b')], 3300, 300);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.segments.map((s) => s.text)).toEqual(['Số trạm BTS', '1.702']);
    expect(lines[0]?.y).toBeCloseTo(((3300 - 1040) * 72) / 300, 5);
  });
});
