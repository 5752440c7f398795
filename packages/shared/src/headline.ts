import type { StatedValue } from './api';
import type { Unit } from './catalogue';
import type { Approx, FactMethod, Qualifier } from './fact';
import type { SourceKind } from './source';

/**
 * Bumped whenever the rule below changes what it decides: a stored read model resolved by an older rule must be
 * rebuilt (version 2: pairwise, per-unit agreement; every distinct value kept with its sources and relation).
 */
export const headlineRuleVersion = 2;

/** What headline resolution needs to know of an accepted fact. */
export interface ResolvableFact {
  id: number;
  year: number;
  value: number | null;
  value_min: number | null;
  value_max: number | null;
  qualifier: Qualifier;
  approx: Approx;
  method: FactMethod;
  /** The document or page that states it: a source repeating its own figure is one witness, not several. */
  source_id: number;
  source_kind: SourceKind;
  published_on: string | null;
}

/**
 * How a stated value stands to the headline: the headline's own value; a different figure that rounding (or the
 * source's "over", "under", "about") explains; a figure that differs by more than that from any other figure of
 * its kind; or an estimate that a later result replaced.
 */
export const valueRelations = ['headline', 'rounding', 'conflict', 'revision'] as const;
export type ValueRelation = (typeof valueRelations)[number];

export interface Headline<F extends ResolvableFact = ResolvableFact> {
  year: number;
  fact: F;
  value: number;
  /** All non-target facts of the year, in resolution order (headline first). */
  facts: F[];
  /** Every distinct value stated (exact, not merged by rounding), in resolution order: the headline's first. */
  values: StatedValue[];
  conflict: boolean;
}

/** The single number a fact stands for: its value, or the middle of its range. */
export function pointValue(f: Pick<ResolvableFact, 'value' | 'value_min' | 'value_max'>): number | null {
  if (f.value !== null && Number.isFinite(f.value)) return f.value;
  if (f.value_min !== null && f.value_max !== null) return (f.value_min + f.value_max) / 2;
  return f.value_min ?? f.value_max ?? null;
}

/**
 * How figures of a unit may be rounded in print. `amount`: money, rounded to significant digits ("36,6 nghìn tỷ"
 * for 36.571; trailing zeros count as rounding, down to two significant digits). `decimal`: shares, rates and
 * scores, rounded to decimal places (8 for 8,4 %). `exact`: ranks and counts, which are never rounded.
 */
export type RoundingKind = 'amount' | 'decimal' | 'exact';

const roundingOfUnit: Record<Unit, RoundingKind> = {
  billion_vnd: 'amount',
  million_vnd: 'amount',
  million_usd: 'amount',
  percent: 'decimal',
  per_1000_people: 'decimal',
  score: 'decimal',
  rank: 'exact',
  enterprises: 'exact',
  persons: 'exact',
  services: 'exact',
  agencies: 'exact',
  documents: 'exact',
  items: 'exact',
  stations: 'exact',
  sites: 'exact',
  domains: 'exact',
};

export function roundingOf(unit: Unit): RoundingKind {
  return roundingOfUnit[unit];
}

/** Digits after the decimal point as the figure is written (up to 10). */
function decimals(x: number): number {
  const s = Math.abs(x).toPrecision(15).replace(/\.?0+$/, '');
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(10, s.length - dot - 1);
}

/** Significant digits a figure was written with, trailing zeros of an integer not counted. */
export function significantDigits(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 1;
  const s = Math.abs(x).toPrecision(15).replace(/\.?0+$/, '');
  const digits = s.replace('.', '').replace(/^0+/, '');
  const trimmed = s.includes('.') ? digits : digits.replace(/0+$/, '');
  return Math.max(1, trimmed.length);
}

/**
 * The place value of the last digit a figure can be trusted to: 100 for 36.600 (an amount), 0,1 for 8,4 %.
 * Amounts take trailing zeros as rounding but keep two significant digits (1.000 is "1,0 nghìn", not "1 nghìn").
 */
export function precisionOf(x: number, kind: RoundingKind): number {
  const exact = 10 ** -decimals(x);
  if (kind !== 'amount' || x === 0 || !Number.isFinite(x)) return exact;
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  const digits = Math.max(significantDigits(x), Math.min(2, magnitude + 1));
  return Math.max(exact, 10 ** (magnitude - digits + 1));
}

/** Room for floating-point noise when comparing a difference with a precision. */
const slack = (a: number, b: number) => 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether `b` lies in what an approximate statement of `a` ("over 36 nghìn", "gần 1.700", "about 9.000") allows. */
function withinApprox(a: number, approx: Approx, b: number, kind: RoundingKind): boolean {
  const step = precisionOf(a, kind === 'exact' ? 'amount' : kind);
  const e = slack(a, b);
  if (approx === 'over') return b >= a - e && b <= a + step + e;
  if (approx === 'under') return b <= a + e && b >= a - step - e;
  if (approx === 'about') return Math.abs(b - a) <= step + e;
  return false;
}

export interface Stated {
  value: number;
  approx: Approx;
}

/**
 * How two stated figures of one unit compare: `same` when equal, `rounding` when rounding or an approximate
 * wording explains the difference, else `conflict`. Symmetric, and decided for each pair on its own.
 */
