import { firstAtOrAfter } from './search';

/**
 * Years and periods in a folded text: which year a figure is about, and which figures are about part of a year
 * (6 months, a quarter, up to 30 June) or several years (a period total, an average).
 */
export type YearRole =
  /** `năm 2018`, `2018`: the year of what follows or precedes it */
  | 'plain'
  /** `so với năm 2017`: the base of a change */
  | 'comparison'
  /** `công bố trong năm 2022`, `đăng ký năm 2017`: when something happened to the figure, not its year */
  | 'publication'
  /** `cả năm 2021`: the whole year, even inside a part-year section */
  | 'fullYear'
  /** `2016-2020`, `giai đoạn 2021-2025`: a span of years */
  | 'span'
  /** `6 tháng đầu năm 2021`, `quý II/2023`: the year of a part-year period */
  | 'partYear';

export interface YearMention {
  start: number;
  end: number;
  year: number;
  role: YearRole;
  /** For relative mentions (`năm trước`, `một năm trước đó`): offset from the context year. */
  relative?: 'previous' | 'current' | 'previousOfContext';
}

export interface Marker {
  start: number;
  end: number;
  kind: 'partYear' | 'multiYear' | 'yearEnd';
  year?: number;
}

const S = '[\\s\\u00a0]';
const reYear = /(?<![\d.,/\\-])((?:19|20)\d\d)(?![\d%]|[.,]\d|\s?\/\s?\d|\s?-\s?\d)/g;
const reSpan = new RegExp(`(?<![\\d.,/])((?:19|20)\\d\\d)${S}*-${S}*((?:19|20)?\\d\\d)(?![\\d.,%])`, 'g');
const reBefore = {
  comparison: new RegExp(`(?:so voi|compared (?:with|to)|from|than|versus|vs\\.?|over)${S}+(?:(?:cung ky|cuoi|het|nam|thoi diem|in|the end of|end of|the same period (?:of|in)|the same period)${S}+)*$`),
  publication: new RegExp(`(?:cong bo|ban hanh|phat hanh|dang ky|xuat ban|published|announced|released|issued)(?:${S}+(?:trong|vao|cuoi|dau|in|nam))*${S}*$`),
  fullYear: new RegExp(`(?:ca nam|toan nam|the whole (?:of|year)|full[- ]year|all of)${S}*$`),
  partYear: new RegExp(
    `(?:(?:\\d+|sau|chin|ba|hai|muoi|six|nine|three|first|last)${S}+(?:thang|months?)(?:${S}+(?:dau|cuoi|of))?(?:${S}+nam)?|quy${S}+[ivx\\d]+${S}*(?:nam)?|nua${S}+(?:dau|cuoi)${S}+nam|(?:first|second)${S}+half(?:${S}+of)?|q[1-4]|h[12])${S}*$`,
  ),
  schoolYear: new RegExp(`(?:nam hoc|school year|academic year)${S}*$`),
};
const relatives: [RegExp, YearMention['relative'], YearRole][] = [
  [new RegExp(`\\b(?:so voi|compared (?:with|to)|from)${S}+(?:cung ky|nam truoc|nam ngoai|last year|a year (?:earlier|ago)|the previous year|the same period(?: last year)?)`, 'g'), 'previous', 'comparison'],
  [new RegExp(`\\b(?:mot${S}+)?nam${S}+truoc${S}+do|the previous year|a year earlier`, 'g'), 'previousOfContext', 'plain'],
  [new RegExp(`(?<!so voi${S})\\b(?:nam${S}+truoc|nam${S}+ngoai)(?!${S}+do)`, 'g'), 'previous', 'plain'],
  // English news on annual results is written the next year: its `last year` is the year under review
  [new RegExp(`\\b(?:nam${S}+qua|nam${S}+nay|this year|last year|during the year|the past year)\\b`, 'g'), 'current', 'plain'],
  [new RegExp(`\\b(?:year[- ]on[- ]year|y-o-y|yoy)\\b`, 'g'), 'previous', 'comparison'],
];
const markerRes: [RegExp, Marker['kind']][] = [
  [new RegExp(`\\b(?:\\d+|sau|chin|ba|six|nine|three|first|last)${S}+(?:thang|months)(?:${S}+(?:dau|cuoi)${S}+nam)?\\b`, 'g'), 'partYear'],
  [new RegExp(`\\b(?:quy${S}+(?:i{1,3}|iv|[1-4])|(?:first|second|third|fourth)${S}+quarter|q[1-4]|nua${S}+(?:dau|cuoi)${S}+nam|(?:first|second)${S}+half|h[12])\\b`, 'g'), 'partYear'],
  [new RegExp(`\\b(?:den|tinh den|den het|het|as of|by)${S}+(?:ngay${S}+)?(\\d{1,2})${S}?/${S}?(\\d{1,2})(?:${S}?/${S}?((?:19|20)\\d\\d))?`, 'g'), 'partYear'],
  [new RegExp(`\\b(?:den|tinh den|den het|den cuoi|het|cuoi|by the end of|end of|as of)${S}+thang${S}+(\\d{1,2})(?:${S}?/${S}?((?:19|20)\\d\\d))?`, 'g'), 'partYear'],
  [new RegExp(`\\b(?:giai doan|thoi ky|period|tu nam|from)${S}+(?:19|20)\\d\\d${S}*(?:-|den|to)${S}*(?:nam${S}+)?(?:19|20)?\\d\\d\\b`, 'g'), 'multiYear'],
  [new RegExp(`\\b(?:sau|trong|qua|over|after|in)${S}+(?:\\d+|hai|ba|bon|nam|muoi|two|three|four|five|ten)${S}+(?:nam|years)\\b`, 'g'), 'multiYear'],
  [new RegExp(`\\b\\d+${S}+(?:nam|years)${S}+(?:lien tiep|in a row|running)\\b`, 'g'), 'multiYear'],
  [new RegExp(`%${S}*/${S}*nam|\\bbinh quan|\\btrung binh|\\bluy ke|\\bcong don|\\bmoi nam|\\bhang nam|\\bper year|\\bannual average|\\bon average|\\baverage|\\bcumulative`, 'g'), 'multiYear'],
];

