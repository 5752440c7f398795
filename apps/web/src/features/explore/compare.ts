import type { Indicator, SeriesResponse } from '@chiso/shared';
import { formatMeasured, measureOfSeries, type ChartSpec, type Measure } from '@chiso/shared/chart';
import type { Lang } from '@chiso/shared';

export interface CompareColumn {
  key: string;
  indicator: Indicator;
  /** What the column's numbers are: the indicator's unit, an index on the base year, or growth. */
  measure: Measure;
}

export interface CompareRow {
  year: number;
  values: Record<string, number | null>;
  /** Growth computed against an earlier year than the one before, by column. */
  since: Record<string, number | undefined>;
  /** The shown number rests on a figure no person has reviewed, by column. */
  machineRead: Record<string, boolean>;
}

export interface CompareTable {
  columns: CompareColumn[];
  rows: CompareRow[];
}

/**
 * What the compare page's table shows: the chart spec's series (so the table, the chart, the embed and the
 * server's image agree on base years, gaps and left-out series), one row per year that has any figure.
 */
export function compareTable(spec: ChartSpec, series: readonly SeriesResponse[]): CompareTable {
  const columns: CompareColumn[] = spec.series.flatMap((s) => {
    const indicator = series.find((x) => x.indicator.key === s.key)?.indicator;
    return indicator ? [{ key: s.key, indicator, measure: measureOfSeries(spec, s) }] : [];
  });
  const years = [...new Set(spec.series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const rows = years.map((year) => {
    const values: Record<string, number | null> = {};
    const since: Record<string, number | undefined> = {};
    const machineRead: Record<string, boolean> = {};
    for (const s of spec.series) {
      const p = s.points.find((q) => q.year === year);
      values[s.key] = p?.value ?? null;
      since[s.key] = p?.since;
      machineRead[s.key] = p?.machineRead ?? false;
    }
    return { year, values, since, machineRead };
  });
  return { columns, rows };
}

export function columnValue(c: CompareColumn, value: number, lang: Lang): string {
  return formatMeasured(value, c.measure, lang);
}
