import type { Indicator } from '../catalogue';
import type { CombinedPoint } from './api';

/** A figure of one part (a former region, or the continuing unit itself) for a year; null when there is none. */
export interface PartFigure {
  region: string;
  value: number | null;
  denominator?: number | null | undefined;
  /** An estimate rather than a result. */
  estimate?: boolean | undefined;
  /** Accepted without a person reading it. */
  machine_read?: boolean | undefined;
}

export interface PublishedFigure {
  value: number;
  denominator?: number | null | undefined;
  fact_id: number;
  conflict?: boolean | undefined;
  estimate?: boolean | undefined;
  machine_read?: boolean | undefined;
}

/**
 * The figure of a unit's present territory for one year before it had that shape. In order: the publisher's merged
 * figure where there is one; a single part's figure passed on (a renamed unit, whatever the indicator); the sum of
 * the parts for an indicator that adds up (`sum`), partial and marked when a part has no figure. Shares, ranks and
 * scores (`none`) are never combined: null.
 */
export function combineYear(input: {
  year: number;
  aggregation: Indicator['aggregation'];
  parts: readonly PartFigure[];
  published?: PublishedFigure | null | undefined;
}): CombinedPoint | null {
  const { year, parts, published } = input;
  const all = parts.map((p) => p.region);
  if (published) {
    return { year, value: published.value, method: 'published', from: all, missing: [], partial: false, estimate: published.estimate ?? false, denominator: published.denominator ?? null, fact_id: published.fact_id, machine_read: published.machine_read ?? false };
  }
  const known = parts.filter((p): p is PartFigure & { value: number } => p.value !== null);
  const missing = parts.filter((p) => p.value === null).map((p) => p.region);
  if (parts.length === 1 && known[0]) {
    return { year, value: known[0].value, method: 'carried', from: all, missing: [], partial: false, estimate: known[0].estimate ?? false, denominator: known[0].denominator ?? null, fact_id: null, machine_read: known[0].machine_read ?? false };
  }
  if (input.aggregation !== 'sum' || known.length === 0) return null;
  const value = known.reduce((sum, p) => sum + p.value, 0);
  const estimate = known.some((p) => p.estimate === true);
  const machine_read = known.some((p) => p.machine_read === true);
  return { year, value, method: 'sum', from: known.map((p) => p.region), missing, partial: missing.length > 0, estimate, denominator: null, fact_id: null, machine_read };
}

/**
 * The combined series of a unit, in year order: the years the publisher has a figure of its present territory
 * for, and, when it took its shape in `shapeYear` (null: it never changed), the years before that any part has a
 * figure for. `parts[i].figures` and `published` are keyed by year.
 */
export function combinedSeries(input: {
  aggregation: Indicator['aggregation'];
  shapeYear: number | null;
  parts: readonly { region: string; figures: ReadonlyMap<number, Omit<PartFigure, 'region'>> }[];
  published: ReadonlyMap<number, PublishedFigure>;
}): CombinedPoint[] {
  const { shapeYear } = input;
  const years = new Set<number>(input.published.keys());
  if (shapeYear !== null) for (const p of input.parts) for (const y of p.figures.keys()) years.add(y);
  return [...years]
    .filter((y) => shapeYear === null || y < shapeYear)
    .sort((a, b) => a - b)
    .map((year) =>
      combineYear({
        year,
        aggregation: input.aggregation,
        parts: input.parts.map((p) => ({ region: p.region, value: null, ...p.figures.get(year) })),
        published: input.published.get(year),
      }),
    )
    .filter((p): p is CombinedPoint => p !== null);
}
