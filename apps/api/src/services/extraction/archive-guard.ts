import { createInflateRaw } from 'node:zlib';
import { zipEntries } from '@chiso/extract/bytes';
import { ExtractionLimitError } from './pool';

/** Bytes an archive (docx is one) may expand to: the worker's heap limit does not cover the buffers a reader inflates. */
export const MAX_EXPANDED_BYTES = 200 * 1024 * 1024;

/** Inflates a deflated entry without keeping its output, counting up to `budget`; the count, or past the budget. */
function inflatedSize(packed: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve) => {
    const z = createInflateRaw();
    let n = 0;
    z.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > budget) {
        z.destroy();
        resolve(n);
      }
    });
    z.on('end', () => resolve(n));
    z.on('error', () => resolve(n)); // a broken stream is the reader's to report
    z.end(packed);
  });
}

/**
 * Refuses a zip archive whose entries inflate beyond `MAX_EXPANDED_BYTES` (a zip bomb), measured by inflating
 * and discarding, whatever sizes the headers claim. Anything that is not a well-formed zip passes on to the readers.
 */
export async function assertArchiveWithinLimit(bytes: Uint8Array, limit = MAX_EXPANDED_BYTES): Promise<void> {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return;
  let total = 0;
  for (const entry of zipEntries(bytes)) {
    total += entry.method === 8 ? await inflatedSize(entry.data, limit - total) : entry.data.length;
    if (total > limit) {
      throw new ExtractionLimitError(
        'memory',
        `The archive expands to more than ${Math.round(limit / 1024 / 1024)} MB; a document this size is not a report. Save it again or split it.`,
      );
    }
  }
}
