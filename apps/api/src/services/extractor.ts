import type { Indicator } from '@chiso/shared';
import { loadConfig } from '../config';
import { assertArchiveWithinLimit } from './extraction/archive-guard';
import { ExtractionPool } from './extraction/pool';
import type { Extraction } from './extraction/protocol';

export type { Extraction } from './extraction/protocol';
export { ExtractionLimitError } from './extraction/pool';

const pool = new ExtractionPool(() => {
  const config = loadConfig();
  return { timeoutMs: config.EXTRACT_TIMEOUT_S * 1000, memoryMb: config.EXTRACT_MEMORY_MB };
});

/**
 * The one place the API calls the extraction engine: in a worker thread with a memory limit and a deadline
 * (`EXTRACT_MEMORY_MB`, `EXTRACT_TIMEOUT_S`); a reader's `ReadError` comes back with its name and code.
 */
export async function extractFromBytes(
  bytes: Uint8Array,
  opts: { region: string; catalogue: Indicator[]; published: string | null; title: string | null },
): Promise<Extraction> {
  await assertArchiveWithinLimit(bytes);
  return pool.run(bytes, {
    region: opts.region,
    catalogue: opts.catalogue,
    ...(opts.title ? { title: opts.title } : {}),
    ...(opts.published ? { published: opts.published } : {}),
  });
}
