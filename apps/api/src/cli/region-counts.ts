import { table } from './table';

/**
 * How many regions have a figure, as a table: one row per indicator, one column per year that any indicator has a
 * figure for, `-` where none; the last column is the most regions any year has.
 */
export function regionCountsTable(rows: readonly { indicator: string; year: number; regions: number }[]): string {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const indicators = [...new Set(rows.map((r) => r.indicator))];
  const cell = new Map(rows.map((r) => [`${r.indicator}|${r.year}`, r.regions]));
  const body = indicators.map((i) => {
    const counts = years.map((y) => cell.get(`${i}|${y}`));
    return [i, ...counts.map((n) => (n === undefined ? '-' : String(n))), String(Math.max(...counts.map((n) => n ?? 0)))];
  });
  return table(['indicator', ...years.map(String), 'most'], body);
}
