import type { Job } from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { nowIso } from '../util/time';
import type { Catalogue } from './catalogue';
import { importCitedFacts } from './cited';
import { commitChange } from './commit';
import type { Jobs } from './jobs';

/** Seed keys of cited figures uploaded through the API: the same row uploaded again is the same fact. */
export const CITED_UPLOAD_KEY = 'upload:cited';

export interface CitedFile {
  text: string;
  fileName: string;
  sha256: string;
  actor: string;
}

/** The uploaded file as a source: a dataset named by the file, found again by its bytes' hash. */
async function uploadSource(db: Kysely<Database>, file: CitedFile): Promise<number> {
  const find = () => db.selectFrom('sources').select('id').where('sha256', '=', file.sha256).executeTakeFirst();
  const found = await find();
  if (found) return found.id;
  try {
    const { result } = await commitChange(db, async ({ trx, noteVisible }) => {
      noteVisible();
      const s = await trx
        .insertInto('sources')
        .values({ kind: 'dataset', title: file.fileName, publisher: null, url: null, published_on: null, region: null, report_year: null, format: 'csv', sha256: file.sha256, text: null, created_at: nowIso() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return s.id;
    });
    return result;
  } catch (e) {
    // The same bytes stored by another upload meanwhile: theirs stands (sha256 is unique).
    const raced = await find();
    if (raced) return raced.id;
    throw e;
  }
}

/**
 * An uploaded CSV of cited figures: stored as one source (a dataset), then imported by a job after the answer
 * (services/jobs.ts), its facts pointing to their articles and to the file (decision 0062).
 */
export async function startCitedUpload(db: Kysely<Database>, jobs: Jobs, catalogue: Catalogue, file: CitedFile): Promise<Job> {
  const sourceId = await uploadSource(db, file);
  return jobs.start({
    kind: 'cited',
    actor: file.actor,
    title: file.fileName,
    sourceId,
    work: async ({ progress }) => {
      const { retired: _, ...report } = await importCitedFacts(db, catalogue, file.text, { actor: file.actor, keyPrefix: CITED_UPLOAD_KEY, uploadId: sourceId, progress });
      return { report, total: report.rows, log: { rows: report.rows, inserted: report.inserted, updated: report.updated, invalid: report.invalid_total } };
    },
  });
}
