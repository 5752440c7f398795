import { createInflateRaw } from 'node:zlib';
import { zipEntries } from '../zip';

/** Counts `<row` tags in a deflated worksheet as it inflates, and stops as soon as there are more than `limit`. */
function countRows(entry: { method: number; data: Uint8Array }, limit: number): Promise<number> {
  if (entry.method === 0) return Promise.resolve(Buffer.from(entry.data).toString('latin1').split('<row').length - 1);
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let rows = 0;
    let tail = '';
    inflate.on('data', (chunk: Buffer) => {
      const text = tail + chunk.toString('latin1');
      rows += text.split('<row').length - 1 - (tail.split('<row').length - 1);
      tail = text.slice(-4);
      if (rows > limit) {
        inflate.destroy();
        resolve(rows);
      }
    });
    inflate.on('end', () => resolve(rows));
    inflate.on('error', () => resolve(rows)); // a damaged stream is for the reader to report
    inflate.end(entry.data);
  });
}

/**
 * The first worksheet of an .xlsx with more than `limit` rows, found before the workbook is parsed (SheetJS reads a
 * sheet's whole XML even when asked for its first rows only: a million rows cost 16 s and 900 MB). Null when none.
 */
export async function sheetOverLimit(bytes: Uint8Array, limit: number): Promise<{ entry: string; rows: number } | null> {
  for (const entry of zipEntries(bytes)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const rows = await countRows(entry, limit);
    if (rows > limit) return { entry: entry.name, rows };
  }
  return null;
}
