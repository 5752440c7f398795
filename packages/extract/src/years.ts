import { alt, endsWithOne, S } from './patterns';
import { firstAtOrAfter } from './search';
import * as t from './vocabulary/time';

/**
 * Years and periods in a folded text: which year a figure is about, and which figures are about part of a year
 * (6 months, a quarter, up to 30 June) or several years (a period total, an average).
 */
export type YearRole =
  /** `năm 2018`, `2018`: the year of what follows or precedes it */
  | 'plain'
  /** `so với năm 2017`: the base of a change */
  | 'comparison'
  /** `công bố trong năm 2022`, `Giải thưởng … 2022`: when something happened to the figure, not its year */
  | 'publication'
  /** `giá so sánh 2010`: a price base, never a figure's year */
  | 'priceBase'
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
  relative?: 'previous' | 'current' | 'previousOfContext' | 'now';
}

export interface Marker {
  start: number;
  end: number;
  /** `fullYear`: words of the whole year (`ước cả năm`, `for the full year`), with or without a year after them. */
  kind: 'partYear' | 'multiYear' | 'yearEnd' | 'fullYear';
  year?: number;
  /** A month after a figure (`took over 2,100 calls in August`): it dates the figure before it, not the ones after. */
  trailing?: boolean;
}

const reYear = /(?<![\d.,/\\-])((?:19|20)\d\d)(?![\d%]|[.,]\d|\s?\/\s?\d|\s?-\s?\d)/g;
const reSpan = new RegExp(`(?<![\\d.,/])((?:19|20)\\d\\d)${S}*[-–—]${S}*((?:19|20)?\\d\\d)(?![\\d.,%])`, 'g');
const count = `(?:\\d+|${alt(t.periodCounts)})`;
const reBefore = {
  comparison: new RegExp(`(?:${alt([...t.comparisonBefore, ...t.changeOnBefore])})${S}+(?:(?:${alt(t.comparisonFillers)})${S}+)*$`),
  // (`released in June 2024`)
  publication: new RegExp(`(?:${alt(t.publicationBefore)})(?:${S}+(?:${alt([...t.publicationFillers, ...t.monthNames])}))*${S}*$`),
  priceBase: new RegExp(`(?:${alt(t.priceBase)})${S}*$`),
  award: new RegExp(`(?:${alt(t.awardBefore)})(?:${S}+[a-z]+){0,6}${S}*$`),
  fullYear: new RegExp(`(?:${alt(t.fullYearBefore)})${S}*$`),
  partYear: new RegExp(
    `(?:${count}${S}+(?:${alt(t.monthWords)})(?:${S}+(?:${alt(t.partOfYear)}))?(?:${S}+(?:${alt(t.yearWords)}))?|(?:${alt(t.quarterWords)})${S}+[ivx\\d]+${S}*(?:${alt(t.yearWords)})?|(?:${alt(t.halfYear)})(?:${S}+(?:${alt(t.partOfYear)}))?|q[1-4])${S}*$`,
  ),
  schoolYear: new RegExp(`(?:${alt(t.schoolYearBefore)})${S}*$`),
};
const rePriceBaseAfter = new RegExp(`^${S}*(?:${alt(t.priceBaseAfter)})\\b`);
const relatives: [RegExp, YearMention['relative'], YearRole][] = [
  [new RegExp(`\\b(?:${alt(t.previousComparisonHeads)})${S}+(?:${alt(t.previousComparisonTails)})`, 'g'), 'previous', 'comparison'],
  [new RegExp(`\\b(?:${alt(t.previousOfContext)})`, 'g'), 'previousOfContext', 'plain'],
  [new RegExp(`(?<!so voi${S})\\b(?:${alt(t.previousYear)})(?!${S}+do)`, 'g'), 'previous', 'plain'],
  // English news on annual results is written the next year: its `last year` is the year under review
  [new RegExp(`\\b(?:${alt(t.currentYear)})\\b`, 'g'), 'current', 'plain'],
  [new RegExp(`\\b(?:${alt(t.thisYear)})\\b`, 'g'), 'now', 'plain'],
  [new RegExp(`\\b(?:${alt(t.yearOnYear)})\\b`, 'g'), 'previous', 'comparison'],
];
const oneMonth = alt(t.monthWords.filter((w) => !/s$/.test(w)));
/** The start of a span of dates right before its end (`từ ngày 01/7 `): the end closes the span, not the year. */
const reSpanStartBefore = /(?:tu|since|from)[\s\u00a0]+(?:ngay[\s\u00a0]+)?(\d{1,2})[\s\u00a0]?\/[\s\u00a0]?(\d{1,2})(?:\/((?:19|20)\d\d))?[\s\u00a0]*$/;
/** Whether a span of dates is a year of twelve months (a statistical reporting year, `từ 15/12/2023 đến 14/12/2024`). */
function twelveMonths(startDay: number, startMonth: number, startYear: number, endDay: number, endMonth: number, endYear: number): boolean {
  const days = (Date.UTC(endYear, endMonth - 1, endDay) - Date.UTC(startYear, startMonth - 1, startDay)) / 86_400_000;
  return days >= 360 && days <= 366;
}
const markerRes: [RegExp, Marker['kind'] | 'dateSpan' | 'monthAfter'][] = [
  [new RegExp(`\\b(?:${alt(t.inMonthWords)})${S}+(?:${alt(t.monthNames)})(?!${S}*\\d{1,2}\\b(?!\\d))(?:${S}+(?:19|20)\\d\\d)?\\b`, 'g'), 'monthAfter'],
  [new RegExp(`\\b(?:${alt(t.monthSpanOpeners)})${S}+(?:${alt(t.monthNames)})${S}+(?:${alt(t.monthSpanJoiners)})${S}+(?:${alt(t.monthNames)})\\b`, 'g'), 'partYear'],
  // `in January-September`, `January–June 2025`
  [new RegExp(`\\b(?:${alt(t.monthNames)})${S}*[-–—]${S}*(?:${alt(t.monthNames)})\\b`, 'g'), 'partYear'],
  [new RegExp(`(?<![a-z])(?:${alt(t.monthEndBefore)})(?:${S}+|(?<=-))(?:${alt(t.monthNames.filter((m) => m !== 'december'))})\\b(?!${S}*\\d)`, 'g'), 'partYear'],
  // `In July alone, …`, `in January 2023 alone` opening a sentence: that month's figures (a month later in the sentence may date a publication)
  [new RegExp(`(?=${alt(t.inMonthWords)})(?<=(?:^|[\\n.;:])[\\s\\u00a0"“]*)(?:${alt(t.inMonthWords)})${S}+(?:${alt(t.monthNames)})(?!${S}*\\d{1,2}(?!\\d))\\b`, 'g'), 'partYear'],
  [new RegExp(`\\b${count}${S}+(?:${alt(t.monthWords)})(?:${S}+(?:${alt(t.partOfYear)})${S}+(?:${alt(t.yearWords)}))?\\b`, 'g'), 'partYear'],
  [new RegExp(`\\b(?:(?:${alt(t.quarterWords)})${S}+(?:i{1,3}|iv|[1-4])|(?:${alt(t.ordinalWords)})${S}+(?:${alt(t.quarterWords)})|q[1-4]|${alt(t.halfYear)})\\b`, 'g'), 'partYear'],
  [new RegExp(`\\b(?:${alt(t.untilWords)})${S}+(?:ngay${S}+)?(\\d{1,2})${S}?/${S}?(\\d{1,2})(?:${S}?/${S}?((?:19|20)\\d\\d))?`, 'g'), 'partYear'],
  [new RegExp(`\\b(?:${alt(t.untilWords)})${S}+thang${S}+(\\d{1,2})(?:${S}?/${S}?((?:19|20)\\d\\d))?`, 'g'), 'partYear'],
  // `- Tháng 12/2023, …`, `Riêng tháng 8/2021, …`, `Tháng 10 là tháng có nhiều phản ánh nhất` opening a line, a sentence or (after `riêng`, `trong`) a clause: one
  // month (a month elsewhere dates a publication or a stock). The lookahead first: a lookbehind tried at every position of a long text is slow.
  [new RegExp(`(?=${oneMonth})(?<=(?:^|[\\n.;:])[\\s\\u00a0+•-]*(?:(?:${alt(t.oneMonthOpeners)})${S}+){0,2}|,${S}*(?:(?:${alt(t.oneMonthOpeners)})${S}+){1,2})(?:${oneMonth})${S}+\\d{1,2}(?:${S}?/${S}?(?:19|20)\\d\\d(?![\\d/])|(?![\\d/]|[.,]\\d))`, 'g'), 'partYear'],
  // `… tháng 12 ước đạt 371,5 tỷ đồng`: one month right before its figure's verb (not `đến tháng 12`, the year's end)
  [new RegExp(`(?<!(?:${alt(t.untilWords)})${S}+)\\b(?:${oneMonth})${S}+\\d{1,2}(?:${S}?/${S}?(?:19|20)\\d\\d)?(?=${S}+(?:${alt(t.monthResultVerbs)})${S})`, 'g'), 'partYear'],
  // `(01/7 – 30/11/2025)`: a span of dates within a year (the whole year from 1/1 to 31/12 is told apart below)
  [new RegExp(`(?<![\\d/])(\\d{1,2})${S}?/${S}?(\\d{1,2})(?:/(?:19|20)\\d\\d)?${S}*[-–—]${S}*(\\d{1,2})${S}?/${S}?(\\d{1,2})(?:${S}?/${S}?((?:19|20)\\d\\d))?(?![\\d/])`, 'g'), 'dateSpan'],
  [new RegExp(`\\b(?:${alt(t.wholeYearWords)})(?![a-z0-9])`, 'g'), 'fullYear'],
  [new RegExp(`\\b(?:${alt(t.periodWords)})${S}+(?:19|20)\\d\\d${S}*(?:${alt(t.rangeWords)})${S}*(?:(?:${alt(t.yearWords)})${S}+)?(?:19|20)?\\d\\d\\b`, 'g'), 'multiYear'],
  // `in the 2021-2025 period`: the period named after its years
  [new RegExp(`\\b(?:19|20)\\d\\d${S}*[-–—]${S}*(?:19|20)?\\d\\d${S}+(?:${alt(t.periodWordsAfter)})\\b`, 'g'), 'multiYear'],
  [new RegExp(`\\b(?:(?:${alt(t.sinceWords)})${S}+(?:19|20)\\d\\d${S}*,?${S}*(?:${alt(t.untilNowWords)})|(?:${alt(t.sinceEnglish)})(?:${S}+[a-z]+){0,4}?${S}+(?:19|20)\\d\\d)\\b`, 'g'), 'multiYear'],
  // `Từ ngày 01/7/2025 đến nay`, `since 1 July 2025`: from a date to now, part of a year or more
  [new RegExp(`\\b(?:${alt(t.sinceWords)})${S}+(?:ngay${S}+)?\\d{1,2}${S}?/${S}?\\d{1,2}${S}?/${S}?(?:19|20)\\d\\d${S}*,?${S}*(?:${alt(t.untilNowWords)})\\b`, 'g'), 'partYear'],
  [new RegExp(`\\b(?:${alt(t.sinceMonthWords)})${S}*(?:${alt(t.monthNames)})\\b(?!${S}*\\d{1,2}(?!\\d))`, 'g'), 'partYear'],
  [new RegExp(`\\b(?:${alt(t.sinceStartWords)})\\b[^.;\\n]{0,80}?\\b(?:${alt(t.untilNowWords)})\\b|\\b(?:${alt(t.sinceStartEnglish)})\\b`, 'g'), 'multiYear'],
  [new RegExp(`\\b(?:${alt(t.severalYears)})${S}+(?:\\d+|${alt(t.numberWords)})${S}+(?:${alt(t.yearsWord)})\\b`, 'g'), 'multiYear'],
  [new RegExp(`\\b\\d+${S}+(?:${alt(t.yearsWord)})${S}+(?:${alt(t.yearsInARow)})\\b`, 'g'), 'multiYear'],
  // `\b` rather than a lookbehind: this pattern runs over the whole text
  // (not the first words of a compound: `a year-end report`, `a year-long programme`)
  [new RegExp(`\\b(?:${alt(t.multiYearWords.filter((w) => /^\w/.test(w)))})\\b(?!-[a-z])(?!${S}+(?:${alt(t.notPerYearAfter)})\\b)|(?:${alt(t.multiYearWords.filter((w) => !/^\w/.test(w)))})`, 'g'), 'multiYear'],
];