export function compareStated(a: Stated, b: Stated, unit: Unit): 'same' | 'rounding' | 'conflict' {
  if (a.value === b.value) return 'same';
  const kind = roundingOf(unit);
  if (unit !== 'rank' && (withinApprox(a.value, a.approx, b.value, kind) || withinApprox(b.value, b.approx, a.value, kind))) return 'rounding';
  if (kind === 'exact') return 'conflict';
  const coarser = Math.max(precisionOf(a.value, kind), precisionOf(b.value, kind));
  return Math.abs(a.value - b.value) <= coarser / 2 + slack(a.value, b.value) ? 'rounding' : 'conflict';
}

/** Two figures agree when they are equal or rounding explains the difference. */
export function agree(a: Stated, b: Stated, unit: Unit): boolean {
  return compareStated(a, b, unit) !== 'conflict';
}

const qualifierRank: Record<Qualifier, number> = { actual: 2, estimate: 1, target: 0 };
const sourceRank: Record<SourceKind, number> = { report: 2, dataset: 1, article: 0 };
const methodRank: Record<FactMethod, number> = { manual: 2, curated: 1, extracted: 0 };

const stated = (f: ResolvableFact): Stated => ({ value: pointValue(f)!, approx: f.approx });

/**
 * The headline rule, applied in order until one fact stands out:
 *  1. a result (actual) over an estimate;
 *  2. the figure most sources of the year agree on (equal or within rounding, compared pair by pair in the
 *     indicator's unit; a source that states it twice counts once);
 *  3. an official report over a dataset over a press article;
 *  4. a figure an editor entered or curated over one read automatically;
 *  5. the later publication;
 *  6. the earlier stored fact (stable).
 * Targets never take part: they are kept apart as targets.
 */
export function resolveHeadline<F extends ResolvableFact>(facts: readonly F[], unit: Unit): Headline<F> | null {
  const candidates = facts.filter((f) => f.qualifier !== 'target' && pointValue(f) !== null);
  if (candidates.length === 0) return null;
  const support = new Map<number, number>();
  for (const f of candidates) {
    const witnesses = new Set(candidates.filter((g) => g.qualifier === f.qualifier && agree(stated(g), stated(f), unit)).map((g) => g.source_id));
    support.set(f.id, witnesses.size);
  }
  const ordered = [...candidates].sort(
    (a, b) =>
      qualifierRank[b.qualifier] - qualifierRank[a.qualifier] ||
      support.get(b.id)! - support.get(a.id)! ||
      sourceRank[b.source_kind] - sourceRank[a.source_kind] ||
      methodRank[b.method] - methodRank[a.method] ||
      (b.published_on ?? '').localeCompare(a.published_on ?? '') ||
      a.id - b.id,
  );
  const fact = ordered[0]!;
  return { year: fact.year, fact, value: pointValue(fact)!, facts: ordered, values: statedValues(ordered, unit), conflict: isConflict(ordered, unit) };
}

/** Every distinct (value, qualifier, wording) among facts in resolution order, each with its relation to the first. */
function statedValues(ordered: readonly ResolvableFact[], unit: Unit): StatedValue[] {
  const values: StatedValue[] = [];
  for (const f of ordered) {
    const v = pointValue(f)!;
    const same = values.find((x) => x.qualifier === f.qualifier && x.value === v && x.approx === f.approx);
    if (same) {
      same.facts++;
      if (!same.sources.includes(f.source_id)) same.sources.push(f.source_id);
    } else values.push({ value: v, qualifier: f.qualifier, approx: f.approx, facts: 1, sources: [f.source_id], relation: 'headline' });
  }
  const head = values[0]!;
  const peers = values.slice(1).filter((x) => x.qualifier === head.qualifier);
  // A value is in conflict when it differs from the headline, or from another value that agrees with the headline
  // (8,4 and 7,6 both round to 8 but not to each other); an outlier does not put the values around the headline in conflict.
  const agreesWithHead = new Set(peers.filter((x) => compareStated(x, head, unit) !== 'conflict'));
  for (const x of values.slice(1)) {
    if (x.qualifier !== head.qualifier) x.relation = 'revision';
    else if (!agreesWithHead.has(x) || [...agreesWithHead].some((y) => y !== x && compareStated(x, y, unit) === 'conflict')) x.relation = 'conflict';
    else x.relation = 'rounding';
  }
  return values;
}

/**
 * A conflict: two facts of the headline's kind (results, or estimates when no result is known) that differ by more
 * than rounding, compared pair by pair. An estimate later replaced by a different result is a revision, not a conflict.
 */
export function isConflict(facts: readonly ResolvableFact[], unit: Unit): boolean {
  const nonTarget = facts.filter((f) => f.qualifier !== 'target' && pointValue(f) !== null);
  const kind: Qualifier = nonTarget.some((f) => f.qualifier === 'actual') ? 'actual' : 'estimate';
  const vals = nonTarget.filter((f) => f.qualifier === kind).map(stated);
  return vals.some((a, i) => vals.slice(i + 1).some((b) => compareStated(a, b, unit) === 'conflict'));
}

/** Headlines per year, ascending. */
export function resolveSeries<F extends ResolvableFact>(facts: readonly F[], unit: Unit): Headline<F>[] {
  const byYear = new Map<number, F[]>();
  for (const f of facts) {
    const list = byYear.get(f.year) ?? [];
    list.push(f);
    byYear.set(f.year, list);
  }
  return [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((y) => resolveHeadline(byYear.get(y)!, unit))
    .filter((h): h is Headline<F> => h !== null);
}
