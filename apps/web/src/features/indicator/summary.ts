import { cagr, formatFigure, formatNumber, machineReadLabel, type Lang, type SeriesPoint, type SeriesResponse } from '@chiso/shared';
import { compactYears } from '@chiso/shared/chart';
import { indicatorName } from '../../lib/display';

/**
 * A sentence or two describing a series, the text alternative to its chart: the years it has (gaps visible), an
 * average growth only over three figures or more, with its years.
 */
export function seriesSummary(series: SeriesResponse, lang: Lang): string {
  const name = indicatorName(series.indicator, lang);
  const { unit } = series.indicator;
  const pts = series.points;
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (!first || !last) return '';
  const v = (p: SeriesPoint) => formatFigure(p.value, unit, lang, p.denominator);
  const conflicts = pts.filter((p) => p.conflict).map((p) => p.year);
  const unread = compactYears(pts.filter((p) => p.machine_read).map((p) => p.year));
  const growth = unit === 'rank' || unit === 'percent' || unit === 'score' ? null : cagr(pts);
  const years = compactYears(pts.map((p) => p.year));
  const span = `${first.year}–${last.year}`;
  const pct = (g: number) => formatNumber(Math.round(g * 10) / 10, lang);
  const parts: string[] = [];
  if (lang === 'vi') {
    if (pts.length === 1) parts.push(`${name}: ${v(first)} năm ${first.year}.`);
    else if (pts.length === 2) parts.push(`${name}: ${v(first)} năm ${first.year} và ${v(last)} năm ${last.year}.`);
    else parts.push(`${name}: từ ${v(first)} năm ${first.year} đến ${v(last)} năm ${last.year}; có số liệu ${pts.length} năm (${years}).`);
    if (growth !== null) parts.push(`Tăng trưởng bình quân ${pct(growth)}%/năm giai đoạn ${span}.`);
    if (conflicts.length) parts.push(`Các nguồn chênh lệch nhau ở năm ${conflicts.join(', ')}.`);
    if (unread) parts.push(`Số liệu năm ${unread} ${machineReadLabel.vi}.`);
    if (series.targets.length) parts.push(`Có chỉ tiêu kế hoạch cho năm ${compactYears(series.targets.map((x) => x.year))}.`);
  } else {
    if (pts.length === 1) parts.push(`${name}: ${v(first)} in ${first.year}.`);
    else if (pts.length === 2) parts.push(`${name}: ${v(first)} in ${first.year} and ${v(last)} in ${last.year}.`);
    else parts.push(`${name}: from ${v(first)} in ${first.year} to ${v(last)} in ${last.year}; figures for ${pts.length} years (${years}).`);
    if (growth !== null) parts.push(`Average growth ${pct(growth)}% a year over ${span}.`);
    if (conflicts.length) parts.push(`Sources differ in ${conflicts.join(', ')}.`);
    if (unread) parts.push(`Figures for ${unread}: ${machineReadLabel.en}.`);
    if (series.targets.length) parts.push(`Plan targets for ${compactYears(series.targets.map((x) => x.year))}.`);
  }
  return parts.join(' ');
}
