import { describe, expect, it } from 'vitest';
import type { Unit } from './catalogue';
import type { Approx } from './fact';
import { compareStated, isConflict, precisionOf, resolveHeadline, resolveSeries, significantDigits, type ResolvableFact } from './headline';

let nextId = 1;
function fact(p: Partial<ResolvableFact> & { value: number | null }): ResolvableFact {
  return {
    id: nextId++,
    year: 2023,
    value_min: null,
    value_max: null,
    qualifier: 'actual',
    approx: 'exact',
    method: 'curated',
    source_kind: 'article',
    published_on: '2024-01',
    ...p,
    source_id: p.source_id ?? nextId,
  };
}

const s = (value: number, approx: Approx = 'exact') => ({ value, approx });

describe('compareStated: pairwise, in the unit of the indicator', () => {
  const table: [string, Unit, ReturnType<typeof s>, ReturnType<typeof s>, 'same' | 'rounding' | 'conflict'][] = [
    // ranks and counts are never rounded
    ['ranks differ', 'rank', s(20), s(24), 'conflict'],
    ['ranks 1 and 2', 'rank', s(1), s(2), 'conflict'],
    ['equal ranks', 'rank', s(3), s(3), 'same'],
    ['small counts', 'services', s(3), s(4), 'conflict'],
    ['counts with trailing zeros', 'stations', s(1700), s(1686), 'conflict'],
    ['a count "over 1.600" and 1.686', 'stations', s(1600, 'over'), s(1686), 'rounding'],
    ['a count "over 1.600" and 1.750', 'stations', s(1600, 'over'), s(1750), 'conflict'],
    ['"nearly 9.000" people and 8.950', 'persons', s(9000, 'under'), s(8950), 'rounding'],
    // shares round to decimal places
    ['a share 8 and 8,4', 'percent', s(8), s(8.4), 'rounding'],
    ['a share 8 and 8,6', 'percent', s(8), s(8.6), 'conflict'],
    ['a share 20,69 and 20,7', 'percent', s(20.69), s(20.7), 'rounding'],
    ['a share 12,57 and 12,7', 'percent', s(12.57), s(12.7), 'conflict'],
    ['a share 20 and 24 (no rounding to tens)', 'percent', s(20), s(24), 'conflict'],
    ['a score 0,812 and 0,81', 'score', s(0.812), s(0.81), 'rounding'],
    // amounts round to significant digits, at least two
    ['36.571 and 36.600 (36,6 nghìn tỷ)', 'billion_vnd', s(36571), s(36600), 'rounding'],
    ['36.571 and "hơn 36 nghìn tỷ"', 'billion_vnd', s(36571), s(36000, 'over'), 'rounding'],
    ['36.571 and exactly 36.000', 'billion_vnd', s(36571), s(36000), 'conflict'],
    ['36.571 and 17.598', 'billion_vnd', s(36571), s(17598), 'conflict'],
    ['25.200 and 25.000', 'billion_vnd', s(25200), s(25000), 'rounding'],
    ['24.800 and 25.200', 'billion_vnd', s(24800), s(25200), 'conflict'],
    ['1.000 and 1.499', 'billion_vnd', s(1000), s(1499), 'conflict'],
    ['1.000 and 1.040', 'billion_vnd', s(1000), s(1040), 'rounding'],
    ['1.499 and 1.400', 'billion_vnd', s(1499), s(1400), 'conflict'],
    ['78 and 80 million USD', 'million_usd', s(78), s(80), 'conflict'],
    ['147 and 147,8 million USD', 'million_usd', s(147), s(147.8), 'conflict'],
    ['147,8 and 148 million USD', 'million_usd', s(147.8), s(148), 'rounding'],
    ['5 and 5,4 million USD', 'million_usd', s(5), s(5.4), 'rounding'],
  ];
  it.each(table)('%s (%s)', (_, unit, a, b, expected) => {
    expect(compareStated(a, b, unit)).toBe(expected);
    expect(compareStated(b, a, unit)).toBe(expected);
  });

  it('reads the precision a figure was written with', () => {
    expect(significantDigits(36600)).toBe(3);
    expect(significantDigits(20.69)).toBe(4);
    expect(precisionOf(36600, 'amount')).toBe(100);
    expect(precisionOf(1000, 'amount')).toBe(100);
    expect(precisionOf(8.4, 'decimal')).toBeCloseTo(0.1);
    expect(precisionOf(1700, 'exact')).toBe(1);
  });
});

