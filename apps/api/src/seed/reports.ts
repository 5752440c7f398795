import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvStrict, PartialDate, RegionKey } from '@chiso/shared';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema';
import type { Catalogue } from '../services/catalogue';
import { ingestDocument, type IngestResult } from '../services/ingest';
import { commitChange } from '../services/commit';
import { nowIso } from '../util/time';

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
    if (result.created) await retireEarlierVersions(db, result.source.id, row.title, row.region);
    out.push({ file: row.file, result });
  }
  return out;
}

/**
 * A report file of `data/reports` that changed (its text cleaned, say) is stored as a new source; the facts read
 * from the earlier version of the same report (same title and region) leave the public data, each with a
 * revision, so one report does not count as two witnesses. The earlier source stays listed, as every source does.
 */
async function retireEarlierVersions(db: Kysely<Database>, current: number, title: string, region: string): Promise<void> {
  if (!title) return;
  await commitChange(db, async ({ trx, revise }) => {
    const earlier = await trx
      .selectFrom('facts')
      .innerJoin('sources', 'sources.id', 'facts.source_id')
      .selectAll('facts')
      .where('sources.kind', '=', 'report')
      .where('sources.title', '=', title)
      .where('sources.region', '=', region)
      .where('sources.id', '!=', current)
      .where('facts.status', '!=', 'rejected')
      .execute();
    for (const f of earlier) {
      const after = await trx.updateTable('facts').set({ status: 'rejected', updated_at: nowIso() }).where('id', '=', f.id).returningAll().executeTakeFirstOrThrow();
      await revise({ fact_id: f.id, action: 'retire', actor: 'seed', reason: 'a newer version of the same report replaces this one', before: f, after });
    }
  });
}
