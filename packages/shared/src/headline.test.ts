import { describe, expect, it } from 'vitest';
import { agree, isConflict, resolveHeadline, resolveSeries, significantDigits, type ResolvableFact } from './headline';

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

describe('agree (rounding)', () => {
  it.each([
    [36571, 36600, true],
    [36571, 36571, true],
    [20.69, 20.7, true],
    [12.57, 12.7, false],
    [36571, 17598, false],
    [25200, 25000, true],
    [132, 134, false],
    [0.812, 0.81, true],
  ])('%d vs %d → %s', (a, b, expected) => {
    expect(agree(a, b)).toBe(expected);
    expect(agree(b, a)).toBe(expected);
  });

  it('counts significant digits as written', () => {
    expect(significantDigits(36600)).toBe(3);
    expect(significantDigits(20.69)).toBe(4);
    expect(significantDigits(0.5)).toBe(1);
  });
});

describe('resolveHeadline', () => {
  const cases: { name: string; facts: ResolvableFact[]; value: number | null; conflict: boolean }[] = [
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
      name: 'values equal after rounding are no conflict',
      facts: [fact({ value: 20.69 }), fact({ value: 20.7 })],
      value: 20.69,
      conflict: false,
    },
    {
      name: 'targets never become the headline',
      facts: [fact({ value: 20, qualifier: 'target' })],
      value: null,
      conflict: false,
    },
    {
      name: 'a range stands for its middle',
      facts: [fact({ value: null, value_min: 8, value_max: 9 })],
      value: 8.5,
      conflict: false,
    },
  ];
  it.each(cases)('$name', ({ facts, value, conflict }) => {
    const h = resolveHeadline(facts);
    expect(h?.value ?? null).toBe(value);
    expect(h?.conflict ?? false).toBe(conflict);
    expect(isConflict(facts)).toBe(conflict);
  });

  it('lists the distinct values with how many facts report each, headline first', () => {
    const h = resolveHeadline([
      fact({ value: 17598, qualifier: 'estimate' }),
      fact({ value: 36571, qualifier: 'estimate' }),
      fact({ value: 36571, qualifier: 'estimate' }),
    ]);
    expect(h?.values).toEqual([
      { value: 36571, qualifier: 'estimate', facts: 2 },
      { value: 17598, qualifier: 'estimate', facts: 1 },
    ]);
    expect(h?.facts).toHaveLength(3);
  });
});

describe('resolveSeries', () => {
  it('gives one headline per year in order and skips years with only targets', () => {
    const s = resolveSeries([
      fact({ year: 2024, value: 39888 }),
      fact({ year: 2022, value: 34293 }),
      fact({ year: 2025, value: 45000, qualifier: 'target' }),
    ]);
    expect(s.map((h) => [h.year, h.value])).toEqual([
      [2022, 34293],
      [2024, 39888],
    ]);
  });
});
