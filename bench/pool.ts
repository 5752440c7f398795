import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../apps/api/src/config';
import { readLimits } from '../apps/api/src/services/extractor';
import { ExtractionPool } from '../apps/api/src/services/extraction/pool';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'extract', 'corpus', 'reports');
const normal = new Uint8Array(readFileSync(join(corpus, 'danang-2019-review.txt')));
/** A slow document: a long report (about 4 MB of text, several seconds of extraction). */
const slow = new TextEncoder().encode('Năm 2019, doanh thu đạt 1.000 tỷ đồng, tăng 10% so với năm 2018.\n\n'.repeat(60_000));
const opts = { region: 'da-nang' };

async function timed(pool: ExtractionPool, bytes: Uint8Array): Promise<number> {
  const started = performance.now();
  await pool.run(bytes, opts, readLimits());
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Issue 15.5: one slow document must not hold the others. The latency of a normal upload's extraction alone, and
 * while a slow document is being read, with one worker (the old queue) and with the pool's default.
 */
export async function benchPool(): Promise<void> {
  const config = loadConfig();
  for (const workers of [1, config.EXTRACT_WORKERS]) {
    const pool = new ExtractionPool(() => ({ timeoutMs: 120_000, memoryMb: config.EXTRACT_MEMORY_MB, workers }));
    try {
      await Promise.all(Array.from({ length: workers }, () => timed(pool, normal)));
      const alone: number[] = [];
      for (let i = 0; i < 5; i++) alone.push(await timed(pool, normal));
      const during: number[] = [];
      let slowMs = 0;
      for (let i = 0; i < 3; i++) {
        const long = timed(pool, slow).then((ms) => (slowMs = ms));
        await new Promise((r) => setTimeout(r, 100));
        during.push(await timed(pool, normal));
        await long;
      }
      process.stdout.write(
        `${workers} worker${workers === 1 ? '' : 's'}: a normal report alone ${median(alone).toFixed(0)} ms, beside a slow one (${(slowMs / 1000).toFixed(1)} s) ${median(during).toFixed(0)} ms: ${(median(during) / median(alone)).toFixed(1)}× (median of 5 and 3)\n`,
      );
    } finally {
      await pool.close();
    }
  }
}
