import type { Lang } from '../format';
import type { ChartSeries, ChartSpec } from './spec';
import { formatMeasured } from './values';

type Described = Pick<ChartSpec, 'lang' | 'region' | 'measure' | 'mode' | 'series' | 'asof' | 'inverted'>;

function years(list: readonly number[], lang: Lang): string {
  const ys = [...new Set(list)].sort((a, b) => a - b).map(String);
  if (ys.length <= 1) return ys.join('');
  const and = lang === 'vi' ? ' và ' : ' and ';
  return `${ys.slice(0, -1).join(', ')}${and}${ys[ys.length - 1]}`;
}

function sentence(s: ChartSeries, c: Described): string {
  const { lang } = c;
  const f = (v: number) => formatMeasured(v, c.measure, lang);
  const name = lang === 'vi' ? `${s.label} của ${c.region}` : `${s.label} in ${c.region}`;
  const pts = s.points;
  if (pts.length === 0) return lang === 'vi' ? `${name}: chưa có số liệu.` : `${name}: no figures yet.`;
  const a = pts[0]!;
  const b = pts[pts.length - 1]!;
  let main: string;
  if (pts.length === 1) {
    main = lang === 'vi' ? `${name} năm ${a.year} là ${f(a.value)}` : `${name} was ${f(a.value)} in ${a.year}`;
  } else if (c.mode === 'growth') {
    main =
      lang === 'vi'
        ? `Tăng trưởng so với năm trước của ${name} là ${f(a.value)} năm ${a.year} và ${f(b.value)} năm ${b.year}`
        : `Year-on-year growth of ${s.label} in ${c.region} was ${f(a.value)} in ${a.year} and ${f(b.value)} in ${b.year}`;
  } else if (b.value === a.value) {
    main =
      lang === 'vi'
        ? `${name} giữ ở mức ${f(a.value)} từ năm ${a.year} đến năm ${b.year}`
        : `${name} stayed at ${f(a.value)} from ${a.year} to ${b.year}`;
  } else if (c.inverted) {
    main =
      lang === 'vi'
        ? `${name} chuyển từ ${f(a.value)} năm ${a.year} sang ${f(b.value)} năm ${b.year}`
        : `${name} moved from ${f(a.value)} in ${a.year} to ${f(b.value)} in ${b.year}`;
  } else {
    const up = b.value > a.value;
    main =
      lang === 'vi'
        ? `${name} ${up ? 'tăng' : 'giảm'} từ ${f(a.value)} năm ${a.year} ${up ? 'lên' : 'xuống'} ${f(b.value)} năm ${b.year}`
        : `${name} ${up ? 'rose' : 'fell'} from ${f(a.value)} in ${a.year} to ${f(b.value)} in ${b.year}`;
    const peak = pts.reduce((m, p) => (p.value > m.value ? p : m), a);
    if (peak !== a && peak !== b && c.mode === 'value') {
      main += lang === 'vi' ? `, cao nhất ${f(peak.value)} năm ${peak.year}` : `, peaking at ${f(peak.value)} in ${peak.year}`;
    }
  }
  if (c.mode === 'index' && s.baseYear !== undefined) {
    main += lang === 'vi' ? ` (chỉ số, năm ${s.baseYear} = 100)` : ` (index, ${s.baseYear} = 100)`;
  }
  const parts = [`${main}.`];
  if (s.others.length) {
    const ys = years(s.others.map((o) => o.year), lang);
    parts.push(lang === 'vi' ? `Năm ${ys} có nguồn báo cáo số liệu khác.` : `For ${ys} other sources report different figures.`);
  }
  for (const t of s.targets) {
    parts.push(lang === 'vi' ? `Mục tiêu năm ${t.year}: ${f(t.value)}.` : `Target for ${t.year}: ${f(t.value)}.`);
  }
  return parts.join(' ');
}

/** The chart read as text, for `<desc>`, alt text and screen readers: one sentence or two per series. */
export function describeChart(c: Described): string {
  const out = c.series.map((s) => sentence(s, c));
  if (c.series.length === 0) out.push(c.lang === 'vi' ? 'Chưa có số liệu.' : 'No figures yet.');
  if (c.asof) {
    const [y, m, d] = c.asof.slice(0, 10).split('-');
    out.push(c.lang === 'vi' ? `Số liệu tại ngày ${d}/${m}/${y}.` : `Figures as of ${y}-${m}-${d}.`);
  }
  return out.join(' ');
}
