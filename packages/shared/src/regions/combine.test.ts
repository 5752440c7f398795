import { describe, expect, it } from 'vitest';
import type { CombinedPoint } from './api';
import { combinedSeries, combineYear, type PartFigure, type PublishedFigure } from './combine';

const parts = (...values: (number | null)[]): PartFigure[] => values.map((value, i) => ({ region: ['da-nang', 'quang-nam', 'x'][i]!, value }));

describe('combineYear: a present territory before it existed', () => {
  it.each<[string, 'sum' | 'none', PartFigure[], PublishedFigure | null, Partial<CombinedPoint> | null]>([
    ['sums revenues of every part', 'sum', parts(100, 20), null, { value: 120, method: 'sum', from: ['da-nang', 'quang-nam'], missing: [], partial: false }],
    ['marks a sum with a missing part as partial and names it', 'sum', parts(100, null), null, { value: 100, method: 'sum', from: ['da-nang'], missing: ['quang-nam'], partial: true }],
    ['has nothing to sum when no part has a figure', 'sum', parts(null, null), null, null],
    ['never sums shares, ranks or scores', 'none', parts(17.5, 9), null, null],
    ['never sums them even when one part is missing', 'none', parts(17.5, null), null, null],
    ['uses the publisher’s merged figure first', 'none', parts(2, 57), { value: 17, denominator: 34, fact_id: 9 }, { value: 17, method: 'published', denominator: 34, fact_id: 9, from: ['da-nang', 'quang-nam'], partial: false }],
    ['prefers the published figure over a sum', 'sum', parts(100, 20), { value: 130, fact_id: 3 }, { value: 130, method: 'published', missing: [] }],
    ['carries a renamed unit’s figure, whatever the rule', 'none', [{ region: 'thua-thien-hue', value: 5, denominator: 63 }], null, { value: 5, method: 'carried', denominator: 63, from: ['thua-thien-hue'] }],
    ['marks a sum standing on an estimate', 'sum', [{ region: 'a', value: 10, estimate: true }, { region: 'b', value: 5 }], null, { value: 15, estimate: true }],
    ['has nothing to carry when the one part has no figure', 'sum', [{ region: 'thua-thien-hue', value: null }], null, null],
  ])('%s', (_, aggregation, p, published, expected) => {
    const got = combineYear({ year: 2024, aggregation, parts: p, published });
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatchObject({ year: 2024, ...expected });
  });
});

describe('combinedSeries', () => {
  it('covers the years before the shape, each from what it has, in order', () => {
    const s = combinedSeries({
      aggregation: 'sum',
      shapeYear: 2025,
      parts: [
        { region: 'da-nang', figures: new Map([[2022, { value: 10 }], [2023, { value: 11 }], [2025, { value: 99 }]]) },
        { region: 'quang-nam', figures: new Map([[2023, { value: 5 }]]) },
      ],
      published: new Map([[2024, { value: 20, fact_id: 1 }]]),
    });
    expect(s.map((p) => [p.year, p.value, p.method, p.partial])).toEqual([
      [2022, 10, 'sum', true],
      [2023, 16, 'sum', false],
      [2024, 20, 'published', false],
    ]);
    expect(s[0]!.missing).toEqual(['quang-nam']);
  });

  it('has only the published figures of a unit that never changed', () => {
    const s = combinedSeries({
      aggregation: 'none',
      shapeYear: null,
      parts: [{ region: 'ha-noi', figures: new Map([[2023, { value: 6, denominator: 63 }]]) }],
      published: new Map([[2024, { value: 1, denominator: 34, fact_id: 7 }]]),
    });
    expect(s).toEqual([{ year: 2024, value: 1, method: 'published', from: ['ha-noi'], missing: [], partial: false, estimate: false, denominator: 34, fact_id: 7, machine_read: false }]);
  });

  it('is machine-read when a figure it stands on is', () => {
    const s = combinedSeries({
      aggregation: 'sum',
      shapeYear: 2025,
      parts: [
        { region: 'a', figures: new Map([[2024, { value: 6 }]]) },
        { region: 'b', figures: new Map([[2024, { value: 4, machine_read: true }]]) },
      ],
      published: new Map(),
    });
    expect(s.map((p) => [p.value, p.machine_read])).toEqual([[10, true]]);
  });
});
