import { describe, expect, it } from 'vitest';
import { columnsOverRows, estimateSkew, rotate, toSkewed } from './deskew';
import { parseOsd, turnQuarters } from './orient';
import { linesOfWords } from './lines';
import type { Raster } from './raster';
import { eraseRules, findRules } from './rules';
import { stackColumns, tableColumns } from './table-columns';
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

  it('turns a page by quarter turns clockwise, exactly, and four turns give it back', () => {
    // 3 × 2 RGB: the pixel at (x, y) holds [x, y, 7]
    const data = new Uint8Array(18);
    for (let y = 0; y < 2; y++) for (let x = 0; x < 3; x++) data.set([x, y, 7], (y * 3 + x) * 3);
    const image: Raster = { width: 3, height: 2, channels: 3, data };
    const once = turnQuarters(image, 1);
    expect([once.width, once.height]).toEqual([2, 3]);
    // turned clockwise, the bottom-left pixel (0, 1) is now the top-left one
    expect(Array.from(once.data.subarray(0, 3))).toEqual([0, 1, 7]);
    const half = turnQuarters(image, 2);
    expect(Array.from(half.data.subarray(0, 3))).toEqual([2, 1, 7]);
    expect(turnQuarters(turnQuarters(once, 2), 1).data).toEqual(image.data);
    expect(turnQuarters(half, 2).data).toEqual(image.data);
  });

  it('tells a page whose lines run down it from an upright one', () => {
    // the test page's word gaps line up down the page, so its columns are sharper than a report's (0.1–0.4)
    const upright = page(1.2);
    expect(columnsOverRows(upright)).toBeLessThan(0.8);
    expect(columnsOverRows(turnQuarters(upright, 1))).toBeGreaterThan(1.5);
    expect(columnsOverRows(turnQuarters(upright, 2))).toBeLessThan(0.8);
  });

  it("reads Tesseract's orientation answer", () => {
    const osd = 'Page number: 0\nOrientation in degrees: 90\nRotate: 270\nOrientation confidence: 18.77\nScript: Latin\nScript confidence: 2.02\n';
    expect(parseOsd(osd)).toEqual({ quarters: 3, confidence: 18.77 });
    expect(parseOsd('Too few characters. Skipping this page\n')).toBeNull();
    expect(parseOsd('Rotate: 45\nOrientation confidence: 3\n')).toBeNull();
  });

  it('erases table rules but not letter strokes', () => {
    const width = 400;
    const height = 400;
    const data = new Uint8Array(width * height).fill(255);
    for (let y = 20; y < 380; y++) data[y * width + 200] = 0; // a column rule, 1.2 inch at 300 dpi
    for (let x = 10; x < 390; x++) data[50 * width + x] = 0; // a row rule
    for (let y = 100; y < 150; y++) data[y * width + 100] = 0; // a letter's stem, 0.17 inch
    const page: Raster = { width, height, channels: 1, data };
    const erased = eraseRules(page, findRules(page, 300));
    expect(erased.data[300 * width + 200]).toBe(255);
    expect(erased.data[50 * width + 300]).toBe(255);
    expect(erased.data[120 * width + 100]).toBe(0);
  });

  it("finds a ruled table's columns and reads them apart: cut from the page, stacked, and the words put back", () => {
    const width = 1000;
    const height = 1200;
    const data = new Uint8Array(width * height).fill(255);
    // a table from y 200 to 800 with rules at x 100, 500, 700 and 900 (2 px thick), a short rule in one cell
    for (const x of [100, 500, 700, 900]) for (let y = 200; y < 800; y++) data.fill(0, y * width + x, y * width + x + 2);
    for (let y = 300; y < 400; y++) data[y * width + 600] = 0;
    data.fill(0, 650 * width + 520, 650 * width + 560); // ink in the second column
    const page: Raster = { width, height, channels: 1, data };
    const strips = tableColumns(findRules(page, 300), 300);
    expect(strips.map((s) => [s.left, s.right])).toEqual([
      [104, 498],
      [504, 698],
      [704, 898],
    ]);
    expect(strips.every((s) => s.top === 200 && s.bottom === 800)).toBe(true);
    const { page: rest, columns, words } = stackColumns(page, strips, 300);
    expect(rest.data[650 * width + 530]).toBe(255);
    // the second column starts one 0.3 inch gap below the first one's end
    const secondTop = 90 + 600 + 90;
    expect(columns?.data[(secondTop + 450) * width + 530]).toBe(0);
    const read = (top: number, line: string): OcrWord => ({ text: '7', conf: 95, left: 520, top, width: 40, height: 20, line, corrected: false });
    expect(words([read(50, '1.1.1.1')], [read(secondTop + 440, '1.1.1.1')]).map((w) => [w.top, w.line])).toEqual([
      [50, '1.1.1.1'],
      [640, 'columns.1.1.1.1'],
    ]);
  });

  it('joins the words of one row that Tesseract read as separate column blocks, cells apart', () => {
    const word = (text: string, left: number, line: string): OcrWord => ({ text, conf: 95, left, top: 1000, width: 30 * text.length, height: 40, line, corrected: false });
    const lines = linesOfWords([word('Số', 100, 'a'), word('trạm', 175, 'a'), word('BTS', 310, 'a'), word('1.702', 1500, 'b')], 3300, 300);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.segments.map((s) => s.text)).toEqual(['Số trạm BTS', '1.702']);
    expect(lines[0]?.y).toBeCloseTo(((3300 - 1040) * 72) / 300, 5);
  });
});
