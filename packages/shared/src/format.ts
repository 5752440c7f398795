import type { Unit } from './catalogue';

export const languages = ['vi', 'en'] as const;
export type Lang = (typeof languages)[number];

const locale: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };

export const unitLabels: Record<Unit, Record<Lang, string>> = {
  billion_vnd: { vi: 'tỷ đồng', en: 'billion VND' },
  million_vnd: { vi: 'triệu đồng', en: 'million VND' },
  million_usd: { vi: 'triệu USD', en: 'million USD' },
  percent: { vi: '%', en: '%' },
  enterprises: { vi: 'doanh nghiệp', en: 'enterprises' },
  persons: { vi: 'người', en: 'people' },
  per_1000_people: { vi: 'trên 1.000 dân', en: 'per 1,000 people' },
  services: { vi: 'dịch vụ', en: 'services' },
  agencies: { vi: 'cơ quan', en: 'agencies' },
  documents: { vi: 'văn bản', en: 'documents' },
  items: { vi: 'ý kiến', en: 'items' },
  stations: { vi: 'trạm', en: 'stations' },
  sites: { vi: 'vị trí', en: 'sites' },
  domains: { vi: 'tên miền', en: 'domains' },
  rank: { vi: 'hạng', en: 'rank' },
  score: { vi: 'điểm', en: 'points' },
};

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, maxFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maxFractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale[lang], { maximumFractionDigits: maxFractionDigits, useGrouping: true });
    formatters.set(key, f);
  }
  return f;
}

/** Fraction digits worth showing for a unit: scores keep three (0,812), shares two, counts none beyond what is stored. */
function fractionDigits(unit: Unit | undefined): number {
  if (unit === 'score') return 4;
  return 2;
}

/** A number in the language's format: `25.200` / `25,200`, `98,1` / `98.1`. Vietnamese groups four-digit numbers too. */
export function formatNumber(value: number, lang: Lang, unit?: Unit): string {
  const s = formatter(lang, fractionDigits(unit)).format(value);
  // Intl's vi-VN leaves 4-digit integers ungrouped ("5700"); Vietnamese reports write 5.700.
  if (lang === 'vi' && /^-?\d{4}(,\d+)?$/.test(s)) return s.replace(/^(-?\d)(\d{3})/, '$1.$2');
  return s;
}

/** A value with its unit: `25.200 tỷ đồng`, `25,200 billion VND`, `98,1%`, `hạng 5` / `rank 5`. */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
  const n = formatNumber(value, lang, unit);
  if (unit === 'percent') return `${n}%`;
  if (unit === 'rank') return lang === 'vi' ? `hạng ${n}` : `rank ${n}`;
  return `${n} ${unitLabels[unit][lang]}`;
}

/** A rank with its denominator, as the press writes it: `hạng 3/63` / `rank 3/63` (`hạng 3` when none was stated). */
export function formatRank(rank: number, denominator: number | null, lang: Lang): string {
  const of = denominator === null ? '' : `/${formatNumber(denominator, lang)}`;
  return `${lang === 'vi' ? 'hạng' : 'rank'} ${formatNumber(rank, lang)}${of}`;
}

/** A figure as read: a rank with its denominator when one was stated (`hạng 3/63`), else the value with its unit. */
export function formatFigure(value: number, unit: Unit, lang: Lang, denominator?: number | null): string {
  return unit === 'rank' && denominator != null ? formatRank(value, denominator, lang) : formatValue(value, unit, lang);
}

/** A signed percentage change: `+34%`, `−2,5%`. */
export function formatChange(pct: number, lang: Lang): string {
  const rounded = Math.round(pct * 10) / 10;
  const n = formatNumber(Math.abs(rounded), lang);
  if (rounded === 0) return `0%`;
  return `${rounded > 0 ? '+' : '−'}${n}%`;
}

/** A date (YYYY, YYYY-MM or YYYY-MM-DD) in the language's format. */
export function formatDate(date: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  if (!d) return lang === 'vi' ? `tháng ${Number(mo)}/${y}` : new Date(`${y}-${mo}-01T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return lang === 'vi' ? `${d}/${mo}/${y}` : new Date(`${y}-${mo}-${d}T00:00:00Z`).toLocaleDateString('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A number for an input field: the language's decimal mark, no grouping (`98,1` / `98.1`, `1024`). */
export function formatPlain(value: number, lang: Lang): string {
  const s = String(value);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

const groupedVi = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const groupedEn = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * A number as a person types it in their language: Vietnamese `1.024` is a thousand and twenty-four and `98,1`
 * a decimal; English `1,024` and `98.1`. A lone separator that cannot be grouping (`98.1` in Vietnamese, `1,5`
 * in English) is taken as the decimal mark, since that is what people type. Empty → null; anything else → NaN.
 */
export function parseTypedNumber(input: string, lang: Lang): number | null {
  const t = input.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/^−/, '-');
  if (t === '') return null;
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  let normal: string;
  if ((lang === 'vi' ? groupedVi : groupedEn).test(t)) normal = t.split(group).join('').replace(decimal, '.');
  else if (/^-?\d+(?:[.,]\d+)?$/.test(t)) normal = t.replace(',', '.');
  else if (/^-?\d*\.\d+(?:e-?\d+)?$/i.test(t) || /^-?\d+(?:e-?\d+)?$/i.test(t)) normal = t;
  else return Number.NaN;
  const n = Number(normal);
  return Number.isFinite(n) ? n : Number.NaN;
}
