import {
  agree,
  changePct,
  pointValue,
  resolveSeries,
  restsOnMachineRead,
  type DashboardItem,
  type Headline,
  type ResolvableFact,
  type SeriesPoint,
  type TargetPoint,
  type Unit,
} from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Database, FactRow } from '../db/schema';

export type AcceptedFact = ResolvableFact &
  Pick<FactRow, 'indicator' | 'change_pct' | 'change_vs_year' | 'plan_pct' | 'denominator'> & {
    /** Accepted without a person reading it (restsOnMachineRead). */
    machine_read: boolean;
  };

/** The columns of a fact (joined with its source) that the headline rule reads. */
export const resolvableColumns = [
  'facts.id',
  'facts.indicator',
  'facts.year',
  'facts.value',
  'facts.value_min',
  'facts.value_max',
  'facts.qualifier',
  'facts.approx',
  'facts.method',
  'facts.source_id',
  'facts.machine_read',
  'sources.kind as source_kind',
  'sources.published_on',
] as const;

/**
 * Accepted facts of a region (optionally one indicator and a year range), with what resolution needs of their
 * source. A figure about the region's territory on a later map (`territory_as_of`) is not part of its own series.
 */
export async function acceptedFacts(
  db: Kysely<Database>,
  q: { region: string; indicator?: string; from?: number; to?: number },
): Promise<AcceptedFact[]> {
  let query = db
    .selectFrom('facts')
    .innerJoin('sources', 'sources.id', 'facts.source_id')
    .select([...resolvableColumns, 'facts.change_pct', 'facts.change_vs_year', 'facts.plan_pct', 'facts.denominator'])
    .where('facts.region', '=', q.region)
    .where('facts.status', '=', 'accepted')
    .where('facts.territory_as_of', 'is', null);
  if (q.indicator) query = query.where('facts.indicator', '=', q.indicator);
  if (q.from !== undefined) query = query.where('facts.year', '>=', q.from);
  if (q.to !== undefined) query = query.where('facts.year', '<=', q.to);
  const rows = await query.orderBy('facts.year').orderBy('facts.id').execute();
  // SQLite reads the flag back as 0 or 1.
  return rows.map((r) => ({ ...r, machine_read: Boolean(r.machine_read) }));
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const it of items) {
    const list = m.get(key(it));
    if (list) list.push(it);
    else m.set(key(it), [it]);
  }
  return m;
}

export function toPoint(h: Headline<AcceptedFact>): SeriesPoint {
  return {
    year: h.year,
    value: h.value,
    value_min: h.fact.value_min,
    value_max: h.fact.value_max,
    qualifier: h.fact.qualifier,
    approx: h.fact.approx,
    conflict: h.conflict,
    facts: h.facts.length,
    fact_id: h.fact.id,
    values: h.values,
    machine_read: restsOnMachineRead(h),
    ...(h.fact.denominator !== null ? { denominator: h.fact.denominator } : {}),
  };
}

/** Targets per year: the latest published target stands for the year. */
export function targetPoints(facts: readonly AcceptedFact[]): TargetPoint[] {
  const byYear = groupBy(
    facts.filter((f) => f.qualifier === 'target'),
    (f) => f.year,
  );
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => {
      const latest = [...list].sort(
        (a, b) => (b.published_on ?? '').localeCompare(a.published_on ?? '') || b.id - a.id,
      )[0]!;
      return {
        year,
        value: latest.value,
        value_min: latest.value_min,
        value_max: latest.value_max,
        approx: latest.approx,
        fact_id: latest.id,
        facts: list.length,
      };
    });
}

export function seriesOf(facts: readonly AcceptedFact[], unit: Unit): { points: SeriesPoint[]; targets: TargetPoint[] } {
  return { points: resolveSeries(facts, unit).map(toPoint), targets: targetPoints(facts) };
}

/** The facts that agree with the headline and state `key`, headline first. */
function stating<K extends 'change_pct' | 'plan_pct'>(h: Headline<AcceptedFact>, unit: Unit, key: K): AcceptedFact[] {
  return h.facts.filter(
    (f) =>
      f[key] !== null &&
      f.qualifier === h.fact.qualifier &&
      pointValue(f) !== null &&
      agree({ value: pointValue(f)!, approx: f.approx }, { value: h.value, approx: h.fact.approx }, unit),
  );
}

