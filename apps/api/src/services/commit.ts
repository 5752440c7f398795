import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import { isPostgres } from '../db/connect';
import type { Source } from '@chiso/shared';
import type { Database, FactRevisionsTable, FactRow, RevisionAction } from '../db/schema';
import { noteCommittedVersion, writeDataVersion } from '../db/version';
import { nowIso } from '../util/time';
import { refreshReadModel } from './read-model';

/** Revisions per insert statement: 9 columns each, well under SQLite's 32,766 parameters. */
const REVISION_BATCH = 500;
/** Revisions in one change from which the planner's statistics are refreshed after it (PostgreSQL). */
const BULK_REVISIONS = 5_000;

export interface Revision {
  fact_id: number;
  action: RevisionAction;
  actor: string;
  reason?: string | null;
  /** The fact before the change; null when it was created. */
  before: FactRow | null;
  after: FactRow;
}

/** A change to a source's own fields (its title), as its history shows it. */
export interface SourceRevision {
  source_id: number;
  actor: string;
  reason?: string | null;
  before: Source;
  after: Source;
}

/** What a change may do inside its transaction. */
export interface Change {
  trx: Transaction<Database>;
  /** Records a revision of a fact: what it was, what it became, who did it and why. Every changed fact needs one. */
  revise(rev: Revision): Promise<void>;
  /** Records a revision of a source (an edited title): every changed source needs one. */
  reviseSource(rev: SourceRevision): Promise<void>;
  /** Says that readers see something new that no revision records (a new source): the data version moves on. */
  noteVisible(): void;
}

/** What a committed change did. */
export interface Committed<T> {
  result: T;
  /** The new data version, or null when the change changed nothing a reader sees (or its version was deferred). */
  version: string | null;
  /** With `deferVersion`: the change changed what a reader sees, and the version is still to be replaced. */
  owed: boolean;
}

export interface CommitOptions {
  /**
   * A step of a long job: the data version is left as it is and `owed` says whether it must move. The job replaces
   * it itself (announceChange) every so often and when it ends, so read caches are not emptied by every step.
   */
  deferVersion?: boolean;
}

/**
 * The one way the data changes. Runs `change` in a transaction, then, in the same transaction: the read model is
 * recomputed for what the change touched (triggers mark it, decision 0044) and, if a reader would see anything
 * new, the data version is replaced, so every process's read cache moves on. Facts, revisions, what is derived
 * from them and the version commit together, or none of them does.
 */
export async function commitChange<T>(db: Kysely<Database>, change: (c: Change) => Promise<T>, opts: CommitOptions = {}): Promise<Committed<T>> {
  const committed = await db.transaction().execute(async (trx) => {
    let revised = 0;
    let visible = false;
    let pending: Insertable<FactRevisionsTable>[] = [];
    // Revisions are written in batches: a change of thousands of facts makes a few statements, not one per fact.
    const flush = async () => {
      if (pending.length) await trx.insertInto('fact_revisions').values(pending).execute();
      pending = [];
    };
    const result = await change({
      trx,
      revise: async (rev) => {
        revised++;
        pending.push({
          fact_id: rev.fact_id,
          action: rev.action,
          actor: rev.actor,
          reason: rev.reason ?? null,
          before: rev.before ? JSON.stringify(rev.before) : null,
          after: JSON.stringify(rev.after),
          at: nowIso(),
          region: rev.after.region,
          indicator: rev.after.indicator,
        });
        if (pending.length >= REVISION_BATCH) await flush();
      },
      noteVisible: () => {
        visible = true;
      },
      reviseSource: async (rev) => {
        revised++;
        await trx
          .insertInto('source_revisions')
          .values({
            source_id: rev.source_id,
            action: 'edit',
            actor: rev.actor,
            reason: rev.reason ?? null,
            before: JSON.stringify(rev.before),
            after: JSON.stringify(rev.after),
            at: nowIso(),
          })
          .execute();
      },
    });
    await flush();
    const refreshed = await refreshReadModel(trx);
    const changed = visible || revised > 0 || refreshed.series > 0 || refreshed.facts > 0;
    if (opts.deferVersion) return { result, version: null, owed: changed, revised };
    return { result, version: changed ? await writeDataVersion(trx) : null, owed: false, revised };
  });
  if (committed.version !== null) noteCommittedVersion(db, committed.version);
  if (committed.revised >= BULK_REVISIONS) await refreshPlannerStatistics(db);
  return { result: committed.result, version: committed.version, owed: committed.owed };
}

/**
 * After a change of thousands of facts, PostgreSQL's planner statistics of the tables it filled are brought up to date
 * at once. Left to autovacuum, an ANALYZE that sampled them while the change was still uncommitted records them as
 * nearly empty, and the next query over them is planned as over a handful of rows (nested loops over tens of thousands:
 * minutes, not milliseconds). SQLite plans from its indexes and needs nothing.
 */
async function refreshPlannerStatistics(db: Kysely<Database>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`analyze facts, fact_revisions, sources`.execute(db);
}

/** Replaces the data version for changes committed with `deferVersion`: every read cache moves on to them. */
export async function announceChange(db: Kysely<Database>): Promise<string> {
  const version = await db.transaction().execute(writeDataVersion);
  noteCommittedVersion(db, version);
  return version;
}

/**
 * A change made outside the write API (a restore, a bulk load) that every reader must see: the read model is
 * brought up to date and the data version replaced, whatever changed.
 */
export async function commitExternalChange(db: Kysely<Database>): Promise<string> {
  const version = await db.transaction().execute(async (trx) => {
    await refreshReadModel(trx);
    return writeDataVersion(trx);
  });
  noteCommittedVersion(db, version);
  return version;
}
