import type { CombinedPoint, Indicator, RegionInfo, RegionsSeriesResponse, SeriesPoint, SeriesResponse } from '@chiso/shared';

/** A combined figure drawn as a point of its own series (the chart tells it apart by that series' label and colour). */
function asPoint(p: CombinedPoint): SeriesPoint {
  return {
    year: p.year,
    value: p.value,
    value_min: null,
    value_max: null,
    qualifier: p.estimate ? 'estimate' : 'actual',
    approx: 'exact',
    conflict: false,
    facts: p.fact_id === null ? 0 : 1,
    fact_id: p.fact_id ?? 0,
    values: [],
    machine_read: p.machine_read,
    ...(p.denominator !== null ? { denominator: p.denominator } : {}),
  };
}

export interface ComparedSeries {
  series: SeriesResponse;
  region: RegionInfo;
  combined: boolean;
}

/**
 * The series the compare-provinces chart draws: each region's own figures, then (where it has them) its combined
 * figures for the years before its present shape as a separate series, so the two never read as one line.
 */
export function comparedSeries(data: RegionsSeriesResponse, regions: ReadonlyMap<string, RegionInfo>, indicator: Indicator): ComparedSeries[] {
  return data.series.flatMap((s) => {
    const region = regions.get(s.region);
    if (!region) return [];
    const own: ComparedSeries = { series: { indicator, region, points: s.points, targets: [] }, region, combined: false };
    const combined: ComparedSeries = { series: { indicator, region, points: s.combined.map(asPoint), targets: [] }, region, combined: true };
    return [...(s.points.length || !s.combined.length ? [own] : []), ...(s.combined.length ? [combined] : [])];
  });
}

export interface CompareCell {
  /** The region's own figure (for a continuing unit before its merger: of its territory then). */
  own: { value: number; denominator: number | null } | null;
  /** Its present territory's figure for a year before it had that shape. */
  combined: CombinedPoint | null;
}

/** Year (latest first) → region → its own and its combined figure. */
export function compareRows(data: RegionsSeriesResponse): { year: number; cells: Map<string, CompareCell> }[] {
  const byYear = new Map<number, Map<string, CompareCell>>();
  const cell = (year: number, region: string) => {
    const row = byYear.get(year) ?? byYear.set(year, new Map()).get(year)!;
    return row.get(region) ?? row.set(region, { own: null, combined: null }).get(region)!;
  };
  for (const s of data.series) {
    for (const p of s.points) cell(p.year, s.region).own = { value: p.value, denominator: p.denominator ?? null };
    for (const p of s.combined) cell(p.year, s.region).combined = p;
  }
  return [...byYear.entries()].sort((a, b) => b[0] - a[0]).map(([year, cells]) => ({ year, cells }));
}
