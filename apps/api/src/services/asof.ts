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
});
type RevisedFact = z.infer<typeof RevisedFact>;

export interface FactScope {
  region: string;
  indicator?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
}

/**
 * The accepted facts as they stood at `cutoff` (an ISO instant): each fact's last revision at or before it.
 * Every change to a fact writes a revision with the whole row after it, so replaying `after` is exact; a fact
 * without any revision (written before revisions existed) counts as it is since its `created_at`.
 */
export async function acceptedFactsAsOf(db: Kysely<Database>, scope: FactScope, cutoff: string): Promise<AcceptedFact[]> {
  const revisions = await db
    .selectFrom('fact_revisions')
    .select(['fact_id', 'after'])
    .where('at', '<=', cutoff)
    .orderBy('fact_id')
    .orderBy('at')
    .orderBy('id')
    .execute();
  const latest = new Map<number, string>();
  for (const r of revisions) latest.set(r.fact_id, r.after);

  const unrevised = await db
    .selectFrom('facts')
    .selectAll()
    .where('created_at', '<=', cutoff)
    .where('region', '=', scope.region)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('fact_revisions').select('fact_revisions.id').whereRef('fact_revisions.fact_id', '=', 'facts.id'))),
    )
    .execute();

  const rows: RevisedFact[] = [];
  const keep = (f: RevisedFact) =>
    f.status === 'accepted' &&
    !f.territory_as_of &&
    f.region === scope.region &&
    (scope.indicator === undefined || f.indicator === scope.indicator) &&
    (scope.from === undefined || f.year >= scope.from) &&
    (scope.to === undefined || f.year <= scope.to);
  for (const json of latest.values()) {
    const parsed = RevisedFact.safeParse(JSON.parse(json));
    if (parsed.success && keep(parsed.data)) rows.push(parsed.data);
  }
  for (const f of unrevised) {
    const parsed = RevisedFact.safeParse(f);
    if (parsed.success && keep(parsed.data)) rows.push(parsed.data);
  }
  if (rows.length === 0) return [];

  const sourceIds = [...new Set(rows.map((r) => r.source_id))];
  const sources = await db.selectFrom('sources').select(['id', 'kind', 'published_on']).where('id', 'in', sourceIds).execute();
  const byId = new Map(sources.map((s) => [s.id, s]));
  return rows
    .flatMap((f) => {
      const s = byId.get(f.source_id);
      if (!s) return [];
      const fact: AcceptedFact = {
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
        source_kind: s.kind,
        published_on: s.published_on,
      };
      return [fact];
    })
    .sort((a, b) => a.year - b.year || a.id - b.id);
}
