import type { Job } from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Database, Executor } from '../db/schema';
import { nowIso } from '../util/time';
import { commitChange } from './commit';
import type { Jobs } from './jobs';
import { ReviewError } from './review-error';
import { TimeSlice } from './time-slice';

/** Facts rejected per commit while a source is retired. */
const STEP_FACTS = 250;

/** When and why a source was retired, or null. */
export async function retirementOf(db: Executor, sourceId: number): Promise<{ at: string; reason: string } | null> {
  const r = await db.selectFrom('retired_sources').select(['retired_at', 'reason']).where('source_id', '=', sourceId).executeTakeFirst();
  return r ? { at: r.retired_at, reason: r.reason } : null;
}

/** The facts a source stands behind: those it states, and for an uploaded file those it brought. */
const factsOf = (db: Executor, sourceId: number) =>
  db.selectFrom('facts').where((eb) => eb.or([eb('source_id', '=', sourceId), eb('upload_id', '=', sourceId)]));

/**
 * Retires a source (administrators): recorded at once, so its text is no longer served and its facts cannot be
 * accepted again; then a job rejects each of its facts that is not rejected yet, with a revision, in steps (a source
 * of 100k facts does not hold the server). Retiring a retired source again finishes what an interrupted job left.
 */
export async function startRetirement(db: Kysely<Database>, jobs: Jobs, q: { sourceId: number; actor: string; reason: string }): Promise<Job> {
  const source = await db.selectFrom('sources').select(['id', 'title', 'url', 'kind']).where('id', '=', q.sourceId).executeTakeFirst();
  if (!source) throw new ReviewError('not_found', `There is no source ${q.sourceId}.`);
  const reason = (await retirementOf(db, source.id))?.reason ?? q.reason;
  await commitChange(db, async ({ trx, noteVisible }) => {
    if (await retirementOf(trx, source.id)) return;
    await trx.insertInto('retired_sources').values({ source_id: source.id, retired_at: nowIso(), actor: q.actor, reason }).execute();
    noteVisible();
  });
  return jobs.start({
    kind: 'retire',
    actor: q.actor,
    title: source.title ?? source.url ?? `${source.kind} ${source.id}`,
    sourceId: source.id,
    work: async ({ progress }) => {
      const total = Number((await factsOf(db, source.id).select((eb) => eb.fn.countAll<number>().as('n')).where('status', '!=', 'rejected').executeTakeFirstOrThrow()).n);
      let done = 0;
      for (;;) {
        const step = await factsOf(db, source.id).selectAll().where('status', '!=', 'rejected').orderBy('id').limit(STEP_FACTS).execute();
        if (!step.length) break;
        await commitChange(db, async ({ trx, revise }) => {
          for (const before of step) {
            const after = await trx.updateTable('facts').set({ status: 'rejected', updated_at: nowIso() }).where('id', '=', before.id).returningAll().executeTakeFirstOrThrow();
            await revise({ fact_id: before.id, action: 'retire', actor: q.actor, reason: `source retired: ${reason}`, before, after });
          }
          done += step.length;
          await progress(trx, done, Math.max(total, done));
        });
        await TimeSlice.yield();
      }
      return { report: null, total: done, log: { source: source.id, retired: done } };
    },
  });
}
