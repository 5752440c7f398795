import type { Block, DocumentFormat } from '@chiso/shared';

/** A document turned into plain text: offsets of facts, blocks and quotes all refer to `text`. */
export interface ReadDocument {
  format: Exclude<DocumentFormat, 'csv'>;
  /** NFC text, boilerplate removed, tables kept as rows (cells separated by ` | `), blocks separated by blank lines. */
  text: string;
  blocks: Block[];
  /** Title found in the document (HTML <title>/<h1>, DOCX first heading), if any. */
  title?: string;
  /** Publication date found in the document (YYYY-MM-DD), if any. */
  published?: string;
  pages?: number;
}

/** A document that cannot be read: `unsupported` → HTTP 415, `corrupt` or `no_text` → 422. */
export class ReadError extends Error {
  constructor(
    readonly code: 'unsupported' | 'corrupt' | 'no_text' | 'empty',
    message: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}
