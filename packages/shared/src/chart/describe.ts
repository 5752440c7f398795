import type { Lang } from '../format';
import { measureOfSeries, type ChartSeries, type ChartSpec } from './spec';
import { formatMeasured, formatPoint } from './values';

type Described = Pick<ChartSpec, 'lang' | 'region' | 'mode' | 'series' | 'panels' | 'notes' | 'asof'>;

/** Years as a list: "2019, 2021 và 2023" / "2019, 2021 and 2023". */
export function listYears(list: readonly number[], lang: Lang): string {
  const ys = [...new Set(list)].sort((a, b) => a - b).map(String);
  if (ys.length <= 1) return ys.join('');
  const and = lang === 'vi' ? ' và ' : ' and ';
  return `${ys.slice(0, -1).join(', ')}${and}${ys[ys.length - 1]}`;
}

/** Years as runs: "2009, 2012, 2018–2024". */
export function compactYears(list: readonly number[]): string {
  const ys = [...new Set(list)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < ys.length; ) {
    let j = i;
    while (j + 1 < ys.length && ys[j + 1] === ys[j]! + 1) j++;
    runs.push(j === i ? String(ys[i]) : `${ys[i]}–${ys[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

function sentence(s: ChartSeries, c: Described): string {
  const { lang } = c;
  const measure = measureOfSeries(c, s);
  const f = (v: number) => formatMeasured(v, measure, lang);
  const figure = (p: ChartSeries['points'][number]) => formatPoint(p, measure, lang);
  const name = lang === 'vi' ? `${s.label} của ${c.region}` : `${s.label} in ${c.region}`;
  const pts = s.points;
  if (pts.length === 0) return lang === 'vi' ? `${name}: chưa có số liệu.` : `${name}: no figures yet.`;
  const a = pts[0]!;
  const b = pts[pts.length - 1]!;
  const inverted = c.panels[s.panel]?.inverted ?? false;
  let main: string;
  if (pts.length <= 2) {
    // One or two figures are read as values, not as a trend.
    const each = pts.map((p) => (lang === 'vi' ? `${figure(p)} năm ${p.year}` : `${figure(p)} in ${p.year}`));
    main = lang === 'vi' ? `${name}: ${each.join('; ')}` : `${name}: ${each.join('; ')}`;
  } else if (c.mode === 'growth') {
    main =
      lang === 'vi'
        ? `Tăng trưởng của ${name} là ${figure(a)} năm ${a.year} và ${figure(b)} năm ${b.year}`
        : `Growth of ${s.label} in ${c.region} was ${figure(a)} in ${a.year} and ${figure(b)} in ${b.year}`;
  } else if (b.value === a.value) {
    main = lang === 'vi' ? `${name} giữ ở mức ${figure(a)} từ năm ${a.year} đến năm ${b.year}` : `${name} stayed at ${figure(a)} from ${a.year} to ${b.year}`;
  } else if (inverted) {
    main =
      lang === 'vi'
        ? `${name} chuyển từ ${figure(a)} năm ${a.year} sang ${figure(b)} năm ${b.year}`
        : `${name} moved from ${figure(a)} in ${a.year} to ${figure(b)} in ${b.year}`;
  } else {
    const up = b.value > a.value;
    main =
      lang === 'vi'
        ? `${name} ${up ? 'tăng' : 'giảm'} từ ${figure(a)} năm ${a.year} ${up ? 'lên' : 'xuống'} ${figure(b)} năm ${b.year}`
        : `${name} ${up ? 'rose' : 'fell'} from ${figure(a)} in ${a.year} to ${figure(b)} in ${b.year}`;
    const peak = pts.reduce((m, p) => (p.value > m.value ? p : m), a);
    if (peak !== a && peak !== b && c.mode === 'value') {
      main += lang === 'vi' ? `, cao nhất ${figure(peak)} năm ${peak.year}` : `, peaking at ${figure(peak)} in ${peak.year}`;
    }
  }
  if (measure.kind === 'index') main += lang === 'vi' ? ` (chỉ số, năm ${measure.baseYear} = 100)` : ` (index, ${measure.baseYear} = 100)`;
  const parts = [`${main}.`];
  const missing = pts.flatMap((p, i) => (i > 0 && p.year - pts[i - 1]!.year > 1 ? [[pts[i - 1]!.year, p.year] as const] : []));
  if (missing.length && c.mode !== 'growth') {
    const spans = missing.map(([x, y]) => (y - x === 2 ? String(x + 1) : `${x + 1}–${y - 1}`)).join(', ');
    parts.push(lang === 'vi' ? `Không có số liệu năm ${spans}.` : `No figures for ${spans}.`);
  }
  const across = pts.filter((p) => p.since !== undefined);
  if (across.length) {
    const which = across.map((p) => (lang === 'vi' ? `${p.year} so với ${p.since}` : `${p.year} against ${p.since}`)).join(', ');
    parts.push(lang === 'vi' ? `Năm thiếu số liệu được so với năm trước có số liệu: ${which}.` : `Where a year is missing, growth is against the previous year with data: ${which}.`);
  }
  const unread = pts.filter((p) => p.machineRead).map((p) => p.year);
  if (unread.length) {
    const ys = listYears(unread, lang);
    parts.push(lang === 'vi' ? `Số liệu năm ${ys} đọc tự động, chưa duyệt.` : unread.length === 1 ? `The figure for ${ys} is machine-read, not yet reviewed.` : `The figures for ${ys} are machine-read, not yet reviewed.`);
  }
  if (s.others.length) {
    const ys = listYears(s.others.map((o) => o.year), lang);
    parts.push(lang === 'vi' ? `Năm ${ys} có nguồn báo cáo số liệu khác.` : `For ${ys} other sources report different figures.`);
  }
  for (const t of s.targets) {
    parts.push(lang === 'vi' ? `Mục tiêu năm ${t.year}: ${f(t.value)}.` : `Target for ${t.year}: ${f(t.value)}.`);
  }
  return parts.join(' ');
}

/** The chart read as text, for `<desc>`, alt text and screen readers: a sentence or a few per series. */
export function describeChart(c: Described): string {
  const out = c.series.map((s) => sentence(s, c));
  if (c.series.length === 0) out.push(c.lang === 'vi' ? 'Chưa có số liệu.' : 'No figures yet.');
  out.push(...c.notes);
  if (c.asof) {
    const [y, m, d] = c.asof.slice(0, 10).split('-');
    out.push(c.lang === 'vi' ? `Số liệu tại ngày ${d}/${m}/${y}.` : `Figures as of ${y}-${m}-${d}.`);
  }
  return out.join(' ');
}
