import type { Block, DocumentFormat } from '@chiso/shared';
import type { OcrPageImage } from './ocr/options';

/** One cell of a table row: `text.slice(start, end)` is the cell text. */
export interface ReadTableCell {
  /** Grid column (0-based); a merged cell is repeated in every column it covers. */
  column: number;
  start: number;
  end: number;
  /** The cell's address in its worksheet (`C5`, or the range of a merged cell: `B2:D2`), for a workbook. */
  ref?: string;
}

export interface ReadTableRow {
  /** Index of the row's `table_row` block in `ReadDocument.blocks`. */
  block: number;
  header: boolean;
  /** A single cell spanning the whole table (a section title inside the table), repeated like any merged cell. */
  spanning?: boolean;
  cells: ReadTableCell[];
}

/** A table, so that each cell can be mapped to its column header. */
export interface ReadTable {
  index: number;
  /** Header label of each grid column: the header rows' texts top to bottom (merged cells carried), '' if none. */
  columns: string[];
  headerRows: number;
  rows: ReadTableRow[];
  /** Caption or title line read with the table, if any (it is also a paragraph block before the rows). */
  caption?: string;
  /** The worksheet this table is, for a workbook. */
  sheet?: string;
}

/** A document turned into plain text: offsets of facts, blocks and quotes all refer to `text`. */
export interface ReadDocument {
  format: Exclude<DocumentFormat, 'csv'>;
  /**
   * NFC text, boilerplate removed, tables kept as rows (cells separated by ` | `), blocks separated by blank
   * lines, except consecutive rows of one table and consecutive items of one list, which are on consecutive
   * lines. Blocks never overlap and never contain a blank line; a paragraph may contain single line breaks.
   */
  text: string;
  blocks: Block[];
  /** Title found in the document (HTML <h1>/<title>, DOCX first heading, PDF metadata), if any. */
  title?: string;
  /** Publication date found in the document (YYYY-MM-DD), if any. */
  published?: string;
  /** Month of publication (YYYY-MM) when the document gives it, even without a day ("tháng 01/2023"). */
  publishedMonth?: string;
  pages?: number;
  /** Tables, with each row's cells; their rows are the `table_row` blocks. */
  tables?: ReadTable[];
  /** Pages read by OCR: the page image, and every word with its box, confidence and offsets in `text`. */
  ocr?: OcrPageImage[];
}

/**
 * A document that cannot be read: `unsupported` → HTTP 415; `corrupt`, `no_text`, `empty` → 422; `limit` (more pages,
 * pixels, rows or nesting than a report has, or more OCR time than allowed) → 422. The message is for the person who
 * uploaded the file; what a library said about it (a parser's line and column, a tool's stderr) is the `reason`, for
 * the server's log only (issue 15: a parser's internals in a 422).
 */
export class ReadError extends Error {
  constructor(
    readonly code: 'unsupported' | 'corrupt' | 'no_text' | 'empty' | 'limit',
    message: string,
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}