export interface YearIndex {
  years: YearMention[];
  markers: Marker[];
}

/** Every year mention and period marker of a folded text, ordered by start. */
export function indexYears(fold: string, mask: Uint8Array, yearCode: (code: number) => boolean): YearIndex {
  const years: YearMention[] = [];
  const spans: [number, number][] = [];
  reSpan.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = reSpan.exec(fold))) {
    const a = Number(m[1]);
    let b = Number(m[2]);
    if (b < 100) b += Math.floor(a / 100) * 100;
    if (b <= a || b - a > 30) continue;
    spans.push([m.index, m.index + m[0].length]);
    years.push({ start: m.index, end: m.index + 4, year: a, role: 'span' });
    years.push({ start: m.index + m[0].length - m[2]!.length, end: m.index + m[0].length, year: b, role: 'span' });
  }
  reYear.lastIndex = 0;
  while ((m = reYear.exec(fold))) {
    const start = m.index;
    if (mask[start] && !yearCode(mask[start]!)) continue;
    const before = fold.slice(Math.max(0, start - 36), start);
    let role: YearRole = 'plain';
    if (reBefore.schoolYear.test(before)) role = 'span';
    else if (reBefore.partYear.test(before)) role = 'partYear';
    else if (reBefore.fullYear.test(before)) role = 'fullYear';
    else if (reBefore.comparison.test(before)) role = 'comparison';
    else if (reBefore.publication.test(before)) role = 'publication';
    years.push({ start, end: start + 4, year: Number(m[1]), role });
  }
  for (const [re, relative, role] of relatives) {
    re.lastIndex = 0;
    while ((m = re.exec(fold))) years.push({ start: m.index, end: m.index + m[0].length, year: 0, role, relative });
  }
  years.sort((a, b) => a.start - b.start);
  const markers: Marker[] = [];
  for (const [re, kind] of markerRes) {
    re.lastIndex = 0;
    while ((m = re.exec(fold))) {
      let k = kind;
      let year: number | undefined;
      // `đến 31/12/2020`, `đến hết tháng 12`: the end of a year, a whole-year figure
      if (kind === 'partYear' && m[1] !== undefined && /\/|thang/.test(m[0])) {
        const isDate = /\//.test(m[0].replace(/\/\s*(?:19|20)\d\d$/, ''));
        const yearEnd = isDate ? m[1] === '31' && m[2] === '12' : m[1] === '12';
        const y = isDate ? m[3] : m[2];
        if (yearEnd) k = 'yearEnd';
        if (y) year = Number(y);
      }
      markers.push({ start: m.index, end: m.index + m[0].length, kind: k, year });
    }
  }
  markers.sort((a, b) => a.start - b.start);
  return { years, markers };
}

/** Items of an ordered list lying inside [from, to). */
export function within<T extends { start: number }>(items: T[], from: number, to: number): T[] {
  const lo = firstAtOrAfter(items, from);
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i]!.start < to; i++) out.push(items[i]!);
  return out;
}
