import type { Job } from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';
import { nowIso } from '../util/time';
import type { Catalogue } from './catalogue';
import { importCitedFacts } from './cited';
import { importInThread } from './cited-thread';
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
 * (services/jobs.ts), its facts pointing to their articles and to the file (decision 0062). On a SQLite file the
 * import runs in a thread of its own, so the event loop keeps answering reads (decision 0064); on PostgreSQL and an
 * in-memory SQLite the same import runs here, between other requests.
 */
export async function startCitedUpload(db: Db, jobs: Jobs, catalogue: Catalogue, file: CitedFile): Promise<Job> {
  const sourceId = await uploadSource(db.db, file);
  return jobs.start({
    kind: 'cited',
    actor: file.actor,
    title: file.fileName,
    sourceId,
    work: async ({ id, progress }) => {
      const opts = { actor: file.actor, keyPrefix: CITED_UPLOAD_KEY, uploadId: sourceId };
      const report = db.sqliteFile
        ? await importInThread({ file: db.sqliteFile, jobId: id, text: file.text, opts })
        : await importCitedFacts(db.db, catalogue, file.text, { ...opts, progress }).then(({ retired: _, ...r }) => r);
      return { report, total: report.rows, log: { rows: report.rows, inserted: report.inserted, updated: report.updated, invalid: report.invalid_total, thread: Boolean(db.sqliteFile) } };
    },
  });
}
