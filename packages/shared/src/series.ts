/** Percentage change from `before` to `after`, or null when it is not defined. */
export function changePct(before: number | null | undefined, after: number | null | undefined): number | null {
  if (before === null || before === undefined || after === null || after === undefined) return null;
  if (before === 0 || !Number.isFinite(before) || !Number.isFinite(after)) return null;
  return ((after - before) / Math.abs(before)) * 100;
}

export interface YearValue {
  year: number;
  value: number;
}

/** Index with the first point = 100. */
export function indexSeries(points: readonly YearValue[]): YearValue[] {
  const base = points.find((p) => p.value !== 0);
  if (!base) return [];
  return points.map((p) => ({ year: p.year, value: (p.value / base.value) * 100 }));
}

/**
 * Year-over-year growth in percent; a point is only computed against the year just before it,
 * so a gap in the series gives no growth rather than a misleading multi-year jump.
 */
export function growthSeries(points: readonly YearValue[]): YearValue[] {
  const byYear = new Map(points.map((p) => [p.year, p.value]));
  const out: YearValue[] = [];
  for (const p of points) {
    const g = changePct(byYear.get(p.year - 1), p.value);
    if (g !== null) out.push({ year: p.year, value: g });
  }
  return out;
}

/** Compound annual growth rate in percent between the first and last point. */
export function cagr(points: readonly YearValue[]): number | null {
  if (points.length < 2) return null;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const years = last.year - first.year;
  if (years <= 0 || first.value <= 0 || last.value <= 0) return null;
  return (Math.pow(last.value / first.value, 1 / years) - 1) * 100;
}
