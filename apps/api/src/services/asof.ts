import { Fact } from '@chiso/shared';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema';
import type { AcceptedFact } from './resolve';

/** What a revision's `after` JSON must hold for the figure to be rebuilt; anything else in it is ignored. */
const RevisedFact = Fact.pick({
  id: true,
  indicator: true,
  region: true,
  year: true,
  value: true,
  value_min: true,
  value_max: true,
  qualifier: true,
  approx: true,
  method: true,
  status: true,
  change_pct: true,
  change_vs_year: true,
  plan_pct: true,
  source_id: true,
  denominator: true,
  territory_as_of: true,
}).extend({
  // 0 or 1 from SQLite, a boolean from PostgreSQL, absent in a revision written before the flag existed.
  machine_read: z.union([z.boolean(), z.number()]).optional().transform(Boolean),
});
type RevisedFact = z.infer<typeof RevisedFact>;

export interface FactScope {
  region: string;
  indicator: string;
  from?: number | undefined;
  to?: number | undefined;
}

/**
 * The accepted facts of one region and indicator as they stood at `cutoff` (an ISO instant): each fact's last
 * revision at or before it. Every change to a fact writes a revision with the whole row after it, so replaying `after`
 * is exact; a fact without any revision (written before revisions existed) counts as it is since its `created_at`.
 * The facts are found through the revisions' scope index (migration 061): those with a revision in this region and
 * indicator by the cutoff, whose last revision by then is kept if it still places them here. Their sources are
 * joined, never listed as parameters (a list of 32,766 ids is past SQLite's limit).
 */
export async function acceptedFactsAsOf(db: Kysely<Database>, scope: FactScope, cutoff: string): Promise<AcceptedFact[]> {
  const touched = db
    .selectFrom('fact_revisions')
    .select('fact_id')
    .distinct()
    .where('region', '=', scope.region)
    .where('indicator', '=', scope.indicator)
    .where('at', '<=', cutoff)
    .as('t');
  const lastRevision = db
    .selectFrom(touched)
    .select((eb) =>
      eb
        .selectFrom('fact_revisions as r2')
        .select('r2.id')
        .whereRef('r2.fact_id', '=', 't.fact_id')
        .where('r2.at', '<=', cutoff)
        .orderBy('r2.at', 'desc')
        .orderBy('r2.id', 'desc')
        .limit(1)
        .as('id'),
    )
    .as('l');
  const revised = await db
    .selectFrom(lastRevision)
    .innerJoin('fact_revisions as r', 'r.id', 'l.id')
    .innerJoin('facts as f', 'f.id', 'r.fact_id')
    .innerJoin('sources as s', 's.id', 'f.source_id')
    .select(['r.after', 's.kind', 's.published_on'])
    .execute();

  const unrevised = await db
    .selectFrom('facts')
    .innerJoin('sources as s', 's.id', 'facts.source_id')
    .selectAll('facts')
    .select(['s.kind', 's.published_on as source_published_on'])
    .where('facts.created_at', '<=', cutoff)
    .where('facts.region', '=', scope.region)
    .where('facts.indicator', '=', scope.indicator)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('fact_revisions').select('fact_revisions.id').whereRef('fact_revisions.fact_id', '=', 'facts.id'))),
    )
    .execute();

  const keep = (f: RevisedFact) =>
    f.status === 'accepted' &&
    !f.territory_as_of &&
    f.region === scope.region &&
    f.indicator === scope.indicator &&
    (scope.from === undefined || f.year >= scope.from) &&
    (scope.to === undefined || f.year <= scope.to);
  const out: AcceptedFact[] = [];
  const add = (row: unknown, source: { kind: AcceptedFact['source_kind']; published_on: string | null }) => {
    const parsed = RevisedFact.safeParse(row);
    if (!parsed.success || !keep(parsed.data)) return;
    const f = parsed.data;
    out.push({
      id: f.id,
      indicator: f.indicator,
      year: f.year,
      value: f.value,
      value_min: f.value_min,
      value_max: f.value_max,
      qualifier: f.qualifier,
      approx: f.approx,
      method: f.method,
      source_id: f.source_id,
      change_pct: f.change_pct,
      change_vs_year: f.change_vs_year,
      plan_pct: f.plan_pct,
      denominator: f.denominator ?? null,
      machine_read: f.machine_read,
      source_kind: source.kind,
      published_on: source.published_on,
    });
  };
  for (const r of revised) add(JSON.parse(r.after), r);
  for (const f of unrevised) add(f, { kind: f.kind, published_on: f.source_published_on });
  return out.sort((a, b) => a.year - b.year || a.id - b.id);
}
