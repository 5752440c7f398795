import { growthSeries, indexSeries, toCsv, type Indicator, type SeriesResponse, type Unit, type YearValue } from '@chiso/shared';
import type { CompareMode } from './url-state';

/** The unit a compared column is shown in: the indicator's own, or that of the mode. */
export type ColumnUnit = { kind: 'unit'; unit: Unit } | { kind: 'index'; baseYear: number } | { kind: 'growth' };

export interface CompareColumn {
  key: string;
  indicator: Indicator;
  unit: ColumnUnit;
  /** The axis the column is drawn against: one per distinct unit. */
  axis: string;
}

export interface CompareRow {
  year: number;
  values: Record<string, number | null>;
}

export interface CompareTable {
  columns: CompareColumn[];
  rows: CompareRow[];
}

function transform(points: YearValue[], mode: CompareMode): YearValue[] {
  if (mode === 'index') return indexSeries(points);
  if (mode === 'growth') return growthSeries(points);
  return points;
}

/**
 * What the compare page shows: one column per indicator, one row per year that has any value,
 * after the chosen transformation. The index base is each series' first year with a non-zero value in the range.
 */
export function compareTable(
  series: readonly SeriesResponse[],
  mode: CompareMode,
  from?: number,
  to?: number,
): CompareTable {
  const columns: CompareColumn[] = [];
  const byYear = new Map<number, Record<string, number | null>>();
  for (const s of series) {
    const inRange = s.points
      .filter((p) => (from === undefined || p.year >= from) && (to === undefined || p.year <= to))
      .map((p) => ({ year: p.year, value: p.value }));
    const shown = transform(inRange, mode);
    const key = s.indicator.key;
    const base = inRange.find((p) => p.value !== 0);
    const unit: ColumnUnit =
      mode === 'value'
        ? { kind: 'unit', unit: s.indicator.unit }
        : mode === 'index'
          ? { kind: 'index', baseYear: base?.year ?? inRange[0]?.year ?? 0 }
          : { kind: 'growth' };
    columns.push({ key, indicator: s.indicator, unit, axis: mode === 'value' ? s.indicator.unit : mode });
    for (const p of shown) {
      const row = byYear.get(p.year) ?? {};
      row[key] = p.value;
      byYear.set(p.year, row);
    }
  }
  const rows = [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((year) => {
      const found = byYear.get(year) ?? {};
      const values: Record<string, number | null> = {};
      for (const c of columns) values[c.key] = found[c.key] ?? null;
      return { year, values };
    });
  return { columns, rows };
}

/** The distinct axes in order of first use. */
export function axesOf(columns: readonly CompareColumn[]): string[] {
  return [...new Set(columns.map((c) => c.axis))];
}

export const csvColumns = ['indicator', 'region', 'year', 'value', 'unit', 'qualifier', 'approx', 'conflict', 'facts'] as const;

/**
 * The compare view as CSV, in the columns of the API's `series.csv`: in value mode the rows are exactly the API's;
 * in index and growth modes `value` holds the shown number and `unit` says what it is.
 */
export function compareCsv(series: readonly SeriesResponse[], table: CompareTable, mode: CompareMode): string {
  const rows: Record<string, unknown>[] = [];
  for (const s of series) {
    const column = table.columns.find((c) => c.key === s.indicator.key);
    if (!column) continue;
    const unit =
      column.unit.kind === 'unit' ? column.unit.unit : column.unit.kind === 'index' ? `index_${column.unit.baseYear}_100` : 'percent_change';
    for (const p of s.points) {
      const shown = mode === 'value' ? p.value : table.rows.find((r) => r.year === p.year)?.values[s.indicator.key];
      if (shown === null || shown === undefined || !table.rows.some((r) => r.year === p.year)) continue;
      rows.push({
        indicator: s.indicator.key,
        region: s.region.key,
        year: p.year,
        value: shown,
        unit,
        qualifier: p.qualifier,
        approx: p.approx,
        conflict: p.conflict,
        facts: p.facts,
      });
    }
  }
  return toCsv(csvColumns, rows);
}
