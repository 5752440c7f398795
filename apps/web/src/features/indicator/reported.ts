import { agree, type FactWithSource, type SeriesResponse } from '@chiso/shared';

export interface Reported {
  year: number;
  value: number;
  conflict: boolean;
  count: number;
}

/**
 * Every distinct figure sources reported for each year; the ones that disagree with the headline are marked. A
 * figure about the region's territory on a later map (the merged province's DTI 2024) is not one of them.
 */
export function reportedPoints(series: SeriesResponse, facts: readonly FactWithSource[]): Reported[] {
  const headline = new Map(series.points.map((p) => [p.year, p.value]));
  const out: Reported[] = [];
  for (const f of facts) {
    if (f.qualifier === 'target' || f.value === null || f.territory_as_of) continue;
    const same = out.find((r) => r.year === f.year && agree(r.value, f.value!));
    if (same) same.count++;
    else {
      const h = headline.get(f.year);
      out.push({ year: f.year, value: f.value, conflict: h !== undefined && !agree(h, f.value), count: 1 });
    }
  }
  return out;
}
