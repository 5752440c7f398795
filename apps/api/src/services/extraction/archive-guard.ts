import { createInflateRaw } from 'node:zlib';
import { ExtractionLimitError } from './pool';

const END_OF_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

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
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let e = 0; e < entries; e++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_HEADER) return;
    const method = view.getUint16(at + 10, true);
    const packedSize = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const packed = bytes.subarray(start, Math.min(bytes.length, start + packedSize));
    total += method === 8 ? await inflatedSize(packed, limit - total) : packed.length;
    if (total > limit) {
      throw new ExtractionLimitError(
        'memory',
        `The archive expands to more than ${Math.round(limit / 1024 / 1024)} MB; a document this size is not a report. Save it again or split it.`,
      );
    }
  }
}
