import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StatedValue } from './api';
import { units, type Unit } from './catalogue';
import { approxes, qualifiers, type Qualifier } from './fact';
import { compareStated, pointValue, resolveHeadline, type ResolvableFact } from './headline';

/**
 * The headline rule as first written: every fact compared with every other (n²). resolveHeadline compares only the
 * statements rounding can bring together; this is the reference it must agree with on any facts.
 */
function referenceHeadline(facts: readonly ResolvableFact[], unit: Unit) {
  const candidates = facts.filter((f) => f.qualifier !== 'target' && pointValue(f) !== null);
  if (candidates.length === 0) return null;
  const stated = (f: ResolvableFact) => ({ value: pointValue(f)!, approx: f.approx });
  const agree = (a: ResolvableFact, b: ResolvableFact) => compareStated(stated(a), stated(b), unit) !== 'conflict';
  const support = new Map<number, number>();
  for (const f of candidates) {
    support.set(f.id, new Set(candidates.filter((g) => g.qualifier === f.qualifier && agree(g, f)).map((g) => g.source_id)).size);
  }
  const q: Record<Qualifier, number> = { actual: 2, estimate: 1, target: 0 };
  const k = { report: 2, dataset: 1, article: 0 };
  const m = { manual: 2, curated: 1, extracted: 0 };
  const ordered = [...candidates].sort(
    (a, b) =>
      q[b.qualifier] - q[a.qualifier] ||
      support.get(b.id)! - support.get(a.id)! ||
      k[b.source_kind] - k[a.source_kind] ||
      m[b.method] - m[a.method] ||
      (b.published_on ?? '').localeCompare(a.published_on ?? '') ||
      a.id - b.id,
  );
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
  const differ = (a: StatedValue, b: StatedValue) => compareStated(a, b, unit) === 'conflict';
  const aroundHead = new Set(values.slice(1).filter((x) => x.qualifier === head.qualifier && !differ(x, head)));
  for (const x of values.slice(1)) {
    if (x.qualifier !== head.qualifier) x.relation = 'revision';
    else if (!aroundHead.has(x) || [...aroundHead].some((y) => y !== x && differ(x, y))) x.relation = 'conflict';
    else x.relation = 'rounding';
  }
  const kind: Qualifier = candidates.some((f) => f.qualifier === 'actual') ? 'actual' : 'estimate';
  const vals = candidates.filter((f) => f.qualifier === kind);
  const conflict = vals.some((a, i) => vals.slice(i + 1).some((b) => !agree(a, b)));
  return { fact: ordered[0]!.id, facts: ordered.map((f) => f.id), values, conflict };
}

/** Values that round to one another in some unit, and some that do not. */
const near = [
  0, -5, 1, 2, 3, 7.6, 8, 8.4, 8.6, 12.57, 12.7, 20, 20.69, 20.7, 24, 0.81, 0.812, 78, 80, 147, 147.8, 148, 1000, 1040, 1400, 1499,
  1600, 1686, 1700, 1750, 9000, 8950, 17598, 24800, 25000, 25200, 36000, 36571, 36600, 1e6, 1.1e6, 1e-100, 2e-100, 5e-324, 1.5e300,
];
const value = fc.oneof(fc.constantFrom(...near), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }));
const factArb = (id: number) =>
  fc.record({
    value: fc.option(value, { freq: 6 }),
    range: fc.option(fc.tuple(value, value), { freq: 3 }),
    qualifier: fc.constantFrom(...qualifiers),
    approx: fc.constantFrom(...approxes),
    method: fc.constantFrom('extracted', 'curated', 'manual' as const),
    source_id: fc.integer({ min: 1, max: 6 }),
    source_kind: fc.constantFrom('report', 'dataset', 'article' as const),
    published_on: fc.constantFrom(null, '2023', '2024-01', '2024-02-03'),
  }).map((f): ResolvableFact => ({
    id,
    year: 2023,
    value: f.value,
    value_min: f.range ? Math.min(...f.range) : null,
    value_max: f.range ? Math.max(...f.range) : null,
    qualifier: f.qualifier,
    approx: f.approx,
    method: f.method,
    source_id: f.source_id,
    source_kind: f.source_kind,
    published_on: f.published_on,
  }));
const factsArb = fc.integer({ min: 0, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => factArb(i + 1))));

describe('resolveHeadline against the pairwise reference', () => {
  it('chooses the same headline, in the same order, with the same values, relations and conflict, in every unit', () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom(...units), (facts, unit) => {
        const fast = resolveHeadline(facts, unit);
        const ref = referenceHeadline(facts, unit);
        if (ref === null) {
          expect(fast).toBeNull();
          return;
        }
        expect({ fact: fast!.fact.id, facts: fast!.facts.map((f) => f.id), values: fast!.values, conflict: fast!.conflict }).toEqual(ref);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});
