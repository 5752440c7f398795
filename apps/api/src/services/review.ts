import { figureProblems, type Fact, type FactPatch, type Revision } from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Database, FactRow, FactUpdate, RevisionAction } from '../db/schema';
import { nowIso } from '../util/time';
import type { Catalogue } from './catalogue';
import { commitChange, type Change } from './commit';
import { countFacts, type FactCounts } from './ingest';
import { retirementOf } from './retire';
import { ReviewError } from './review-error';
import { toFact } from './views';

export interface ReviewResult {
  fact: FactRow;
  /** False when the fact already was as asked: no revision was written. */
  changed: boolean;
}

async function load({ trx }: Change, id: number): Promise<FactRow> {
  const fact = await trx.selectFrom('facts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!fact) throw new ReviewError('not_found', `There is no fact ${id}.`);
  if (fact.seed_key?.startsWith('seed:')) {
    const file = fact.seed_key.slice('seed:'.length).split('|')[0];
    throw new ReviewError(
      'conflict',
      `Fact ${id} comes from data/facts/${file}, which is loaded again on every start: change the file instead.`,
    );
  }
  return fact;
}

/**
 * Why the fact, as it would be after the change, must not be accepted: its source was retired, or its figure cannot
 * be one of its indicator's unit. Null when it may.
 */
async function acceptProblem({ trx }: Change, f: FactRow): Promise<string | null> {
  for (const id of [f.source_id, f.upload_id]) {
    if (id !== null && (await retirementOf(trx, id))) {
      return `Fact ${f.id} comes from source ${id}, which an administrator retired: its figures stay out of the public data.`;
    }
  }
  const indicator = await trx.selectFrom('indicators').select('unit').where('key', '=', f.indicator).executeTakeFirst();
  const problems = indicator ? figureProblems(indicator.unit, f) : [];
  return problems.length ? `Fact ${f.id} cannot be accepted as it is (${problems.join('; ')}): edit the figure first.` : null;
}

/**
 * Writes the change only if the fact is still as it was read (optimistic check on status and updated_at), so
 * two editors acting at once cannot both win on PostgreSQL, where transactions run side by side.
 */
async function apply(
  change: Change,
  before: FactRow,
  set: FactUpdate,
  rev: { action: RevisionAction; actor: string; reason?: string | null },
): Promise<FactRow> {
  const status = set.status ?? before.status;
  if (status === 'accepted') {
    const problem = await acceptProblem(change, { ...before, ...set, status } as FactRow);
    if (problem) throw new ReviewError('conflict', problem);
  }
  const after = await change.trx
    .updateTable('facts')
    .set({ ...set, updated_at: nowIso() })
    .where('id', '=', before.id)
    .where('status', '=', before.status)
    .where('updated_at', '=', before.updated_at)
    .returningAll()
    .executeTakeFirst();
  if (!after) throw new ReviewError('conflict', `Fact ${before.id} was changed by someone else meanwhile; load it again.`);
  await change.revise({ fact_id: before.id, action: rev.action, actor: rev.actor, reason: rev.reason ?? null, before, after });
  return after;
}

/** A review action on one fact, committed with its revision (services/commit.ts). */
async function review(db: Kysely<Database>, act: (change: Change) => Promise<ReviewResult>): Promise<ReviewResult> {
  return (await commitChange(db, act)).result;
}

/** A person accepts a fact; one the machine accepted on its own is thereby confirmed (no longer machine-read). */
export async function acceptFact(db: Kysely<Database>, id: number, actor: string, reason?: string): Promise<ReviewResult> {
  return review(db, async (change) => {
    const before = await load(change, id);
    if (before.status === 'accepted' && !before.machine_read) return { fact: before, changed: false };
    return { fact: await apply(change, before, { status: 'accepted', machine_read: 0 }, { action: 'accept', actor, reason }), changed: true };
  });
}

export async function rejectFact(db: Kysely<Database>, id: number, actor: string, reason: string): Promise<ReviewResult> {
  return review(db, async (change) => {
    const before = await load(change, id);
    if (before.status === 'rejected') return { fact: before, changed: false };
    return { fact: await apply(change, before, { status: 'rejected', machine_read: 0 }, { action: 'reject', actor, reason }), changed: true };
  });
}

/** The columns a patch sets: a value clears the range and a range clears the value. */
function patchColumns(p: FactPatch): FactUpdate {
  const set: FactUpdate = {};
  if (p.indicator !== undefined) set.indicator = p.indicator;
  if (p.year !== undefined) set.year = p.year;
  if (p.value !== undefined) Object.assign(set, { value: p.value, value_min: null, value_max: null });
  if (p.value_min !== undefined && p.value_max !== undefined) Object.assign(set, { value: null, value_min: p.value_min, value_max: p.value_max });
  if (p.qualifier !== undefined) set.qualifier = p.qualifier;
  if (p.approx !== undefined) set.approx = p.approx;
  if (p.change_pct !== undefined) set.change_pct = p.change_pct;
  if (p.change_vs_year !== undefined) set.change_vs_year = p.change_vs_year;
  if (p.plan_pct !== undefined) set.plan_pct = p.plan_pct;
  if (p.note !== undefined) set.note = p.note;
  return set;
}

/**
 * Edits a fact. Once an editor has changed the figure itself it is the editor's figure (method `manual`,
 * which the headline rule ranks over an automatic reading); a changed note alone keeps the method. An edit is a
 * person's reading: the fact is no longer machine-read.
 */
export async function editFact(
  db: Kysely<Database>,
  catalogue: Catalogue,
  id: number,
  patch: FactPatch,
  actor: string,
): Promise<ReviewResult> {
  if (patch.indicator !== undefined && !catalogue.indicatorByKey.has(patch.indicator)) {
    throw new ReviewError('invalid', `There is no indicator "${patch.indicator}". GET /api/v1/indicators lists the catalogue.`);
  }
  return review(db, async (change) => {
    const before = await load(change, id);
    const columns = patchColumns(patch);
    const unit = catalogue.indicatorByKey.get(columns.indicator ?? before.indicator)?.unit;
    const problems = unit ? figureProblems(unit, { ...before, ...columns }) : [];
    if (problems.length) throw new ReviewError('invalid', `The figure cannot be one of ${columns.indicator ?? before.indicator}: ${problems.join('; ')}.`);
    const differs = (Object.keys(columns) as (keyof FactUpdate & keyof FactRow)[]).filter((k) => columns[k] !== before[k]);
    const figureChanged = differs.some((k) => k !== 'note');
    const set: FactUpdate = { ...columns };
    if (figureChanged) set.method = 'manual';
    if (patch.accept && before.status !== 'accepted') set.status = 'accepted';
    if (before.machine_read && (patch.accept || differs.length > 0)) set.machine_read = 0;
    if (differs.length === 0 && set.status === undefined && set.machine_read === undefined) return { fact: before, changed: false };
    return { fact: await apply(change, before, set, { action: 'edit', actor, reason: patch.reason }), changed: true };
  });
}

/**
 * Accepts a source's pending facts whose confidence is at least `minConfidence`, one revision each. No person read
 * each figure: they are accepted as machine-read, as the auto-accept policy would (a person confirms each later).
 */
export async function bulkAccept(
  db: Kysely<Database>,
  sourceId: number,
  minConfidence: number,
  actor: string,
  reason?: string,
): Promise<{ accepted: number[]; facts: FactCounts }> {
  const { result: accepted } = await commitChange(db, async (change) => {
    const { trx } = change;
    const source = await trx.selectFrom('sources').select('id').where('id', '=', sourceId).executeTakeFirst();
    if (!source) throw new ReviewError('not_found', `There is no source ${sourceId}.`);
    const pending = await trx
      .selectFrom('facts')
      .selectAll()
      .where('source_id', '=', sourceId)
      .where('status', '=', 'pending')
      .where('confidence', '>=', minConfidence)
      .orderBy('id')
      .execute();
    const why = reason ?? `bulk accept: confidence ≥ ${minConfidence}`;
    const accepted: number[] = [];
    // A figure that cannot be accepted as it is (a retired source, a value its unit cannot have) stays for review.
    for (const before of pending) {
      if (await acceptProblem(change, { ...before, status: 'accepted' })) continue;
      await apply(change, before, { status: 'accepted', machine_read: 1 }, { action: 'accept', actor, reason: why });
      accepted.push(before.id);
    }
    return accepted;
  });
  return { accepted, facts: await countFacts(db, sourceId) };
}

/** A fact's history, oldest first, as the public sees it unless `show` says otherwise (toEditorFact). Null when there is no such fact. */
export async function factRevisions(db: Kysely<Database>, factId: number, show: (r: FactRow) => Fact = toFact): Promise<Revision[] | null> {
  const fact = await db.selectFrom('facts').select('id').where('id', '=', factId).executeTakeFirst();
  if (!fact) return null;
  const rows = await db.selectFrom('fact_revisions').selectAll().where('fact_id', '=', factId).orderBy('id').execute();
  // Revisions hold the fact rows as this service wrote them, so they read back as rows.
  const asFact = (json: string) => show(JSON.parse(json) as FactRow);
  return rows.map((r) => ({
    id: r.id,
    fact_id: r.fact_id,
    action: r.action,
    actor: r.actor,
    reason: r.reason,
    before: r.before === null ? null : asFact(r.before),
    after: asFact(r.after),
    at: r.at,
  }));
}
