import type { Executor, FactRow, RevisionAction } from '../db/schema';
import { nowIso } from '../util/time';
import { refreshReadModel } from './read-model';

export interface Revision {
  fact_id: number;
  action: RevisionAction;
  actor: string;
  reason?: string | null;
  before: FactRow | null;
  after: FactRow;
}

/** Writes revisions of facts, in one statement: what each was, what it became, who did it and when. */
export async function recordRevisions(db: Executor, revs: readonly Revision[]): Promise<void> {
  if (revs.length === 0) return;
  const at = nowIso();
  await db
    .insertInto('fact_revisions')
    .values(
      revs.map((rev) => ({
        fact_id: rev.fact_id,
        action: rev.action,
        actor: rev.actor,
        reason: rev.reason ?? null,
        before: rev.before ? JSON.stringify(rev.before) : null,
        after: JSON.stringify(rev.after),
        at,
      })),
    )
    .execute();
}

/** Writes one revision of a fact. */
export async function recordRevision(db: Executor, rev: Revision): Promise<void> {
  await recordRevisions(db, [rev]);
}

/**
 * Every write ends here, in its transaction: the read model is recomputed for what changed, and the data version,
 * which read caches and ETags in every process key on, is bumped.
 */
export async function bumpDataVersion(db: Executor): Promise<void> {
  await refreshReadModel(db);
  const updated = await db
    .updateTable('meta')
    .set({ value: String(Date.now()) + '-' + Math.random().toString(36).slice(2, 8) })
    .where('key', '=', 'data_version')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    await db.insertInto('meta').values({ key: 'data_version', value: String(Date.now()) }).execute();
  }
}

export async function dataVersion(db: Executor): Promise<string> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', 'data_version').executeTakeFirst();
  return row?.value ?? '0';
}
