import {
  outletOf,
  formatChange,
  formatDate,
  formatNumber,
  formatRank,
  formatValue,
  type Approx,
  type Indicator,
  type Lang,
  type Region,
  type Source,
  type Unit,
} from '@chiso/shared';
import { translate } from './i18n';

export function indicatorName(ind: Pick<Indicator, 'name_vi' | 'name_en'>, lang: Lang): string {
  return lang === 'vi' ? ind.name_vi : ind.name_en;
}

export function regionName(region: Pick<Region, 'name_vi' | 'name_en'>, lang: Lang): string {
  return lang === 'vi' ? region.name_vi : region.name_en;
}

/** A value with its unit and the way the source qualified it: `trên 9.021 tỷ đồng`, `about 147.8 million USD`. */
export function displayValue(value: number, unit: Unit, lang: Lang, approx: Approx = 'exact', denominator?: number): string {
  const text = unit === 'rank' && denominator !== undefined ? formatRank(value, denominator, lang) : formatValue(value, unit, lang);
  return approx === 'exact' ? text : `${translate(lang, `approx.${approx}`)} ${text}`;
}

/** A value shown with a range when the source gave one: `30–35%`. */
export function displayRange(min: number, max: number, unit: Unit, lang: Lang): string {
  const hi = formatValue(max, unit, lang);
  return `${formatNumber(min, lang, unit)}–${hi}`;
}

/** A percentage such as a plan attainment: `120%`, `101,25%`. */
export function displayPercent(pct: number, lang: Lang): string {
  return `${formatNumber(pct, lang)}%`;
}

export { formatChange };

/** Whether a change is an improvement, given which direction is better for the indicator. */
export function isImprovement(change: number, better: Indicator['better']): boolean {
  return better === 'higher' ? change > 0 : change < 0;
}

/** Two percentages say the same when they agree to the nearest whole percent (sources round). */
export function sameChange(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.75;
}

/** The outlet to credit (the shared rule: publisher, else the site's host). */
export const outlet = outletOf;

/** A signed number with the typographic minus: `+0,3`, `−1.2`. */
export function formatSigned(n: number, lang: Lang): string {
  const rounded = Math.round(n * 10) / 10;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${formatNumber(Math.abs(rounded), lang)}`;
}

/** The language a title is written in, for its `lang` attribute: Vietnamese letters say Vietnamese. */
export function textLang(text: string): Lang {
  return /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i.test(text) ? 'vi' : 'en';
}

/**
 * How a source is named to readers: its real title, else its outlet and date (never a title guessed from the
 * address). `title` is null when the source has none.
 */
export function sourceName(source: Pick<Source, 'title' | 'publisher' | 'url' | 'published_on'>, lang: Lang): { text: string; title: string | null } {
  if (source.title) return { text: source.title, title: source.title };
  const who = outlet(source) ?? translate(lang, 'src.untitled');
  return { text: source.published_on ? `${who}, ${formatDate(source.published_on, lang)}` : who, title: null };
}