export interface YearIndex {
  years: YearMention[];
  markers: Marker[];
}

/** Every year mention and period marker of a folded text, ordered by start. */
export function indexYears(fold: string, mask: Uint8Array, yearCode: (code: number) => boolean): YearIndex {
  const years: YearMention[] = [];
  reSpan.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = reSpan.exec(fold))) {
    const a = Number(m[1]);
    let b = Number(m[2]);
    if (b < 100) b += Math.floor(a / 100) * 100;
    if (b <= a || b - a > 30) continue;
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
    else if (reBefore.priceBase.test(before) || rePriceBaseAfter.test(fold.slice(start + 4, start + 24))) role = 'priceBase';
    else if (reBefore.partYear.test(before)) role = 'partYear';
    else if (reBefore.fullYear.test(before)) role = 'fullYear';
    else if (reBefore.comparison.test(before)) role = 'comparison';
    else if (reBefore.publication.test(before) || reBefore.award.test(before)) role = 'publication';
    years.push({ start, end: start + 4, year: Number(m[1]), role });
  }
  for (const [re, relative, role] of relatives) {
    re.lastIndex = 0;
    while ((m = re.exec(fold))) years.push({ start: m.index, end: m.index + m[0].length, year: 0, role, relative });
  }
  years.sort((a, b) => a.start - b.start);
  // `38 more than a year earlier`: the relative year inside a comparison is that comparison's, not a second mention
  const comparisons = years.filter((y) => y.relative && y.role === 'comparison');
  const inComparison = (y: YearMention) => y.relative !== undefined && y.role !== 'comparison' && comparisons.some((c) => c.start <= y.start && y.end <= c.end);
  if (comparisons.length) years.splice(0, years.length, ...years.filter((y) => !inComparison(y)));
  const markers: Marker[] = [];
  for (const [re, kind] of markerRes) {
    re.lastIndex = 0;
    while ((m = re.exec(fold))) {
      let year: number | undefined;
      if (kind === 'monthAfter') {
        markers.push({ start: m.index, end: m.index + m[0].length, kind: 'partYear', trailing: true });
        continue;
      }
      if (kind === 'dateSpan') {
        if (!(Number(m[1]) === 1 && Number(m[2]) === 1 && Number(m[3]) === 31 && Number(m[4]) === 12)) markers.push({ start: m.index, end: m.index + m[0].length, kind: 'partYear', ...(m[5] ? { year: Number(m[5]) } : {}) });
        continue;
      }
      let k: Marker['kind'] = kind;
      // `đến 31/12/2020`, `đến hết tháng 12`: the end of a year, a whole-year figure
      if (kind === 'partYear' && m[1] !== undefined && /\/|thang/.test(m[0])) {
        const isDate = /\//.test(m[0].replace(/\/\s*(?:19|20)\d\d$/, ''));
        // (a day of December is the year's end as reports count it: `Tính đến ngày 15/12/2021, … 1.330 DVCTT`; not the
        // end of a span that starts within the year: `từ ngày 01/7 đến ngày 15/12/2025`, `… đến ngày 31/12/2025`)
        const spanStart = reSpanStartBefore.exec(fold.slice(Math.max(0, m.index - 28), m.index));
        const fromJanuary = !spanStart || (Number(spanStart[1]) === 1 && Number(spanStart[2]) === 1);
        const y = isDate ? m[3] : m[2];
        // (a reporting year of twelve months ends the year it is named for: `từ 15/12/2023 đến 14/12/2024`)
        const reportingYear = isDate && spanStart?.[3] !== undefined && y !== undefined && twelveMonths(Number(spanStart[1]), Number(spanStart[2]), Number(spanStart[3]), Number(m[1]), Number(m[2]), Number(y));
        const yearEnd = isDate ? (fromJanuary && Number(m[2]) === 12) || reportingYear : m[1] === '12';
        if (yearEnd) k = 'yearEnd';
        if (y) year = Number(y);
      }
      markers.push({ start: m.index, end: m.index + m[0].length, kind: k, year });
    }
  }
  markers.sort((a, b) => a.start - b.start);
  return { years, markers: withoutWholeYearInParts(markers) };
}

/**
 * `6 tháng cuối năm`, `nửa cuối năm`: words of the whole year inside a part-year period are part of it. One walk over
 * the markers (ordered by start) with the furthest end of the part-year periods started so far.
 */
function withoutWholeYearInParts(markers: Marker[]): Marker[] {
  const parts = markers.filter((p) => p.kind === 'partYear');
  let k = 0;
  let reach = -1;
  return markers.filter((w) => {
    if (w.kind !== 'fullYear') return true;
    while (k < parts.length && parts[k]!.start <= w.start) reach = Math.max(reach, parts[k++]!.end);
    return reach < w.end;
  });
}

/** Items of an ordered list lying inside [from, to). */
const reDeadlineBefore = endsWithOne(t.targetYearBefore);
/** Whether the year at `start` is written as a deadline (`by 2025`, `đến năm 2030`): `fold` up to it ends with a deadline word. */
export function deadlineBefore(fold: string, start: number, from = 0): boolean {
  return reDeadlineBefore.test(fold.slice(Math.max(from, start - 16), start));
}

export function within<T extends { start: number }>(items: T[], from: number, to: number): T[] {
  const lo = firstAtOrAfter(items, from);
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i]!.start < to; i++) out.push(items[i]!);
  return out;
}
