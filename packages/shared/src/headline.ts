import type { Approx, FactMethod, Qualifier } from './fact';
import type { SourceKind } from './source';

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

export interface Headline<F extends ResolvableFact = ResolvableFact> {
  year: number;
  fact: F;
  value: number;
  /** All non-target facts of the year, in resolution order (headline first). */
  facts: F[];
  /** Distinct values (after rounding) among the facts, headline value first. */
  values: { value: number; qualifier: Qualifier; facts: number }[];
  conflict: boolean;
}

/** The single number a fact stands for: its value, or the middle of its range. */
export function pointValue(f: Pick<ResolvableFact, 'value' | 'value_min' | 'value_max'>): number | null {
  if (f.value !== null && Number.isFinite(f.value)) return f.value;
  if (f.value_min !== null && f.value_max !== null) return (f.value_min + f.value_max) / 2;
  return f.value_min ?? f.value_max ?? null;
}

const digitsMemo = new Map<number, number>();

/** Significant digits a figure was written with (trailing zeros of an integer are taken as rounding). */
export function significantDigits(x: number): number {
  // Resolution asks this of the same few figures many times; the string work behind it is what costs.
  const known = digitsMemo.get(x);
  if (known !== undefined) return known;
  if (digitsMemo.size >= 50_000) digitsMemo.clear();
  const digits = countSignificantDigits(x);
  digitsMemo.set(x, digits);
  return digits;
}

function countSignificantDigits(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 1;
  const s = Math.abs(x).toPrecision(15).replace(/\.?0+$/, '');
  const digits = s.replace('.', '').replace(/^0+/, '');
  const integerTrimmed = s.includes('.') ? digits : digits.replace(/0+$/, '');
  return Math.max(1, integerTrimmed.length);
}

function roundTo(x: number, digits: number): number {
  return Number(x.toPrecision(digits));
}

/**
 * Two reported figures agree when the more precise one, rounded to the precision of the other, equals it:
 * 36.571 and 36.600 agree (36.6 nghìn tỷ), 20,69 and 20,7 agree, 12,57 and 12,7 do not.
 */
export function agree(a: number, b: number): boolean {
  if (a === b) return true;
  const digits = Math.min(significantDigits(a), significantDigits(b));
  return roundTo(a, digits) === roundTo(b, digits);
}

const qualifierRank: Record<Qualifier, number> = { actual: 2, estimate: 1, target: 0 };
const sourceRank: Record<SourceKind, number> = { report: 2, dataset: 1, article: 0 };
const methodRank: Record<FactMethod, number> = { manual: 2, curated: 1, extracted: 0 };

/**
 * The headline rule, applied in order until one fact stands out:
 *  1. a result (actual) over an estimate;
 *  2. the figure most sources of the year agree on (within rounding; a source that states it twice counts once);
 *  3. an official report over a dataset over a press article;
 *  4. a figure an editor entered or curated over one read automatically;
 *  5. the later publication;
 *  6. the earlier stored fact (stable).
 * Targets never take part: they are kept apart as targets.
 */
export function resolveHeadline<F extends ResolvableFact>(facts: readonly F[]): Headline<F> | null {
  const candidates = facts.filter((f) => f.qualifier !== 'target' && pointValue(f) !== null);
  if (candidates.length === 0) return null;
  const support = new Map<number, number>();
  for (const f of candidates) {
    const v = pointValue(f)!;
    const witnesses = new Set(candidates.filter((g) => g.qualifier === f.qualifier && agree(pointValue(g)!, v)).map((g) => g.source_id));
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
  const value = pointValue(fact)!;
  const values: Headline['values'] = [];
  for (const f of ordered) {
    const v = pointValue(f)!;
    const same = values.find((x) => x.qualifier === f.qualifier && agree(x.value, v));
    if (same) same.facts++;
    else values.push({ value: v, qualifier: f.qualifier, facts: 1 });
  }
  return { year: fact.year, fact, value, facts: ordered, values, conflict: isConflict(ordered) };
}

/**
 * A conflict: facts of the headline's kind (results, or estimates when no result is known) that differ
 * by more than rounding. An estimate later replaced by a different result is a revision, not a conflict.
 */
export function isConflict(facts: readonly ResolvableFact[]): boolean {
  const nonTarget = facts.filter((f) => f.qualifier !== 'target' && pointValue(f) !== null);
  const kind: Qualifier = nonTarget.some((f) => f.qualifier === 'actual') ? 'actual' : 'estimate';
  const vals = nonTarget.filter((f) => f.qualifier === kind).map((f) => pointValue(f)!);
  return vals.some((a, i) => vals.slice(i + 1).some((b) => !agree(a, b)));
}

/** Headlines per year, ascending. */
export function resolveSeries<F extends ResolvableFact>(facts: readonly F[]): Headline<F>[] {
  const byYear = new Map<number, F[]>();
  for (const f of facts) {
    const list = byYear.get(f.year) ?? [];
    list.push(f);
    byYear.set(f.year, list);
  }
  return [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((y) => resolveHeadline(byYear.get(y)!))
    .filter((h): h is Headline<F> => h !== null);
}