describe('resolveHeadline', () => {
  const cases: { name: string; unit?: Unit; facts: ResolvableFact[]; value: number | null; conflict: boolean }[] = [
    {
      name: 'the majority of outlets wins, and the outlier is a conflict (ict_revenue 2023)',
      facts: [
        fact({ value: 17598, qualifier: 'estimate', published_on: '2023-12' }),
        fact({ value: 36571, qualifier: 'estimate', published_on: '2024-01' }),
        fact({ value: 36571, qualifier: 'estimate', published_on: '2024-01-10' }),
        fact({ value: 36571, qualifier: 'estimate', published_on: '2024-01-16' }),
      ],
      value: 36571,
      conflict: true,
    },
    {
      name: 'a final result beats an estimate, and a revised estimate is no conflict',
      facts: [fact({ value: 147, qualifier: 'estimate' }), fact({ value: 147.8, qualifier: 'actual' })],
      value: 147.8,
      conflict: false,
    },
    {
      name: 'an official report beats the press when they disagree one to one',
      facts: [
        fact({ value: 24800, source_kind: 'article', published_on: '2019-02' }),
        fact({ value: 25200, source_kind: 'report', published_on: '2019-01' }),
      ],
      value: 25200,
      conflict: true,
    },
    {
      name: 'a tie between two articles goes to the later publication',
      unit: 'percent',
      facts: [fact({ value: 12.57, published_on: '2022-09' }), fact({ value: 12.7, published_on: '2023-01' })],
      value: 12.7,
      conflict: true,
    },
    {
      name: 'a tie with the same date goes to the earlier stored fact',
      facts: [fact({ id: 101, value: 71, published_on: '2023-01' }), fact({ id: 102, value: 73, published_on: '2023-01' })],
      value: 71,
      conflict: true,
    },
    {
      name: 'an editor’s figure beats an automatic reading of the same kind of source',
      unit: 'services',
      facts: [
        fact({ value: 847, method: 'extracted', source_kind: 'report', published_on: '2019-02' }),
        fact({ value: 852, method: 'manual', source_kind: 'report', published_on: '2019-01' }),
      ],
      value: 852,
      conflict: true,
    },
    {
      name: 'a figure stored twice from one source (a cited CSV uploaded again) is one witness, not two',
      facts: [
        fact({ value: 5800, source_id: 900, published_on: '2021-01' }),
        fact({ value: 5800, source_id: 900, published_on: '2021-01' }),
        fact({ value: 6100, source_id: 901, published_on: '2021-03' }),
      ],
      value: 6100,
      conflict: true,
    },
    {
      name: 'a report repeating its figure in a table does not outvote two sources that agree on another',
      unit: 'enterprises',
      facts: [
        fact({ value: 312, source_id: 902, source_kind: 'report' }),
        fact({ value: 312, source_id: 902, source_kind: 'report' }),
        fact({ value: 298, source_id: 903, source_kind: 'article' }),
        fact({ value: 298, source_id: 904, source_kind: 'dataset' }),
      ],
      value: 298,
      conflict: true,
    },
    {
      name: 'shares equal after rounding are no conflict',
      unit: 'percent',
      facts: [fact({ value: 20.69 }), fact({ value: 20.7 })],
      value: 20.69,
      conflict: false,
    },
    {
      name: 'rank 20 against rank 24 is a conflict (trailing zeros of a rank are no rounding)',
      unit: 'rank',
      facts: [fact({ value: 24, source_kind: 'report' }), fact({ value: 20 })],
      value: 24,
      conflict: true,
    },
    {
      name: '1000 / 1499 / 1400 is a conflict even though 1000 "rounds" each of the others',
      facts: [fact({ value: 1000, source_kind: 'report' }), fact({ value: 1499 }), fact({ value: 1400 })],
      value: 1000,
      conflict: true,
    },
    {
      name: 'two figures that each round to the headline but not to each other are a conflict',
      unit: 'percent',
      facts: [fact({ value: 8, source_kind: 'report' }), fact({ value: 8.4 }), fact({ value: 7.6 })],
      value: 8,
      conflict: true,
    },
    {
      name: 'targets never become the headline',
      facts: [fact({ value: 20, qualifier: 'target' })],
      value: null,
      conflict: false,
    },
    {
      name: 'a range stands for its middle',
      unit: 'percent',
      facts: [fact({ value: null, value_min: 8, value_max: 9 })],
      value: 8.5,
      conflict: false,
    },
  ];
  it.each(cases)('$name', ({ facts, value, conflict, unit = 'billion_vnd' }) => {
    const h = resolveHeadline(facts, unit);
    expect(h?.value ?? null).toBe(value);
    expect(h?.conflict ?? false).toBe(conflict);
    expect(isConflict(facts, unit)).toBe(conflict);
  });

  it('keeps every distinct value with its sources, labelled against the headline', () => {
    const h = resolveHeadline(
      [
        fact({ value: 17598, qualifier: 'estimate', source_id: 1 }),
        fact({ value: 36571, qualifier: 'estimate', source_id: 2 }),
        fact({ value: 36571, qualifier: 'estimate', source_id: 3 }),
        fact({ value: 36600, qualifier: 'estimate', source_id: 4 }),
        fact({ value: 36000, qualifier: 'estimate', approx: 'over', source_id: 5 }),
      ],
      'billion_vnd',
    );
    expect(h?.values).toEqual([
      { value: 36571, qualifier: 'estimate', approx: 'exact', facts: 2, sources: [2, 3], relation: 'headline' },
      { value: 36600, qualifier: 'estimate', approx: 'exact', facts: 1, sources: [4], relation: 'rounding' },
      { value: 36000, qualifier: 'estimate', approx: 'over', facts: 1, sources: [5], relation: 'rounding' },
      { value: 17598, qualifier: 'estimate', approx: 'exact', facts: 1, sources: [1], relation: 'conflict' },
    ]);
    expect(h?.facts).toHaveLength(5);
  });

  it('labels rounding as rounding, and a replaced estimate as a revision, without a conflict', () => {
    const h = resolveHeadline(
      [fact({ value: 8, source_id: 10, source_kind: 'report' }), fact({ value: 8.4, source_id: 11 }), fact({ value: 9.5, qualifier: 'estimate', source_id: 12 })],
      'percent',
    );
    expect(h?.conflict).toBe(false);
    expect(h?.values.map((v) => [v.value, v.relation])).toEqual([
      [8, 'headline'],
      [8.4, 'rounding'],
      [9.5, 'revision'],
    ]);
  });

  it('two values that each round to the headline but not to each other are both in conflict', () => {
    const h = resolveHeadline([fact({ value: 8, source_kind: 'report' }), fact({ value: 8.4 }), fact({ value: 7.6 })], 'percent');
    expect(h?.values.map((v) => v.relation)).toEqual(['headline', 'conflict', 'conflict']);
  });

  it('1000 / 1499 / 1400: all three values are listed, none merged into another', () => {
    const h = resolveHeadline([fact({ value: 1000, source_kind: 'report' }), fact({ value: 1499 }), fact({ value: 1400 })], 'billion_vnd');
    expect(h?.values.map((v) => [v.value, v.relation])).toEqual([
      [1000, 'headline'],
      [1499, 'conflict'],
      [1400, 'conflict'],
    ]);
  });
});

describe('resolveSeries', () => {
  it('gives one headline per year in order and skips years with only targets', () => {
    const series = resolveSeries(
      [fact({ year: 2024, value: 39888 }), fact({ year: 2022, value: 34293 }), fact({ year: 2025, value: 45000, qualifier: 'target' })],
      'billion_vnd',
    );
    expect(series.map((h) => [h.year, h.value])).toEqual([
      [2022, 34293],
      [2024, 39888],
    ]);
  });
});
