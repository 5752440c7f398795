import { resolveHeadline, type OwnFigure, type SeriesPoint, type TerritoryFigure } from '@chiso/shared';
import type { Executor } from '../db/schema';
import { resolvableColumns, type AcceptedFact } from './resolve';

/** A headline as the read model stores it (SeriesPoint JSON), as a figure to rank or combine. */
export function storedFigure(point: string): OwnFigure {
  const p = JSON.parse(point) as SeriesPoint;
  return { value: p.value, denominator: p.denominator ?? null, conflict: p.conflict, estimate: p.qualifier === 'estimate' };
}

/** Published figures of territories on a later map, by region and year (each map's headline, by the usual rule). */
export type TerritoryFigures = Map<string, Map<number, TerritoryFigure[]>>;

/**
 * The accepted figures of one indicator about a unit's territory on a later map (`territory_as_of`: DTI 2024's
 * ranking of the 34 new provinces), for some regions or all, within a year range; each (region, year, map) resolved
 * to its headline with the rule of every series.
 */
export async function territoryFigures(
  db: Executor,
  indicator: string,
  q: { regions?: readonly string[]; from?: number | undefined; to?: number | undefined },
): Promise<TerritoryFigures> {
  const out: TerritoryFigures = new Map();
  if (q.regions?.length === 0) return out;
  let query = db
    .selectFrom('facts')
    .innerJoin('sources', 'sources.id', 'facts.source_id')
    .select([...resolvableColumns, 'facts.change_pct', 'facts.change_vs_year', 'facts.plan_pct', 'facts.denominator', 'facts.region', 'facts.territory_as_of'])
    .where('facts.indicator', '=', indicator)
    .where('facts.territory_as_of', 'is not', null)
    .where('facts.status', '=', 'accepted');
  if (q.from !== undefined) query = query.where('facts.year', '>=', q.from);
  if (q.to !== undefined) query = query.where('facts.year', '<=', q.to);
  if (q.regions) query = query.where('facts.region', 'in', [...q.regions]);
  const rows = await query.orderBy('facts.id').execute();
  const groups = new Map<string, (AcceptedFact & { region: string; territory_as_of: string | null })[]>();
  for (const f of rows) {
    const k = `${f.region}|${f.year}|${f.territory_as_of}`;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  for (const facts of groups.values()) {
    const h = resolveHeadline(facts);
    if (!h) continue;
    const { region, year, territory_as_of } = h.fact;
    const byYear = out.get(region) ?? out.set(region, new Map()).get(region)!;
    const list = byYear.get(year) ?? byYear.set(year, []).get(year)!;
    list.push({
      value: h.value,
      denominator: h.fact.denominator,
      fact_id: h.fact.id,
      conflict: h.conflict,
      estimate: h.fact.qualifier === 'estimate',
      territory_as_of: territory_as_of!,
    });
  }
  return out;
}
