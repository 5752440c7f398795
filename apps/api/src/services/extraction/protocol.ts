import type { ExtractedFact, Indicator } from '@chiso/shared';

/** Reading limits the API's settings give the readers (OCR of scans and images, workbooks). */
export interface ReadLimits {
  ocr: { maxPages: number; maxPixels: number; timeoutMs: number };
  sheets: { maxRows: number };
}

export interface ExtractJob {
  id: number;
  bytes: Uint8Array;
  /** The catalogue to look for; the extractor's default (data/indicators.csv) when absent. */
  opts: { region: string; catalogue?: Indicator[]; title?: string; published?: string };
  read: ReadLimits;
}

/** A page image of a document read by OCR, as the reviewer sees it. */
export interface ExtractedPage {
  page: number;
  width: number;
  height: number;
  mime: 'image/jpeg';
  image: Uint8Array;
  /** Offsets of the page's text in the document's text (its first and last block), null when no block is on it. */
  text_start: number | null;
  text_end: number | null;
}

export interface Extraction {
  format: string;
  text: string;
  title: string | null;
  published: string | null;
  reportYear: number | null;
  /** Each fact says whether an upload accepts it without review (`auto_accept`). */
  facts: ExtractedFact[];
  pages: ExtractedPage[];
}

/** An error as it crosses the thread boundary: enough to rebuild a reader's `ReadError`. */
export interface WorkerError {
  name: string;
  message: string;
  code?: string;
  /** A reader's `ReadError.reason`: what a library said, for the log. */
  reason?: string;
}

export type ExtractReply = { id: number; ok: true; result: Extraction } | { id: number; ok: false; error: WorkerError };
