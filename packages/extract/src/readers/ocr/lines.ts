import type { Line, Segment } from '../pdf/lines';
import type { OcrWord } from './words';

/** The layout code works in points; OCR words are in pixels of an image read at `dpi`. */
const POINTS_PER_INCH = 72;
/** Same thresholds as a text layer's lines (pdf/lines.ts), in font sizes. */
const CELL_GAP_EM = 0.7;
const SAME_LINE_EM = 0.35;
/** A word's box is about this share of the font size (capitals with Vietnamese marks are taller, x-height words less). */
const BOX_PER_EM = 0.8;

interface OcrLine {
  words: OcrWord[];
  bottom: number;
  left: number;
  right: number;
  size: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * Lines of an OCR'd page in the shape the text-layer layout reads (pdf/lines.ts): Tesseract's lines, those on the
 * same baseline merged (Tesseract reads table columns as separate blocks), words left to right, cut into segments
 * at wide gaps; sizes within a fifth of the page's commonest size are made equal, as a text layer's font would be.
 */
export function linesOfWords(words: readonly OcrWord[], imageHeight: number, dpi: number): Line[] {
  const scale = POINTS_PER_INCH / dpi;
  const byLine = new Map<string, OcrWord[]>();
  for (const word of words) {
    const line = byLine.get(word.line);
    if (line) line.push(word);
    else byLine.set(word.line, [word]);
  }
  const lines: OcrLine[] = [...byLine.values()].map((ws) => ({
    words: ws,
    bottom: median(ws.map((w) => w.top + w.height)),
    left: Math.min(...ws.map((w) => w.left)),
    right: Math.max(...ws.map((w) => w.left + w.width)),
    size: median(ws.map((w) => w.height)) / BOX_PER_EM,
  }));
  const common = median(lines.flatMap((line) => line.words.map(() => line.size)));
  for (const line of lines) if (Math.abs(line.size / common - 1) < 0.2) line.size = common;
  lines.sort((a, b) => a.bottom - b.bottom || a.left - b.left);

  const rows: OcrLine[][] = [];
  for (const line of lines) {
    const row = rows.find((r) => {
      const first = r[0] as OcrLine;
      return Math.abs(first.bottom - line.bottom) <= SAME_LINE_EM * Math.max(first.size, line.size) && r.every((o) => o.right < line.left || line.right < o.left);
    });
    if (row) row.push(line);
    else rows.push([line]);
  }
  return rows
    .map((row) => toLine(row, imageHeight, scale))
    .sort((a, b) => b.y - a.y || a.x0 - b.x0);
}

function toLine(row: OcrLine[], imageHeight: number, scale: number): Line {
  const words = row.flatMap((line) => line.words).sort((a, b) => a.left - b.left);
  const size = Math.max(...row.map((line) => line.size));
  const segments: Segment[] = [];
  let previous: OcrWord | null = null;
  for (const word of words) {
    const last = segments[segments.length - 1];
    if (last && previous && word.left - (previous.left + previous.width) <= CELL_GAP_EM * size) {
      last.text += ` ${word.text}`;
      last.x1 = (word.left + word.width) * scale;
    } else segments.push({ text: word.text, x0: word.left * scale, x1: (word.left + word.width) * scale });
    previous = word;
  }
  const bottom = median(row.map((line) => line.bottom));
  return {
    y: (imageHeight - bottom) * scale,
    x0: Math.min(...segments.map((s) => s.x0)),
    x1: Math.max(...segments.map((s) => s.x1)),
    size: size * scale,
    font: 'ocr',
    segments,
  };
}
