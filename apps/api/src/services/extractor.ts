import { mayHoldScans } from '@chiso/extract/bytes';
import type { Indicator } from '@chiso/shared';
import { loadConfig } from '../config';
import { assertArchiveWithinLimit } from './extraction/archive-guard';
import { ExtractionPool } from './extraction/pool';
import type { Extraction, ReadLimits } from './extraction/protocol';

export type { Extraction, ExtractedPage } from './extraction/protocol';
export { ExtractionLimitError } from './extraction/pool';

const pool = new ExtractionPool(() => {
  const config = loadConfig();
  return { timeoutMs: config.EXTRACT_TIMEOUT_S * 1000, memoryMb: config.EXTRACT_MEMORY_MB, workers: config.EXTRACT_WORKERS };
});

/** The readers' limits from the settings (`OCR_*`, `SHEET_MAX_ROWS`). */
export function readLimits(): ReadLimits {
  const config = loadConfig();
  return {
    ocr: { maxPages: config.OCR_MAX_PAGES, maxPixels: config.OCR_MAX_PIXELS, timeoutMs: config.OCR_TIMEOUT_S * 1000 },
    sheets: { maxRows: config.SHEET_MAX_ROWS },
  };
}

/**
 * The one place the API calls the extraction engine: in a worker of the pool with a memory limit and a deadline
 * (`EXTRACT_MEMORY_MB`, `EXTRACT_TIMEOUT_S`, plus `OCR_TIMEOUT_S` for a PDF or an image, which may need OCR); a
 * reader's `ReadError` comes back with its name and code.
 */
export async function extractFromBytes(
  bytes: Uint8Array,
  opts: { region: string; catalogue: Indicator[]; published: string | null; title: string | null },
): Promise<Extraction> {
  await assertArchiveWithinLimit(bytes);
  const config = loadConfig();
  const timeoutMs = (config.EXTRACT_TIMEOUT_S + (mayHoldScans(bytes) ? config.OCR_TIMEOUT_S : 0)) * 1000;
  return pool.run(
    bytes,
    {
      region: opts.region,
      catalogue: opts.catalogue,
      ...(opts.title ? { title: opts.title } : {}),
      ...(opts.published ? { published: opts.published } : {}),
    },
    readLimits(),
    timeoutMs,
  );
}
