import { readDocx } from './docx';
import { readHtml } from './html/read-html';
import { readPdf } from './pdf/read-pdf';
import { sniffFormat } from './sniff';
import { readText } from './text';
import type { ReadDocument } from './types';
import { ReadError } from './types';

/** Reads any supported document; the format comes from the bytes. Rejects only with a `ReadError`. */
export async function readDocument(bytes: Uint8Array): Promise<ReadDocument> {
  try {
    switch (sniffFormat(bytes)) {
      case 'pdf':
        return await readPdf(bytes);
      case 'docx':
        return await readDocx(bytes);
      case 'html':
        return readHtml(bytes);
      case 'text':
        return readText(bytes);
    }
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReadError('corrupt', `the document could not be read: ${reason}`);
  }
}
