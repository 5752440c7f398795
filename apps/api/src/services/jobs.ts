import { CitedUploadReport, type Job } from '@chiso/shared';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, JobsTable } from '../db/schema';
import type { Logger } from '../http/log';
import { nowIso } from '../util/time';
import { announceChange } from './commit';

/** A running job that has written nothing for this long belonged to a process that stopped. */
const STALE_MS = 2 * 60_000;

type JobRow = Selectable<JobsTable>;

function toJob(r: JobRow): Job {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    title: r.title,
    total: r.total,
    done: r.done,
    report: r.report === null ? null : CitedUploadReport.parse(JSON.parse(r.report)),
    error: r.error,
    source_id: r.source_id,
    created_at: r.created_at,
    updated_at: r.updated_at,
    finished_at: r.finished_at,
  };
}

/** What a job's work gets: its id, and a way to record its progress inside each of its transactions. */
export interface JobContext {
  id: number;
  progress(trx: Transaction<Database>, done: number, total: number): Promise<void>;
}

/** Records a job's progress; called inside each step's transaction, so the progress is exactly what is stored. */
export async function recordProgress(trx: Transaction<Database>, id: number, done: number, total: number): Promise<void> {
  await trx.updateTable('jobs').set({ done, total, updated_at: nowIso() }).where('id', '=', id).execute();
}

/** Why a job stopped, in words an editor can act on (a thread that stopped); any other error is the server's own. */
export class JobFailure extends Error {
  override name = 'JobFailure';
}

export interface JobSpec {
  kind: JobsTable['kind'];
  actor: string;
  title: string;
  sourceId: number | null;
  /** The work; what it returns is the job's report (null for none), what it throws ends the job as failed. */
  work(ctx: JobContext): Promise<{ report: CitedUploadReport | null; total: number; log: Record<string, unknown> }>;
}

/**
 * Long writes run off the request path (decision 0062): a request records the job and answers at once; the job runs
 * after it, one at a time per process, committing in steps (each whole or absent) and recording its progress with
 * each step, so `GET /jobs/{id}` can follow it and a job whose process stopped is seen as interrupted.
 */
export class Jobs {
  private queue: Promise<void> = Promise.resolve();
  /** The jobs this process has queued or is running: never taken for another process's leftovers. */
  private readonly mine = new Set<number>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly log: Logger,
  ) {}

  /** Records a queued job and runs it after the jobs before it. */
  async start(spec: JobSpec): Promise<Job> {
    const now = nowIso();
    const row = await this.db
      .insertInto('jobs')
      .values({ kind: spec.kind, actor: spec.actor, title: spec.title, status: 'queued', total: null, done: 0, report: null, error: null, source_id: spec.sourceId, created_at: now, updated_at: now, finished_at: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    this.mine.add(row.id);
    this.queue = this.queue.then(() => this.run(row.id, spec)).finally(() => this.mine.delete(row.id));
    return toJob(row);
  }

  /** A job as an editor sees it; one whose process stopped mid-way is marked interrupted. Null when there is none. */
  async get(id: number): Promise<Job | null> {
    const row = await this.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const stale = (row.status === 'running' || row.status === 'queued') && !this.mine.has(id) && Date.now() - Date.parse(row.updated_at) > STALE_MS;
    if (!stale) return toJob(row);
    const error = 'The server stopped during the job. What it stored so far stays (each step is whole); start it again to finish: what is already done is not done twice.';
    await this.finish(id, 'interrupted', { error });
    return toJob({ ...row, status: 'interrupted', error });
  }

  /** Resolves once every job started so far has ended. */
  idle(): Promise<void> {
    return this.queue;
  }

  private async run(id: number, spec: JobSpec): Promise<void> {
    const started = performance.now();
    const log = (outcome: Record<string, unknown>) => this.log({ kind: 'job', job: id, type: spec.kind, editor: spec.actor, ms: Math.round(performance.now() - started), ...outcome });
    await this.db.updateTable('jobs').set({ status: 'running', updated_at: nowIso() }).where('id', '=', id).execute();
    try {
      const out = await spec.work({ id, progress: (trx, done, total) => recordProgress(trx, id, done, total) });
      await this.finish(id, 'done', { report: out.report === null ? null : JSON.stringify(out.report), total: out.total, done: out.total });
      log(out.log);
    } catch (e) {
      // A step committed since the job last replaced the data version (a thread stopped mid-way) is announced now.
      await announceChange(this.db).catch(() => {});
      const why = e instanceof JobFailure ? e.message : 'The job stopped on an error of the server.';
      // The database closing under it (the server stopping) leaves the job running: it is seen as interrupted later.
      await this.finish(id, 'failed', { error: `${why} What it stored so far stays (each step is whole); start it again to finish.` }).catch(() => {});
      log({ failed: e instanceof Error ? e.message : String(e), ...(e instanceof Error && e.cause instanceof Error ? { cause: e.cause.message } : {}) });
    }
  }

  private async finish(id: number, status: 'done' | 'failed' | 'interrupted', set: { report?: string | null; error?: string; total?: number; done?: number }): Promise<void> {
    const now = nowIso();
    await this.db.updateTable('jobs').set({ status, ...set, updated_at: now, finished_at: now }).where('id', '=', id).execute();
  }
}
