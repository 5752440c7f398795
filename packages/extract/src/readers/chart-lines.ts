import type { TablePart } from './assemble';

/** `2019: 7.4`, `2024e: 14.1`, `9M-2024: 74.2`: a year (perhaps marked as an estimate or a part of it) and a figure. */
const reYearLine = /^((?:\d{1,2}\s?[MT]\s?-\s?)?(?:19|20)\d\d[efp]?)\s*:\s*([-+]?\d[\d.,]*\s*%?)$/i;
/** A chart's title line: `[Chart: Total ICT sector revenue, VND trillion]`, `Biểu đồ: …`. */
const reChartTitle = /^\[?\s*(?:chart|biểu đồ|đồ thị|graph)\s*[:\-–]\s*(.+?)\s*\]?$/iu;

/**
 * The data of a chart written as lines of a year and a figure under the chart's title (a slide deck's text, a page's
 * chart described for screen readers): a table of years down the rows under a header of the title, which names the
 * indicator and its unit. At least three such lines, nothing else after the title.
 */
export function chartLinesOf(lines: readonly string[]): TablePart | null {
  const trimmed = lines.map((l) => l.trim());
  const title = reChartTitle.exec(trimmed[0] ?? '');
  if (!title || trimmed.length < 4) return null;
  const points = trimmed.slice(1).map((l) => reYearLine.exec(l));
  if (points.some((p) => p === null)) return null;
  return {
    kind: 'table',
    rows: [{ cells: ['Year', withUnitInBrackets(title[1]!)], header: true }, ...points.map((p) => ({ cells: [p![1]!.replace(/\s+/g, ''), p![2]!.trim()], header: false }))],
  };
}

/** `Total ICT sector revenue, VND trillion` → `Total ICT sector revenue (VND trillion)`: the unit where a header writes it. */
function withUnitInBrackets(title: string): string {
  const m = /^(.*\S),\s*([^,()]{1,20})$/.exec(title);
  return m && !/\d/.test(m[2]!) ? `${m[1]} (${m[2]!.trim()})` : title;
}
