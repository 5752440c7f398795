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

/** A series rebased to 100 at `baseYear`; empty when the series has no non-zero value that year. */
export function indexSeries(points: readonly YearValue[], baseYear: number): YearValue[] {
  const base = points.find((p) => p.year === baseYear);
  if (!base || base.value === 0) return [];
  return points.map((p) => ({ year: p.year, value: (p.value / base.value) * 100 }));
}

/** A growth rate, with the year it compares against. */
export interface Growth extends YearValue {
  since: number;
}

/**
 * Growth in percent against the previous year with data: `since` is the year before when there is one, else the
 * latest earlier year (the reader is told so), never a year after a zero.
 */
export function growthSeries(points: readonly YearValue[]): Growth[] {
  const out: Growth[] = [];
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1]!;
    const g = changePct(before.value, points[i]!.value);
    if (g !== null) out.push({ year: points[i]!.year, value: g, since: before.year });
  }
  return out;
}

/**
 * Compound annual growth rate in percent between the first and last point; null on fewer than three points,
 * where a "trend" would be one or two figures.
 */
export function cagr(points: readonly YearValue[]): number | null {
  if (points.length < 3) return null;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const years = last.year - first.year;
  if (years <= 0 || first.value <= 0 || last.value <= 0) return null;
  return (Math.pow(last.value / first.value, 1 / years) - 1) * 100;
}

/**
 * The year to base an index on: the first year every series has a figure for; when none is shared by all, the
 * first year shared by the most series (the others are left out). Null without any figure.
 */
export function commonBaseYear(series: readonly (readonly YearValue[])[]): number | null {
  const count = new Map<number, number>();
  for (const s of series) for (const y of new Set(s.filter((p) => p.value !== 0).map((p) => p.year))) count.set(y, (count.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of count) {
    const b = best === null ? 0 : count.get(best)!;
    if (n > b || (n === b && year < best!)) best = year;
  }
  return best;
}
