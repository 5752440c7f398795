import type { StatedValue } from './api';
import type { Unit } from './catalogue';
import { qualifiers, type Approx, type FactMethod, type Qualifier } from './fact';
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

type Precision = (x: number, kind: RoundingKind) => number;

/** The step an approximate statement of `a` ("hơn", "gần", "khoảng") allows: its precision, as an amount for counts. */
const approxStep = (a: number, kind: RoundingKind, precision: Precision) => precision(a, kind === 'exact' ? 'amount' : kind);

/** Whether `b` lies in what an approximate statement of `a` ("over 36 nghìn", "gần 1.700", "about 9.000") allows. */
function withinApprox(a: number, approx: Approx, b: number, kind: RoundingKind, precision: Precision): boolean {
  const step = approxStep(a, kind, precision);
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

type Comparison = 'same' | 'rounding' | 'conflict';

function compareWith(a: Stated, b: Stated, unit: Unit, precision: Precision): Comparison {
  if (a.value === b.value) return 'same';
  const kind = roundingOf(unit);
  if (unit !== 'rank' && (withinApprox(a.value, a.approx, b.value, kind, precision) || withinApprox(b.value, b.approx, a.value, kind, precision))) {
    return 'rounding';
  }
  if (kind === 'exact') return 'conflict';
  const coarser = Math.max(precision(a.value, kind), precision(b.value, kind));
  return Math.abs(a.value - b.value) <= coarser / 2 + slack(a.value, b.value) ? 'rounding' : 'conflict';
}

/**
 * How two stated figures of one unit compare: `same` when equal, `rounding` when rounding or an approximate
 * wording explains the difference, else `conflict`. Symmetric, and decided for each pair on its own.
 */
export function compareStated(a: Stated, b: Stated, unit: Unit): Comparison {
  return compareWith(a, b, unit, precisionOf);
}

/** Two figures agree when they are equal or rounding explains the difference. */
export function agree(a: Stated, b: Stated, unit: Unit): boolean {
  return compareStated(a, b, unit) !== 'conflict';
}

const qualifierRank: Record<Qualifier, number> = { actual: 2, estimate: 1, target: 0 };
const sourceRank: Record<SourceKind, number> = { report: 2, dataset: 1, article: 0 };
const methodRank: Record<FactMethod, number> = { manual: 2, curated: 1, extracted: 0 };

/** One distinct statement of a year: a qualifier, a value and its wording, with the facts and sources that make it. */
interface StatedGroup extends Stated {
  qualifier: Qualifier;
  /** Sources in the order their first fact comes. */
  sources: Set<number>;
  /** The other statements of the same qualifier that agree with this one (compareStated is not a conflict). */
  agrees: Set<StatedGroup>;
}

/**
 * The pairs of statements that agree, found without comparing every pair: two statements can only agree when one
 * lies within the other's reach (half its precision, or the step of its wording, plus the slack), so each statement
 * is compared with the statements whose values lie within its reach, found by binary search in value order, and the
 * pair is then decided by compareStated itself. Values that are not finite are compared with every other.
 */
function linkAgreeing(groups: StatedGroup[], unit: Unit): void {
  const kind = roundingOf(unit);
  const caches = new Map<RoundingKind, Map<number, number>>();
  const precision: Precision = (x, k) => {
    const cache = caches.get(k) ?? caches.set(k, new Map()).get(k)!;
    let p = cache.get(x);
    if (p === undefined) cache.set(x, (p = precisionOf(x, k)));
    return p;
  };
  const reach = (g: StatedGroup) => {
    const rounding = kind === 'exact' ? 0 : precision(g.value, kind) / 2;
    const wording = unit !== 'rank' && g.approx !== 'exact' ? approxStep(g.value, kind, precision) : 0;
    return (Math.max(rounding, wording) + 1e-9 * (1 + Math.abs(g.value))) * (1 + 1e-8);
  };
  const link = (a: StatedGroup, b: StatedGroup) => {
    if (a === b || a.agrees.has(b)) return;
    if (compareWith(a, b, unit, precision) === 'conflict') return;
    a.agrees.add(b);
    b.agrees.add(a);
  };
  const finite = groups.filter((g) => Number.isFinite(g.value)).sort((a, b) => a.value - b.value);
  const others = groups.filter((g) => !Number.isFinite(g.value));
  const firstAtLeast = (v: number) => {
    let lo = 0;
    let hi = finite.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (finite[mid]!.value < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const g of finite) {
    const r = reach(g);
    for (let j = firstAtLeast(g.value - r); j < finite.length && finite[j]!.value <= g.value + r; j++) link(g, finite[j]!);
  }
  for (const g of others) for (const h of groups) link(g, h);
}

/** The statements of a year's facts, keyed by qualifier, value and wording, and each fact's statement. */
function statedGroups<F extends ResolvableFact>(facts: readonly F[]): { groups: StatedGroup[]; of: Map<F, StatedGroup> } {
  const byKey = new Map<string, StatedGroup>();
  const of = new Map<F, StatedGroup>();
  for (const f of facts) {
    const value = pointValue(f)!;
    const key = `${f.qualifier} ${f.approx} ${value}`;
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { qualifier: f.qualifier, value, approx: f.approx, sources: new Set(), agrees: new Set() }));
    g.sources.add(f.source_id);
    of.set(f, g);
  }
  return { groups: [...byKey.values()], of };
}

