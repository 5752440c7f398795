import { cagr, formatChange, formatNumber, formatValue, type Lang, type SeriesResponse } from '@chiso/shared';
import type { CompareColumn, CompareTable } from './compare';
import { indicatorName } from './display';

/** A sentence or two describing a series, the text alternative to its chart. */
export function seriesSummary(series: SeriesResponse, lang: Lang): string {
  const name = indicatorName(series.indicator, lang);
  const { unit } = series.indicator;
  const pts = series.points;
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (!first || !last) return '';
  const v = (x: number) => formatValue(x, unit, lang);
  const conflicts = pts.filter((p) => p.conflict).map((p) => p.year);
  const growth = unit === 'rank' || unit === 'percent' || unit === 'score' ? null : cagr(pts);
  const parts: string[] = [];
  if (lang === 'vi') {
    parts.push(
      pts.length === 1
        ? `${name}: ${v(first.value)} năm ${first.year}.`
        : `${name}: từ ${v(first.value)} năm ${first.year} đến ${v(last.value)} năm ${last.year}, có số liệu ${pts.length} năm.`,
    );
    if (growth !== null) parts.push(`Tăng trưởng bình quân ${formatNumber(Math.round(growth * 10) / 10, lang)}%/năm.`);
    if (conflicts.length) parts.push(`Các nguồn chênh lệch nhau ở năm ${conflicts.join(', ')}.`);
    if (series.targets.length) parts.push(`Có ${series.targets.length} chỉ tiêu kế hoạch.`);
  } else {
    parts.push(
      pts.length === 1
        ? `${name}: ${v(first.value)} in ${first.year}.`
        : `${name}: from ${v(first.value)} in ${first.year} to ${v(last.value)} in ${last.year}, with data for ${pts.length} years.`,
    );
    if (growth !== null) parts.push(`Average growth ${formatNumber(Math.round(growth * 10) / 10, lang)}% a year.`);
    if (conflicts.length) parts.push(`Sources differ in ${conflicts.join(', ')}.`);
    if (series.targets.length) parts.push(`${series.targets.length} plan targets are shown.`);
  }
  return parts.join(' ');
}

export function columnValue(c: CompareColumn, value: number, lang: Lang): string {
  if (c.unit.kind === 'unit') return formatValue(value, c.unit.unit, lang);
  if (c.unit.kind === 'index') return formatNumber(Math.round(value * 10) / 10, lang);
  return formatChange(value, lang);
}

/** One sentence per compared indicator: where it starts and ends in the shown range and mode. */
export function compareSummary(table: CompareTable, lang: Lang): string {
  return table.columns
    .map((c) => {
      const rows = table.rows.filter((r) => r.values[c.key] !== null && r.values[c.key] !== undefined);
      const first = rows[0];
      const last = rows[rows.length - 1];
      const name = indicatorName(c.indicator, lang);
      if (!first || !last) return lang === 'vi' ? `${name}: không có số liệu.` : `${name}: no data.`;
      const a = columnValue(c, first.values[c.key]!, lang);
      const b = columnValue(c, last.values[c.key]!, lang);
      if (first === last) return lang === 'vi' ? `${name}: ${a} năm ${first.year}.` : `${name}: ${a} in ${first.year}.`;
      return lang === 'vi'
        ? `${name}: từ ${a} năm ${first.year} đến ${b} năm ${last.year}.`
        : `${name}: from ${a} in ${first.year} to ${b} in ${last.year}.`;
    })
    .join(' ');
}
