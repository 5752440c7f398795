import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvStrict, PartialDate, RegionKey } from '@chiso/shared';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema';
import type { Catalogue } from '../services/catalogue';
import { ingestDocument, type IngestResult } from '../services/ingest';

const ManifestRow = z.object({
  file: z.string().regex(/^[^/\\]+$/, 'a file name inside data/reports'),
  region: RegionKey,
  title: z.string(),
  publisher: z.string(),
  url: z.string(),
  published: z.union([z.literal(''), PartialDate]),
});

/** Ingests each report of `data/reports/manifest.csv` once (a report already stored is recognised by its bytes). */
export async function seedReports(
  db: Kysely<Database>,
  catalogue: Catalogue,
  dataDir: string,
): Promise<{ file: string; result: IngestResult }[]> {
  const dir = join(dataDir, 'reports');
  const rows = parseCsvStrict(readFileSync(join(dir, 'manifest.csv'), 'utf8'), ManifestRow, 'reports/manifest.csv');
  const out: { file: string; result: IngestResult }[] = [];
  for (const row of rows) {
    const bytes = readFileSync(join(dir, row.file));
    const result = await ingestDocument(db, catalogue, {
      bytes,
      region: row.region,
      title: row.title || null,
      publisher: row.publisher || null,
      url: row.url || null,
      published: row.published || null,
      actor: 'seed',
    });
    out.push({ file: row.file, result });
  }
  return out;
}
