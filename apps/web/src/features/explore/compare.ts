import { toCsv, type Indicator, type SeriesResponse } from '@chiso/shared';
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
}

export interface CompareTable {
  columns: CompareColumn[];
  rows: CompareRow[];
}

/**
 * What the compare page's table and CSV show: the chart spec's series (so the table, the chart, the embed and the
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
    for (const s of spec.series) {
      const p = s.points.find((q) => q.year === year);
      values[s.key] = p?.value ?? null;
      since[s.key] = p?.since;
    }
    return { year, values, since };
  });
  return { columns, rows };
}

export function columnValue(c: CompareColumn, value: number, lang: Lang): string {
  return formatMeasured(value, c.measure, lang);
}

export const csvColumns = ['indicator', 'region', 'year', 'value', 'unit', 'qualifier', 'approx', 'conflict', 'facts'] as const;

function csvUnit(m: Measure): string {
  if (m.kind === 'unit') return m.unit;
  if (m.kind === 'index') return `index_${m.baseYear}_100`;
  return 'percent_change';
}

/**
 * The compare view as CSV, in the columns of the API's `series.csv`: in value mode the rows are exactly the API's;
 * in index and growth modes `value` holds the shown number and `unit` says what it is.
 */
export function compareCsv(series: readonly SeriesResponse[], table: CompareTable): string {
  const rows: Record<string, unknown>[] = [];
  for (const c of table.columns) {
    const s = series.find((x) => x.indicator.key === c.key);
    if (!s) continue;
    for (const r of table.rows) {
      const shown = r.values[c.key];
      const p = s.points.find((q) => q.year === r.year);
      if (shown === null || shown === undefined || !p) continue;
      rows.push({
        indicator: c.key,
        region: s.region.key,
        year: r.year,
        value: shown,
        unit: csvUnit(c.measure),
        qualifier: p.qualifier,
        approx: p.approx,
        conflict: p.conflict,
        facts: p.facts,
      });
    }
  }
  return toCsv(csvColumns, rows);
}
