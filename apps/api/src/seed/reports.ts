import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IndicatorKey, parseCsvStrict, PartialDate, Qualifier, RegionKey } from '@chiso/shared';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema';
import type { Catalogue } from '../services/catalogue';
import { countFacts, ingestDocument, type IngestResult } from '../services/ingest';
import { acceptFact } from '../services/review';
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

/** A figure of a shipped report that a person checked against the text (`data/reports/reviewed.csv`). */
const ReviewedRow = z.object({
  file: z.string(),
  indicator: IndicatorKey,
  year: z.coerce.number().int(),
  value: z.coerce.number(),
  qualifier: Qualifier,
});

/**
 * Ingests each report of `data/reports/manifest.csv` once (a report already stored is recognised by its bytes). The
 * extractor leaves most figures for review (only those over its calibrated threshold are accepted); the figures a
 * person checked in a shipped report are accepted as that review, with a revision that says so.
 */
export async function seedReports(
  db: Kysely<Database>,
  catalogue: Catalogue,
  dataDir: string,
): Promise<{ file: string; result: IngestResult }[]> {
  const dir = join(dataDir, 'reports');
  const rows = parseCsvStrict(readFileSync(join(dir, 'manifest.csv'), 'utf8'), ManifestRow, 'reports/manifest.csv');
  const reviewedFile = join(dir, 'reviewed.csv');
  const reviewed = existsSync(reviewedFile) ? parseCsvStrict(readFileSync(reviewedFile, 'utf8'), ReviewedRow, 'reports/reviewed.csv') : [];
  const out: { file: string; result: IngestResult }[] = [];
  for (const row of rows) {
    const bytes = readFileSync(join(dir, row.file));
    let result = await ingestDocument(db, catalogue, {
      bytes,
      region: row.region,
      title: row.title || null,
      publisher: row.publisher || null,
      url: row.url || null,
      published: row.published || null,
      actor: 'seed',
    });
    const checked = reviewed.filter((r) => r.file === row.file);
    if (checked.length) {
      const pending = await db.selectFrom('facts').select(['id', 'indicator', 'year', 'value', 'qualifier']).where('source_id', '=', result.source.id).where('status', '=', 'pending').execute();
      for (const f of pending) {
        const match = checked.some((r) => r.indicator === f.indicator && r.year === f.year && f.value !== null && Math.abs(r.value - f.value) < 1e-9 && (r.qualifier === 'target') === (f.qualifier === 'target'));
        if (match) await acceptFact(db, f.id, 'seed', 'checked by a person against the report (data/reports/reviewed.csv)');
      }
      result = { ...result, facts: await countFacts(db, result.source.id) };
    }
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
