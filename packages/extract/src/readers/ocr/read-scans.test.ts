import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import UTIF from 'utif2';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../index';
import { renderPdf, SCAN_LOOK, scanLook, scannedPdf } from '../fixtures/scan';
import { readDocument } from '../read-document';
import { OCR_DEFAULTS } from './options';
import { turnQuarters } from './orient';
import type { Raster } from './raster';

const fixturePath = new URL('../fixtures/report-2pages.pdf', import.meta.url).pathname;
const DPI = 200;
/** The two-page fixture report rendered at 200 dpi and made to look scanned (stamp on page 1, turn, noise). */
const scans = renderPdf(fixturePath, DPI).map((page, i) => scanLook(page, { ...SCAN_LOOK, dpi: DPI, seed: 17 + i, stamp: i === 0 ? SCAN_LOOK.stamp : null }));

function png(page: Raster): Uint8Array {
  const image = new PNG({ width: page.width, height: page.height });
  for (let i = 0; i < page.width * page.height; i++) {
    for (let k = 0; k < 3; k++) image.data[i * 4 + k] = page.data[i * page.channels + k] as number;
    image.data[i * 4 + 3] = 255;
  }
  return new Uint8Array(PNG.sync.write(image));
}

describe('scanned pages and images (OCR)', () => {
  it('reads a scanned page image: stamp, turn and noise; figures carry their page box and word confidences', async () => {
    const { document, facts } = await extractDocument(png(scans[0] as Raster), { region: 'thu-nghiem' });
    expect(document.format).toBe('image');
    expect(document.text).toMatch(/tổng doanh thu toàn ngành đạt 4\.250 tỷ đồng/);
    expect(document.text.normalize('NFC')).toBe(document.text);
    expect(document.blocks.every((b) => b.page === 1)).toBe(true);
    const page = document.ocr?.[0];
    expect(page?.skew).toBeCloseTo(SCAN_LOOK.skew, 0);
    expect(page?.image.subarray(0, 3)).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
    const revenue = facts.find((f) => f.indicator === 'ict_revenue' && f.year === 2023 && f.value === 4250);
    expect(revenue?.ocr?.page).toBe(1);
    expect(revenue?.ocr?.number.map((w) => w.text)).toEqual(['4.250']);
    expect(revenue?.ocr?.unit.map((w) => w.text)).toEqual(['tỷ', 'đồng,']);
    const box = revenue?.ocr?.box;
    // the sentence is the first of the body, a fifth of the way down the page
    expect(box?.y).toBeGreaterThan(0.1);
    expect(box?.y).toBeLessThan(0.35);
    expect(box?.w).toBeLessThan(0.3);
    expect(revenue?.ocr?.quote.words).toBeGreaterThan(5);
  });

  it.each([
    [90, 1, 270],
    [180, 2, 180],
  ] as const)('reads a page scanned turned by %i°: put upright, the same figures as the upright page, boxes on the upright page image', async (_degrees, quarters, turned) => {
    const upright = await extractDocument(png(scans[0] as Raster), { region: 'thu-nghiem' });
    const { document, facts } = await extractDocument(png(turnQuarters(scans[0] as Raster, quarters)), { region: 'thu-nghiem' });
    const page = document.ocr?.[0];
    expect(page?.turned).toBe(turned);
    // the stored image is the upright page (portrait), as the boxes are
    expect(page?.height).toBeGreaterThan(page?.width ?? Infinity);
    const figures = (list: typeof facts) => list.map((f) => `${f.indicator} ${f.year} ${f.value}`).sort();
    expect(figures(facts).length).toBeGreaterThan(3);
    expect(figures(facts)).toEqual(figures(upright.facts));
    const revenue = facts.find((f) => f.indicator === 'ict_revenue' && f.year === 2023 && f.value === 4250);
    const uprightBox = upright.facts.find((f) => f.indicator === 'ict_revenue' && f.year === 2023)?.ocr?.box;
    expect(revenue?.ocr?.box.x).toBeCloseTo(uprightBox?.x ?? -1, 3);
    expect(revenue?.ocr?.box.y).toBeCloseTo(uprightBox?.y ?? -1, 3);
  }, 240_000);

  it('reads a PDF page by page: the text layer where there is one, OCR for the scanned page', async () => {
    const pdf = await PDFDocument.create();
    const original = await PDFDocument.load(readFileSync(fixturePath));
    const [textPage] = await pdf.copyPages(original, [0]);
    pdf.addPage(textPage);
    const scanned = await PDFDocument.load(await scannedPdf([scans[1] as Raster], DPI));
    const [imagePage] = await pdf.copyPages(scanned, [0]);
    pdf.addPage(imagePage);
    const doc = await readDocument(await pdf.save());
    expect(doc.format).toBe('pdf');
    expect(doc.ocr?.map((p) => p.page)).toEqual([2]);
    expect(doc.text).toContain('Năm 2023, tổng doanh thu toàn ngành đạt 4.250 tỷ đồng');
    expect(doc.text).toMatch(/ngành phấn đấu tổng doanh thu đạt khoảng 4\.600 tỷ đồng/);
    expect(doc.blocks.find((b) => doc.text.slice(b.start, b.end).includes('4.600'))?.page).toBe(2);
  });

  it('reads a scanned page saved as TIFF', async () => {
    const page = scans[1] as Raster;
    const rgba = new Uint8Array(page.width * page.height * 4);
    for (let i = 0; i < page.width * page.height; i++) {
      for (let k = 0; k < 3; k++) rgba[i * 4 + k] = page.data[i * page.channels + k] as number;
      rgba[i * 4 + 3] = 255;
    }
    const doc = await readDocument(new Uint8Array(UTIF.encodeImage(rgba, page.width, page.height)));
    expect(doc.format).toBe('image');
    expect(doc.text).toMatch(/tổng doanh thu đạt khoảng 4\.600 tỷ đồng/);
  });

  it('refuses, naming the Debian package, when Tesseract or pdftoppm is missing', async () => {
    await expect(readDocument(png(scans[1] as Raster), { ocr: { tools: { tesseract: null } } })).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(/tesseract is not installed \(Debian: apt-get install tesseract-ocr tesseract-ocr-vie\)/),
    });
    await expect(readDocument(await scannedPdf([scans[1] as Raster], DPI), { ocr: { tools: { pdftoppm: null } } })).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(/poppler-utils/),
    });
  });

  it('refuses an image above the pixel limit from its header (the server test sends a 20 000 × 20 000 one)', async () => {
    const page = scans[1] as Raster;
    const size = `${page.width.toLocaleString('en')} × ${page.height.toLocaleString('en')} pixels`;
    await expect(readDocument(png(page), { ocr: { maxPixels: 1_000_000 } })).rejects.toMatchObject({ code: 'limit', message: expect.stringContaining(size) });
  });

  it('refuses a 500-page scan before reading any page', async () => {
    const pdf = await PDFDocument.create();
    const image = await pdf.embedPng(png({ width: 8, height: 8, channels: 3, data: new Uint8Array(192).fill(128) }));
    for (let i = 0; i < 500; i++) pdf.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    await expect(readDocument(await pdf.save())).rejects.toMatchObject({ code: 'limit', message: expect.stringMatching(/500 scanned pages.*at most 50/) });
  });

  it('stops OCR past its time limit', async () => {
    await expect(readDocument(png(scans[1] as Raster), { ocr: { timeoutMs: 50 } })).rejects.toMatchObject({ code: 'limit', message: expect.stringMatching(/OCR_TIMEOUT_S/) });
  });

  it('keeps the defaults a server runs with', () => {
    expect(OCR_DEFAULTS).toMatchObject({ language: 'vie', maxPages: 50, dpi: 300 });
  });
});
