import type { ToolPaths } from './tools';

/** How scanned pages are read, and the limits that keep one document from taking the server's time. */
export interface OcrOptions {
  /** Tesseract languages (`vie`: Vietnamese, whose model reads the English alphabet too). */
  language: string;
  /** Pages read by OCR in one document. */
  maxPages: number;
  /** Pixels of one page image (a page rendered from a PDF is rendered at a lower resolution to fit). */
  maxPixels: number;
  /** OCR time for the whole document; past it the document is refused. */
  timeoutMs: number;
  /** Resolution scanned PDF pages are rendered at (Tesseract reads best at about 300 dpi). */
  dpi: number;
  /** Width of the page images kept for display. */
  displayWidth: number;
  tools: ToolPaths;
}

export const OCR_DEFAULTS: OcrOptions = {
  language: 'vie',
  maxPages: 50,
  maxPixels: 40_000_000,
  timeoutMs: 180_000,
  dpi: 300,
  displayWidth: 1240,
  tools: {},
};

/** What an OCR'd page carries beside its text: the image shown to a reviewer and each word with its box. */
export interface OcrPageImage {
  /** 1-based page of the document. */
  page: number;
  /** The page image kept for display (JPEG), and its size in pixels. */
  image: Uint8Array;
  width: number;
  height: number;
  /** Resolution the page was read at; the quarter turn (clockwise, degrees) that put the scan upright before it was
   * read, and the skew levelled after that (degrees). The image and the boxes are of the upright page. */
  dpi: number;
  turned: 0 | 90 | 180 | 270;
  skew: number;
  words: OcrWordBox[];
}

/** A word on a page image: its box as fractions of the page's width and height, and where it is in the text. */
export interface OcrWordBox {
  text: string;
  conf: number;
  corrected: boolean;
  box: { x: number; y: number; w: number; h: number };
  /** Offsets of the word in the document's text, when it was found there. */
  start?: number;
  end?: number;
}

/** A clock for the whole document's OCR time. */
export class OcrBudget {
  private readonly deadline: number;

  constructor(readonly timeoutMs: number) {
    this.deadline = Date.now() + timeoutMs;
  }

  /** Milliseconds left, at least 1 (the call then fails on its own deadline). */
  left(): number {
    return Math.max(1, this.deadline - Date.now());
  }
}