/** Links the statements of each qualifier that agree (linkAgreeing). */
function linkEachQualifier(groups: StatedGroup[], unit: Unit): void {
  for (const q of qualifiers) linkAgreeing(groups.filter((g) => g.qualifier === q), unit);
}

/** How many sources state the statement or one that agrees with it: each source counts once. */
function witnesses(g: StatedGroup): number {
  let largest = g.sources;
  for (const h of g.agrees) if (h.sources.size > largest.size) largest = h.sources;
  const extra = new Set<number>();
  for (const h of [g, ...g.agrees]) {
    if (h.sources === largest) continue;
    for (const s of h.sources) if (!largest.has(s)) extra.add(s);
  }
  return largest.size + extra.size;
}

/** Each publication date's place in descending order (localeCompare, as the rule has it), computed once per distinct date. */
function laterFirst(facts: readonly ResolvableFact[]): Map<string, number> {
  const dates = [...new Set(facts.map((f) => f.published_on ?? ''))].sort((a, b) => b.localeCompare(a));
  return new Map(dates.map((d, i) => [d, i]));
}

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
 *
 * Facts are compared as distinct statements (qualifier, value, wording), and only with the statements rounding could
 * bring them to (linkAgreeing), so a year of many figures costs about n log n, not n².
 */
export function resolveHeadline<F extends ResolvableFact>(facts: readonly F[], unit: Unit): Headline<F> | null {
  const candidates = facts.filter((f) => f.qualifier !== 'target' && pointValue(f) !== null);
  if (candidates.length === 0) return null;
  const { groups, of } = statedGroups(candidates);
  linkEachQualifier(groups, unit);
  const support = new Map(groups.map((g) => [g, witnesses(g)]));
  const date = laterFirst(candidates);
  const ranked = candidates.map((f) => ({
    f,
    qualifier: qualifierRank[f.qualifier],
    support: support.get(of.get(f)!)!,
    kind: sourceRank[f.source_kind],
    method: methodRank[f.method],
    later: date.get(f.published_on ?? '')!,
  }));
  ranked.sort(
    (a, b) => b.qualifier - a.qualifier || b.support - a.support || b.kind - a.kind || b.method - a.method || a.later - b.later || a.f.id - b.f.id,
  );
  const ordered = ranked.map((r) => r.f);
  const fact = ordered[0]!;
  return {
    year: fact.year,
    fact,
    value: pointValue(fact)!,
    facts: ordered,
    values: statedValues(ordered, of),
    conflict: conflictAmong(candidates, groups),
  };
}

/** Every distinct (value, qualifier, wording) among facts in resolution order, each with its relation to the first. */
function statedValues<F extends ResolvableFact>(ordered: readonly F[], of: Map<F, StatedGroup>): StatedValue[] {
  const byGroup = new Map<StatedGroup, StatedValue>();
  for (const f of ordered) {
    const g = of.get(f)!;
    const same = byGroup.get(g);
    if (same) {
      same.facts++;
      if (!same.sources.includes(f.source_id)) same.sources.push(f.source_id);
    } else byGroup.set(g, { value: pointValue(f)!, qualifier: f.qualifier, approx: f.approx, facts: 1, sources: [f.source_id], relation: 'headline' });
  }
  const head = of.get(ordered[0]!)!;
  // A value is in conflict when it differs from the headline, or from another value that agrees with the headline
  // (8,4 and 7,6 both round to 8 but not to each other); an outlier does not put the values around the headline in conflict.
  for (const [g, x] of byGroup) {
    if (g === head) continue;
    if (g.qualifier !== head.qualifier) x.relation = 'revision';
    else if (!head.agrees.has(g)) x.relation = 'conflict';
    else {
      let agreeing = 0;
      for (const y of g.agrees) if (head.agrees.has(y)) agreeing++;
      x.relation = agreeing === head.agrees.size - 1 ? 'rounding' : 'conflict';
    }
  }
  return [...byGroup.values()];
}

/** Whether two statements of the headline's kind disagree: fewer agreeing pairs than pairs. */
function conflictAmong(candidates: readonly ResolvableFact[], groups: StatedGroup[]): boolean {
  const kind: Qualifier = candidates.some((f) => f.qualifier === 'actual') ? 'actual' : 'estimate';
  const ofKind = groups.filter((g) => g.qualifier === kind);
  let agreeingPairs = 0;
  for (const g of ofKind) agreeingPairs += g.agrees.size;
  return agreeingPairs / 2 < (ofKind.length * (ofKind.length - 1)) / 2;
}

/**
 * A conflict: two facts of the headline's kind (results, or estimates when no result is known) that differ by more
 * than rounding, compared pair by pair. An estimate later replaced by a different result is a revision, not a conflict.
 */
export function isConflict(facts: readonly ResolvableFact[], unit: Unit): boolean {
  const candidates = facts.filter((f) => f.qualifier !== 'target' && pointValue(f) !== null);
  const { groups } = statedGroups(candidates);
  linkEachQualifier(groups, unit);
  return conflictAmong(candidates, groups);
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
