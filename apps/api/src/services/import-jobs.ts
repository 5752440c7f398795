import { CitedUploadReport, type ImportJob } from '@chiso/shared';
import type { Kysely, Selectable } from 'kysely';
import type { Database, ImportJobsTable } from '../db/schema';
import type { Logger } from '../http/log';
import { nowIso } from '../util/time';
import type { Catalogue } from './catalogue';
import { importCitedFacts } from './cited';
import { commitChange } from './commit';

/** Seed keys of cited figures uploaded through the API: the same row uploaded again is the same fact. */
export const CITED_UPLOAD_KEY = 'upload:cited';

/** A running job that has written nothing for this long belonged to a process that stopped. */
const STALE_MS = 2 * 60_000;

export interface CitedFile {
  text: string;
  fileName: string;
  sha256: string;
  actor: string;
}

type JobRow = Selectable<ImportJobsTable>;

function toJob(r: JobRow): ImportJob {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    file_name: r.file_name,
    rows_total: r.rows_total,
    rows_done: r.rows_done,
    report: r.report === null ? null : CitedUploadReport.parse(JSON.parse(r.report)),
    error: r.error,
    source_id: r.source_id,
    created_at: r.created_at,
    updated_at: r.updated_at,
    finished_at: r.finished_at,
  };
}

/**
 * Imports of cited CSVs, run off the request path: the upload stores the file as a source and a job, answers at
 * once, and the job runs after it, one at a time per process, recording its progress as it commits each step
 * (services/cited.ts). Decision 0031.
 */
export class ImportJobs {
  private queue: Promise<void> = Promise.resolve();
  /** The jobs this process has queued or is running: never taken for another process's leftovers. */
  private readonly mine = new Set<number>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly catalogue: () => Catalogue,
    private readonly log: Logger,
  ) {}

  /** Records the file as a source (a dataset, one per content) and a queued job for it, and starts the job after the others. */
  async start(file: CitedFile): Promise<ImportJob> {
    const sourceId = await this.uploadSource(file);
    const now = nowIso();
    const row = await this.db
      .insertInto('import_jobs')
      .values({ kind: 'cited', actor: file.actor, file_name: file.fileName, status: 'queued', rows_total: null, rows_done: 0, report: null, error: null, source_id: sourceId, created_at: now, updated_at: now, finished_at: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    this.mine.add(row.id);
    this.queue = this.queue.then(() => this.run(row.id, file, sourceId)).finally(() => this.mine.delete(row.id));
    return toJob(row);
  }

  /** A job as an editor sees it; one whose process stopped mid-way is marked interrupted. Null when there is none. */
  async get(id: number): Promise<ImportJob | null> {
    const row = await this.db.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const stale = (row.status === 'running' || row.status === 'queued') && !this.mine.has(id) && Date.now() - Date.parse(row.updated_at) > STALE_MS;
    if (!stale) return toJob(row);
    const error = 'The server stopped during the import. The rows stored so far stay; upload the file again to finish (rows already stored are unchanged).';
    await this.finish(id, 'interrupted', { error });
    return toJob({ ...row, status: 'interrupted', error });
  }

  /** Resolves once every job started so far has ended. */
  idle(): Promise<void> {
    return this.queue;
  }

  /** The uploaded file as a source: a dataset named by the file, found again by its bytes' hash. */
  private async uploadSource(file: CitedFile): Promise<number> {
    const find = () => this.db.selectFrom('sources').select('id').where('sha256', '=', file.sha256).executeTakeFirst();
    const found = await find();
    if (found) return found.id;
    try {
      const { result } = await commitChange(this.db, async ({ trx, noteVisible }) => {
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

  private async run(id: number, file: CitedFile, sourceId: number): Promise<void> {
    const started = performance.now();
    await this.db.updateTable('import_jobs').set({ status: 'running', updated_at: nowIso() }).where('id', '=', id).execute();
    try {
      const report = await importCitedFacts(this.db, this.catalogue(), file.text, {
        actor: file.actor,
        keyPrefix: CITED_UPLOAD_KEY,
        uploadId: sourceId,
        progress: async (trx, done, total) => {
          await trx.updateTable('import_jobs').set({ rows_done: done, rows_total: total, updated_at: nowIso() }).where('id', '=', id).execute();
        },
      });
      const { retired: _, ...body } = report;
      await this.finish(id, 'done', { report: JSON.stringify(body), rows_total: report.rows, rows_done: report.rows });
      this.log({ kind: 'import', job: id, editor: file.actor, rows: report.rows, inserted: report.inserted, updated: report.updated, invalid: report.invalid_total, ms: Math.round(performance.now() - started) });
    } catch (e) {
      // What was committed stays (each step is whole); the editor is told to upload the file again.
      await this.finish(id, 'failed', { error: 'The import stopped on an error of the server; the rows stored so far stay. Upload the file again to finish.' });
      this.log({ kind: 'import', job: id, editor: file.actor, failed: e instanceof Error ? e.message : String(e), ms: Math.round(performance.now() - started) });
    }
  }

  private async finish(id: number, status: 'done' | 'failed' | 'interrupted', set: { report?: string; error?: string; rows_total?: number; rows_done?: number }): Promise<void> {
    const now = nowIso();
    await this.db.updateTable('import_jobs').set({ status, ...set, updated_at: now, finished_at: now }).where('id', '=', id).execute();
  }
}
