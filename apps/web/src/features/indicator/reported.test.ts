import { describe, expect, it } from 'vitest';
import { FactWithSource } from '@chiso/shared';
import { revenueSeries } from '../../test/fixtures';
import { reportedPoints } from './reported';

const source = { id: 1, kind: 'article', title: null, publisher: null, url: null, published_on: null, region: 'da-nang', report_year: null, format: null, sha256: null, created_at: '2026-01-01' };

function fact(id: number, year: number, value: number, qualifier: 'actual' | 'estimate' | 'target' = 'actual') {
  return FactWithSource.parse({
    id, indicator: 'ict_revenue', region: 'da-nang', year, value, value_min: null, value_max: null, qualifier, approx: 'exact',
    change_pct: null, change_vs_year: null, plan_pct: null, source_id: 1, start: null, end: null, quote: null, quote_start: null,
    method: 'curated', rule: null, confidence: null, status: 'accepted', note: null, created_at: '2026-01-01', updated_at: '2026-01-01', source,
  });
}

describe('every figure reported for a year', () => {
  it('groups figures that agree within rounding and marks the ones that differ from the headline', () => {
    const points = reportedPoints(revenueSeries, [fact(1, 2022, 34293), fact(2, 2022, 34300), fact(3, 2022, 17598), fact(4, 2022, 40000, 'target')]);
    expect(points).toEqual([
      { year: 2022, value: 34293, conflict: false, count: 2 },
      { year: 2022, value: 17598, conflict: true, count: 1 },
    ]);
  });

  it('leaves out a figure about the region’s territory on a later map (the merged province’s figure)', () => {
    const merged = { ...fact(5, 2022, 20000), territory_as_of: '2025-07-01' };
    expect(reportedPoints(revenueSeries, [fact(1, 2022, 34293), merged])).toEqual([{ year: 2022, value: 34293, conflict: false, count: 1 }]);
  });
});
