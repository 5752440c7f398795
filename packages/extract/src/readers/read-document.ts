import { readDocx } from './docx';
import { readHtml } from './html/read-html';
import type { OcrOptions } from './ocr/options';
import { OCR_DEFAULTS } from './ocr/options';
import { readPdf } from './pdf/read-pdf';
import type { SheetLimits } from './sheet/limits';
import { SHEET_LIMITS } from './sheet/limits';
import { sniffFormat } from './sniff';
import { readText } from './text';
import type { ReadDocument } from './types';
import { ReadError } from './types';

/** Limits and tools of the readers that need them (OCR of scans and images, workbooks). */
export interface ReadOptions {
  ocr?: Partial<OcrOptions>;
  sheets?: Partial<SheetLimits>;
}

/** Reads any supported document; the format comes from the bytes. Rejects only with a `ReadError`. */
export async function readDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  const ocr = { ...OCR_DEFAULTS, ...options.ocr };
  const sheets = { ...SHEET_LIMITS, ...options.sheets };
  try {
    const format = sniffFormat(bytes);
    switch (format) {
      case 'pdf':
        return await readPdf(bytes, { ocr });
      case 'docx':
        return await readDocx(bytes);
      // the readers of rarer formats load their libraries (SheetJS is 8 MB) when first needed, not in every worker
      case 'doc':
        return await (await import('./doc')).readDoc(bytes);
      case 'html':
        return readHtml(bytes);
      case 'text':
        return readText(bytes);
      case 'image':
        return await (await import('./ocr/read-image')).readImage(bytes, ocr);
      case 'xlsx':
      case 'xls':
      case 'ods':
      case 'csv':
        return await (await import('./sheet/read-sheet')).readSheet(bytes, format, sheets);
    }
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReadError('corrupt', 'the document is damaged or not what its name says: open it, save it again and upload the new file', reason);
  }
}