/**
 * The change a source of the headline figure states: against the year before when one says so (or names no year),
 * else against the earlier year one names ("tăng 30 % so với 2019"), which the answer carries as its base year.
 */
function statedChange(h: Headline<AcceptedFact>, unit: Unit): { pct: number; vs: number } | null {
  const facts = stating(h, unit, 'change_pct');
  const previous = facts.find((f) => f.change_vs_year === null || f.change_vs_year === h.year - 1);
  const f = previous ?? facts.find((g) => g.change_vs_year !== null && g.change_vs_year < h.year);
  return f ? { pct: f.change_pct!, vs: f.change_vs_year ?? h.year - 1 } : null;
}

/** A dashboard item without its indicator, which readers add from the catalogue. */
export type DashboardEntry = Omit<DashboardItem, 'indicator'>;

/** What a year's dashboard entry says of that year alone; the rest (the year before, the sparkline) comes from the series. */
export type YearEntry = Omit<DashboardEntry, 'previous' | 'change_pct' | 'spark'>;

/** A year's own part of its dashboard entry: its headline, what the agreeing sources state of change and plan, its target. */
export function yearEntryOf(h: Headline<AcceptedFact>, unit: Unit, target: TargetPoint | undefined): YearEntry {
  const change = statedChange(h, unit);
  return {
    value: h.value,
    qualifier: h.fact.qualifier,
    approx: h.fact.approx,
    stated_change_pct: change?.pct ?? null,
    stated_change_vs_year: change?.vs ?? null,
    plan_pct: stating(h, unit, 'plan_pct')[0]?.plan_pct ?? null,
    target: target ? (target.value ?? target.value_max ?? target.value_min) : null,
    conflict: h.conflict,
    fact_id: h.fact.id,
    machine_read: restsOnMachineRead(h),
    ...(h.fact.denominator !== null ? { denominator: h.fact.denominator } : {}),
  };
}

/** The year's own part of a stored entry. */
export function yearEntryFrom(e: DashboardEntry): YearEntry {
  const { previous: _p, change_pct: _c, spark: _s, ...own } = e;
  return own;
}

/**
 * Every year's dashboard entry from each year's own part and the headline series: against the year before (when
 * there is a headline that year) and with the sparkline of the headlines up to the year.
 */
export function assembleEntries(years: readonly { year: number; own: YearEntry }[]): Map<number, DashboardEntry> {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const byYear = new Map(sorted.map((y) => [y.year, y.own]));
  const out = new Map<number, DashboardEntry>();
  sorted.forEach(({ year, own }, i) => {
    const prev = byYear.get(year - 1);
    out.set(year, {
      value: own.value,
      qualifier: own.qualifier,
      approx: own.approx,
      previous: prev ? { year: year - 1, value: prev.value } : null,
      change_pct: prev ? changePct(prev.value, own.value) : null,
      stated_change_pct: own.stated_change_pct,
      stated_change_vs_year: own.stated_change_vs_year,
      plan_pct: own.plan_pct,
      target: own.target,
      conflict: own.conflict,
      fact_id: own.fact_id,
      machine_read: own.machine_read,
      ...(own.denominator !== undefined ? { denominator: own.denominator } : {}),
      spark: sorted
        .slice(0, i + 1)
        .map((p) => ({ year: p.year, value: p.own.value, qualifier: p.own.qualifier, machine_read: p.own.machine_read, ...(p.own.denominator !== undefined ? { denominator: p.own.denominator } : {}) })),
    });
  });
  return out;
}

/** One indicator's dashboard entries, for every year it has a headline: against the year before and the plan. */
export function dashboardEntriesOf(facts: readonly AcceptedFact[], unit: Unit): Map<number, DashboardEntry> {
  const targets = new Map(targetPoints(facts).map((t) => [t.year, t]));
  return assembleEntries(resolveSeries(facts, unit).map((h) => ({ year: h.year, own: yearEntryOf(h, unit, targets.get(h.year)) })));
}
