import { resolveHeadline, restsOnMachineRead, type FactStatus, type Indicator, type OwnFigure, type SeriesPoint, type TerritoryFigure } from '@chiso/shared';
import { compiledOnce } from '../db/compiled';
import type { Executor } from '../db/schema';
import { resolvableColumns, type AcceptedFact } from './resolve';

/** A headline as a figure to rank or combine: what the read model stores beside the point (`series_points.figure`). */
export function figureOf(p: SeriesPoint): OwnFigure {
  return { value: p.value, denominator: p.denominator ?? null, conflict: p.conflict, estimate: p.qualifier === 'estimate', machine_read: p.machine_read };
}

/** A headline as the read model stores it (SeriesPoint JSON), as a figure to rank or combine. */
export function storedFigure(point: string): OwnFigure {
  return figureOf(JSON.parse(point) as SeriesPoint);
}

/** Published figures of territories on a later map, by region and year (each map's headline, by the usual rule). */
export type TerritoryFigures = Map<string, Map<number, TerritoryFigure[]>>;

const territoryFacts = compiledOnce(
  (db, indicator: string, status: FactStatus) =>
    db
      .selectFrom('facts')
      .innerJoin('sources', 'sources.id', 'facts.source_id')
      .select([...resolvableColumns, 'facts.change_pct', 'facts.change_vs_year', 'facts.plan_pct', 'facts.denominator', 'facts.region', 'facts.territory_as_of'])
      .where('facts.indicator', '=', indicator)
      .where('facts.territory_as_of', 'is not', null)
      .where('facts.status', '=', status)
      .orderBy('facts.id'),
  ['probe_indicator', 'probe_status' as FactStatus],
);

/**
 * The accepted figures of one indicator about a unit's territory on a later map (`territory_as_of`: DTI 2024's
 * ranking of the 34 new provinces), each (region, year, map) resolved to its headline with the rule of every
 * series. Few: read whole, one compiled query.
 */
export async function territoryFigures(db: Executor, indicator: Pick<Indicator, 'key' | 'unit'>): Promise<TerritoryFigures> {
  const { rows } = await db.executeQuery(territoryFacts(db, indicator.key, 'accepted'));
  const groups = new Map<string, (AcceptedFact & { region: string; territory_as_of: string | null })[]>();
  for (const row of rows) {
    const f = { ...row, machine_read: Boolean(row.machine_read) };
    const k = `${f.region}|${f.year}|${f.territory_as_of}`;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  const out: TerritoryFigures = new Map();
  for (const facts of groups.values()) {
    const h = resolveHeadline(facts, indicator.unit);
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
      machine_read: restsOnMachineRead(h),
      territory_as_of: territory_as_of!,
    });
  }
  return out;
}
