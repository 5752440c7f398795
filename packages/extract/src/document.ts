import type { Block, Region } from '@chiso/shared';
import { matchesIn, type PhraseMatch } from './lexicon';
import { scanQuantities, type Convention, type Quantity } from './numbers';
import { alt, endsWithOne, S } from './patterns';
import { layout, type Span, type Unit as LayoutUnit } from './structure';
import { fold, isLetter, views, type TextViews } from './text';
import { trapMask, trapName } from './traps';
import { cityPrefixes, englishWords, figuresWords, institutionHeads, institutionTails, unlessStated, familyNames, insidePrefixes, formerBefore, leaderOffices, leaderTitles, months, notRegionNames, partYearReportWords, monthWords, quarterWords, periodCounts, regionPrefixes, regionSuffixes, reportTitleWords, leadYearBefore, yearbookWords, editionBetween, lastYear, lastYearCompared, comparisonBefore, sourceOpeners, yearWords } from './vocabulary/index';
import { deadlineBefore, indexYears, type YearIndex, type YearMention } from './years';
import type { Ablation } from './model/ablations';
import type { Words } from './words';

/** How the report year was found. */
export type ReportYearFrom =
  /** given by the caller */
  | 'given'
  /** named in the title or opening (`tổng kết công tác năm 2024`), or a dateline with `last year` */
  | 'named'
  /** the most frequent year of the text */
  | 'guessed'
  /** the document's publication date (no year in the text) */
  | 'dated';

/** Everything about a document that the sentence and table readers share. */
export interface Doc {
  v: TextViews;
  convention: Convention;
  mask: Uint8Array;
  /** Numbers that may be figures (traps removed), ordered by start. */
  quantities: Quantity[];
  matches: PhraseMatch[];
  years: YearIndex;
  units: LayoutUnit[];
  /** The year the report is about; undefined when neither the text nor the caller gives one (never the clock). */
  reportYear: number | undefined;
  reportYearFrom: ReportYearFrom | undefined;
  /** When the document is dated (its publication date or dateline), for `this year` / `năm nay`. */
  dated: { year: number; month: number } | undefined;
  /** A report on part of a year (`Sơ kết 6 tháng`): its targets are for its own year. */
  partYearReport: boolean;
  /** Folded names of the report's region. */
  ownRegion: string[];
  /** The report's region is the country: national figures are its own. */
  ownIsCountry: boolean;
  /** Other regions named in the text (other provinces, former provinces, the country when the region is a province). */
  otherRegions: Span[];
  /** Offsets where the report's own region is named, ordered. */
  ownRegionMentions: number[];
  words: Words;
  blocks?: Block[];
  /** Rule families switched off (the confidence model's training only). */
  without: ReadonlySet<Ablation>;
}

const viMarks = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/g;
const reCapitalisedWord = /\p{Lu}[\p{L}\p{M}]*/gu;
const enWords = new RegExp(`\\b(?:${alt(englishWords)})\\b`, 'g');

/** Vietnamese unless the text reads as English (few Vietnamese letters, many English function words). */
/**
 * Vietnamese or English number writing, from the words of the text (as written, not lowered): Vietnamese letters
 * count only in words that start in lower case, so that an English page full of Vietnamese names (`Rồng Châu`, `Vân
 * Khê`) is English.
 */
export function detectConvention(text: string): Convention {
  const sample = (text.length > 200_000 ? text.slice(0, 200_000) : text).replace(reCapitalisedWord, ' ').toLowerCase();
  const vi = sample.match(viMarks)?.length ?? 0;
  const en = sample.match(enWords)?.length ?? 0;
  // a text with words but not one Vietnamese letter is English (`Hoa Son employed 7,200 IT workers.`)
  return en > 3 * vi + 5 || (vi === 0 && (en >= 2 || (sample.match(/[a-z]/g)?.length ?? 0) >= 20)) ? 'en' : 'vi';
}

const yearTrapNames = new Set(['year-range', 'label', 'duration']);

const reInYear = endsWithOne(leadYearBefore);
const reReportYears = new RegExp(`(?:${alt(reportTitleWords)})[^.\\n]{0,80}?(?:${alt(yearWords)})${S}+((?:19|20)\\d\\d)(?!\\d)|(?:${alt(yearbookWords)})[^.\\n\\d]{0,60}?((?:19|20)\\d\\d)(?![\\d-])`, 'g');
const reCitedBefore = endsWithOne(sourceOpeners);
const reEditionBetween = new RegExp(`(?<![a-z0-9])(?:${alt(editionBetween)})(?![a-z0-9])`);
const reLastYear = new RegExp(`^(?:${alt(lastYear)})$`);
/** An estimate of the current state, and the year it is for, in one clause (`estimated at 7.6 per cent in`, `ước đạt 1.250 tỷ đồng năm`). */
const reEstimatedIn = /(?:^|[^a-z])(?:estimated|uoc tinh|uoc dat|uoc thuc hien)(?![a-z])(?:[^.;:\n]|[.,](?=\d)){0,48}(?:[^a-z]in|[^a-z]nam)[\s\u00a0]+$/;
const reComparedBefore = new RegExp(`(?:${alt([...comparisonBefore, ...lastYearCompared])})${S}+$`);
/** `January 12, 2024`, `12 January 2024`: a dateline near the top of an English story. */
const reDateline = new RegExp(`\\b(?:(?:${alt(months)})[a-z]*\\.?${S}+\\d{1,2},?${S}+|\\d{1,2}${S}+(?:${alt(months)})[a-z]*,?${S}+)((?:19|20)\\d\\d)\\b`);
const rePartYearReport = new RegExp(
  `(?:${alt(partYearReportWords)})[^.]{0,80}(?:\\d+|${alt(periodCounts)})${S}+(?:${alt(monthWords)})|(?:${alt(partYearReportWords)})[^.]{0,60}(?:${alt(quarterWords)})${S}+[ivx\\d]`,
);

const monthIndex = (name: string): number => months.findIndex((m) => name.startsWith(m)) + 1;
const reDefaultYear = new RegExp(
  `(?:${alt(unlessStated)})[^.;\\n]{0,60}?(?:${alt(figuresWords)})[^.;\\n\\d]{0,24}?((?:19|20)\\d\\d)(?!\\d)|(?:${alt(figuresWords)})[^.;\\n\\d]{0,24}?((?:19|20)\\d\\d)(?!\\d)[^.;\\n]{0,40}?(?:${alt(unlessStated)})`,
);
const reCoverMonth = new RegExp(`^[ \\t\\u00a0]*(?:(${alt(months)})[a-z]*|thang[ \\u00a0]+(\\d{1,2})(?:[ \\u00a0]*/[ \\u00a0]*|[ \\u00a0]+nam[ \\u00a0]+))[ \\u00a0]*((?:19|20)\\d\\d)[ \\t\\u00a0]*$`, 'm');
const reNumericDate = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/;

/** The date a story gives at its top: `January 12, 2024`, `12 January 2024`, `Thứ Năm, 12/12/2024 - 08:00`. */
function datelineOf(foldText: string): { year: number; month: number } | undefined {
  const head = foldText.slice(0, 300);
  // (a written-out date may close a long first paragraph: `… the speech delivered … on October 18, 2024.`)
  const m = reDateline.exec(foldText.slice(0, 600));
  if (m) {
    const name = /[a-z]+/.exec(m[0])![0];
    return { year: Number(m[1]), month: monthIndex(name) || 12 };
  }
  const n = reNumericDate.exec(head);
  if (n) return { year: Number(n[3]), month: Number(n[2]) };
  // `Nhân dịp cuối năm 2020, phóng viên đã có cuộc trao đổi …`: the occasion of the lead dates it
  const o = reOccasion.exec(foldText.slice(0, 600));
  return o ? { year: Number(o[2]), month: /dau|start|beginning/.test(o[1]!) ? 1 : 12 } : undefined;
}
const reOccasion = /(?:nhan dip|vao dip|on the occasion of)[\s\u00a0]+(?:the[\s\u00a0]+)?(cuoi|dau|end|start|beginning)[\s\u00a0]+(?:nam|of)[\s\u00a0]+((?:19|20)\d\d)(?!\d)/;

/**
 * A cover's line of a month and year alone (`October 2024`, `Tháng 10/2024`): when the text was written, for the year
 * under way, though not the year it reports on (a brief of April 2025 reviews 2024).
 */
function coverDateOf(foldText: string): { year: number; month: number } | undefined {
  const c = reCoverMonth.exec(foldText.slice(0, 1200));
  return c ? { year: Number(c[3]), month: c[1] ? monthIndex(c[1]) || 12 : Number(c[2]) } : undefined;
}

function dateOf(foldText: string, published?: string): { year: number; month: number } | undefined {
  return published ? { year: Number(published.slice(0, 4)), month: Number(published.slice(5, 7) || '12') } : datelineOf(foldText);
}

/** A story's headline, dateline and lead: its first three paragraphs. */
function leadOf(text: string): string {
  let end = 0;
  for (let k = 0; k < 3 && end >= 0; k++) {
    const next = text.slice(end).search(/\S/);
    if (next < 0) return text.slice(0, 3000);
    end = text.indexOf('\n\n', end + next);
  }
  return text.slice(0, end < 0 ? 3000 : Math.min(end, 3000));
}

function inferReportYear(foldText: string, years: YearIndex, title?: string, published?: string): { year: number | undefined; from: ReportYearFrom | undefined; writtenIn?: number } {
  // a dated story names the year it is about in its headline or lead; a result of a year named further down is one
  // of its topics (`Trước khi hợp nhất, kết quả năm 2024 của ba tỉnh …` in a story of December 2025)
  const date = dateOf(foldText, published);
  // a page that says which year its figures are for unless it says otherwise (`Unless stated otherwise, figures for 2024
  // are the final figures …`, `Số liệu năm 2024 nếu không có ghi chú khác`) reports on that year, whenever it is dated
  const defaultYear = reDefaultYear.exec(foldText.slice(0, 4000));
  if (defaultYear) return { year: Number(defaultYear[1] ?? defaultYear[2]), from: 'named' };
  const head = `${title ? fold(title) : ''}\n${date ? leadOf(foldText) : foldText.slice(0, 3000)}`;
  // (not a report cited as a source: `Theo báo cáo của Sở TT&TT, năm 2022 doanh thu …` in a story of December 2023)
  for (const m of head.matchAll(reReportYears)) if (!reEditionBetween.test(m[0]) && !reCitedBefore.test(head.slice(Math.max(0, m.index! - 16), m.index))) return { year: Number(m[1] ?? m[2]), from: 'named' };
  // a story dated after the first quarter whose lead speaks of `this year` (`is estimated to earn … this year`) is
  // about the year of its date, whatever it says of last year further down
  const leadLength = date ? leadOf(foldText).length : 0;
  if (date && date.month > 3 && years.years.some((y) => y.relative === 'now' && y.start < leadLength)) return { year: date.year, from: 'dated' };
  // … or names its own year in the lead (`is estimated at VND18.4 trillion … in 2025`, a story of December 2025)
  // (a year the lead writes as the figures' year, `in 2025`, `the outlook for 2024`, not the dateline's)
  if (date && date.month > 3 && years.years.some((y) => !y.relative && y.role === 'plain' && y.year === date.year && y.start < leadLength && reInYear.test(foldText.slice(Math.max(0, y.start - 8), y.start)))) return { year: date.year, from: 'dated' };
  // English press: a story that speaks of `last year` as its subject reviews the year before it was published
  // (`January 12, 2024 … the digital economy accounted for 18.6 percent of GRDP last year`); a comparison with last
  // year (`compared with last year`, `up from last year`) says nothing of the kind
  const lastYearSubject = (y: YearMention): boolean => y.relative === 'current' && reLastYear.test(foldText.slice(y.start, y.end)) && !reComparedBefore.test(foldText.slice(Math.max(0, y.start - 16), y.start));
  // (not a story dated after the first quarter that speaks of `this year` again and again, more than of last year: an
  // interview of December whose answers compare this year's figures with last year's; once or twice is an aside,
  // `since July 1 this year`)
  const thisYear = years.years.filter((y) => y.relative === 'now').length;
  if (date && date.month > 3 && thisYear >= 3 && thisYear > years.years.filter(lastYearSubject).length) return { year: date.year, from: 'dated' };
  if (date && years.years.some(lastYearSubject)) return { year: date.year - 1, from: 'named' };
  // a dated story with no year named as its subject reports the state at its date; one dated in the first quarter
  // reviews the year before
  if (date) return { year: date.year - (date.month <= 3 ? 1 : 0), from: 'dated' };
  const pubYear = published ? Number(published.slice(0, 4)) : undefined;
  const counts = new Map<number, number>();
  for (const y of years.years) {
    if (y.role !== 'plain' && y.role !== 'span' && y.role !== 'fullYear') continue;
    if (!y.year || (pubYear && y.year > pubYear)) continue;
    // (a deadline, `by 2025`, is never the year a text reports on)
    if (deadlineBefore(foldText, y.start)) continue;
    counts.set(y.year, (counts.get(y.year) ?? 0) + (y.role === 'span' ? 0.5 : 1));
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [y, c] of counts) if (c > bestCount || (c === bestCount && best !== undefined && y > best)) [best, bestCount] = [y, c];
  // a text that estimates a year's figure (`is estimated at 7.6 per cent in 2023`, `ước đạt … năm 2023`) is written in
  // that year or after it, however often it names the years before
  let writtenIn: number | undefined;
  for (const y of years.years) if (y.role === 'plain' && !y.relative && (!pubYear || y.year <= pubYear) && best !== undefined && y.year > (writtenIn ?? best) && reEstimatedIn.test(foldText.slice(Math.max(0, y.start - 64), y.start))) writtenIn = y.year;
  // (and its `last year` is the year before that one)
  if (writtenIn) return { year: writtenIn, from: 'guessed', writtenIn };
  if (best) return { year: best, from: 'guessed' };
  return { year: undefined, from: undefined };
}

/** Folded spellings of a region: its catalogue names and aliases, else the words of its key (`tay-lam` → `tay lam`). */
function regionNames(region: string | undefined, regionName: string | undefined, catalogue: Region[]): string[] {
  const names = new Set<string>();
  const add = (n: string): void => {
    const f = fold(n).replace(/\s+/g, ' ').trim();
    names.add(f);
    names.add(f.replace(/\s+/g, ''));
  };
  if (regionName) add(regionName);
  if (region) {
    add(region.replace(/-/g, ' '));
    const known = catalogue.find((r) => r.key === region);
    if (known) for (const n of [known.name_vi, known.name_en, ...known.aliases]) add(n);
  }
  return [...names].filter((n) => n.length >= 3);
}

const prefixes = alt(regionPrefixes, 'lower').replaceAll(`${S}+`, '[ \\u00a0]+');
/** A prefix in the lower-case view; the name after it is read in the text as written (capitalised words). */
const reInsidePrefix = new RegExp(`^(?:${alt(insidePrefixes)})${S}*$`);
const reCityPrefix = new RegExp(`^(?:${alt(cityPrefixes)})${S}*$`);
const rePrefix = new RegExp(`(?:${prefixes})(?:[ \\u00a0]+|[ \\u00a0]*\\n[ \\u00a0]*)(?=\\p{L})`, 'gu');
const reCapitalisedWords = /^\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00a0]+\p{Lu}[\p{Ll}\p{M}]*){0,3}/u;
/** `Quang Nam province`, `Bao Xuyen Province`: the suffix with or without its capital. */
const suffixes = alt(regionSuffixes).replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`);
/** `the former Dac Vien`, `Former Lung Phong`: a capitalised name after the word, with or without its capital. */
const formerWords = alt(formerBefore).replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`);
const capitalisedName = `\\p{Lu}[\\p{Ll}\\p{M}]*(?:[ \\u00a0]+\\p{Lu}[\\p{Ll}\\p{M}]*){0,2}`;
/** `the former Dac Vien`, `the former province of Ho Khe`, `the former Vân Khê and Đông Thạch provinces`: the names. */
const reFormerName = new RegExp(`\\b(?:${formerWords})[ \\u00a0]+(?:provinces?[ \\u00a0]+of[ \\u00a0]+)?(${capitalisedName})(?:[ \\u00a0]+and[ \\u00a0]+(${capitalisedName}))?`, 'gu');
const reSuffixedRegion = new RegExp(`\\b((?:\\p{Lu}[\\p{Ll}]+)(?:[ \\u00a0-]+\\p{Lu}[\\p{Ll}]+){0,2})[ \\u00a0]+(?:${suffixes})\\b`, 'gu');
const notRegion = new Set(notRegionNames);
const reLeaderBefore = new RegExp(`(?:^|[^a-z])(?:${alt(leaderTitles)})${S}+(?:${alt(leaderOffices)})${S}*$`);
const familyName = new Set(familyNames);
const reCapital = /^\p{Lu}/u;

interface RegionScan {
  v: TextViews;
  matches: PhraseMatch[];
  words: Words;
  ownRegion: string[];
  /** The report's region is in the catalogue: its names and aliases are found by the lexicon. */
  ownKnown: boolean;
  ownKey: string | undefined;
  countryKeys: Set<string>;
  ownIsCountry: boolean;
  convention: Convention;
}

/** Whether a phrase of an indicator near `matches[i]` (four before, five after) holds it: `Vietnam ICT Index` is no region. */
function insideIndicatorName(d: RegionScan, i: number): boolean {
  const m = d.matches[i]!;
  for (let k = Math.max(0, i - 4); k < Math.min(d.matches.length, i + 6); k++) {
    const o = d.matches[k]!;
    if (o !== m && d.words.usedBy.has(o.id) && o.start <= m.start && o.end > m.end) return true;
  }
  return false;
}

const reInstitutionBefore = new RegExp(`(?:^|[^a-z0-9])(?:${alt(institutionHeads)})((?:${S}+[a-z&]+){0,5})${S}+$`, 'd');
const reInstitutionAfter = new RegExp(`^((?:${S}+[a-z&]+){0,4}?${S}+)(?:${alt(institutionTails)})(?![a-z0-9])`);
const reCapitalisedRun = /^(?:[\s\u00a0]+\p{Lu}[\p{L}\p{M}&]*)*[\s\u00a0]*$/u;

/** The country named inside an institution's name (`Trung tâm Internet Việt Nam`, `Vietnam National Internet Center`): no region of a figure. */
function inInstitutionName(v: TextViews, start: number, end: number): boolean {
  const from = Math.max(0, start - 60);
  const head = reInstitutionBefore.exec(v.fold.slice(from, start));
  // (the words between the head and the name are the name's own: capitalised)
  if (head && reCapitalisedRun.test(v.text.slice(from + head.indices![1]![0], start))) return true;
  const tail = reInstitutionAfter.exec(v.fold.slice(end, end + 60));
  return tail !== null && reCapitalisedRun.test(v.text.slice(end, end + tail[1]!.length)) && /^\p{Lu}/u.test(v.text.slice(end + tail[1]!.length));
}

/** The matches, less those inside a phrase naming both kinds of a thing (`mức độ 4` in `mức độ 3 và mức độ 4`). */
function withoutInsideBothKinds(matches: PhraseMatch[], bothKinds: ReadonlySet<number>): PhraseMatch[] {
  const spans = matches.filter((m) => bothKinds.has(m.id));
  if (!spans.length) return matches;
  return matches.filter((m) => bothKinds.has(m.id) || !spans.some((b) => b.start <= m.start && m.end <= b.end));
}

/**
 * Regions named in the text: catalogue names and aliases written with a capital, and names after `tỉnh`, `thành
 * phố` or before `province` (made-up fixture provinces, former provinces). The country counts as another region when
 * the report's region is a province.
 */
function findRegions(d: RegionScan): { others: Span[]; own: number[] } {
  const others: Span[] = [];
  const own: number[] = [];
  const owns = new Map<string, boolean>();
  const isOwn = (name: string): boolean => {
    let known = owns.get(name);
    if (known === undefined) {
      const f = fold(name).replace(/\s+/g, ' ').trim();
      known = d.ownRegion.some((o) => f === o || f.replace(/\s+/g, '') === o || f.startsWith(`${o} `));
      owns.set(name, known);
    }
    return known;
  };
  // `tỉnh Quảng Ngãi (cũ)`: the province before a merger, not the one the report is about
  const former = (end: number): boolean => matchesIn(d.matches, end, end + 12).some((m) => d.words.former.has(m.id) && m.start <= end + 3);
  for (let i = 0; i < d.matches.length; i++) {
    const m = d.matches[i]!;
    const keys = d.words.regions.get(m.id);
    if (!keys) continue;
    if (insideIndicatorName(d, i)) continue;
    if (!reCapital.test(d.v.text[m.start] ?? '')) continue;
    const country = keys.every((k) => d.countryKeys.has(k));
    if (country && !d.ownIsCountry && inInstitutionName(d.v, m.start, m.end)) continue;
    if (((d.ownKey !== undefined && keys.includes(d.ownKey)) || isOwn(d.v.text.slice(m.start, m.end)) || (country && d.ownIsCountry)) && !former(m.end)) own.push(m.start);
    else others.push({ start: m.start, end: m.end });
  }
  // (a district, a commune or, in a province, a city of the region's own name is a place inside it: `Riêng thành phố
  // Kép Đình tiếp nhận 1.276 ý kiến` in a report on tỉnh Kép Đình)
  const ownIsProvince = d.ownRegion.some((o) => d.v.fold.includes(`tinh ${o}`));
  const inside = (prefix: string): boolean => reInsidePrefix.test(prefix) || (ownIsProvince && reCityPrefix.test(prefix));
  const namedOthers = new Set<string>();
  const named = (start: number, end: number, name: string, prefix = ''): void => {
    const wasMerged = former(end) || (isOwn(name) && inside(prefix));
    if (isOwn(name) && !wasMerged) own.push(start);
    // (a name marked as a former province is one, whatever its first word: `tỉnh Hồ Khê (cũ)`)
    else if (wasMerged || !notRegion.has(name.split(/[\s-]/)[0]!)) {
      others.push({ start, end });
      if (!isOwn(name) && name.includes(' ')) namedOthers.add(fold(name).replace(/\s+/g, ' '));
    }
  };
  let m: RegExpExecArray | null;
  rePrefix.lastIndex = 0;
  while ((m = rePrefix.exec(d.v.lower))) {
    if (m.index > 0 && isLetter(d.v.lower.charCodeAt(m.index - 1))) continue;
    const at = m.index + m[0].length;
    const name = reCapitalisedWords.exec(d.v.work.slice(at, at + 80))?.[0];
    // (`Phó Chủ tịch UBND tỉnh Phạm Thị Hạnh`: the leader's full name, three words or more from a family name, unless it is the region's own)
    if (name && name.split(/[\s\u00a0]+/).length >= 3 && familyName.has(name.split(/[\s-]/)[0]!) && !isOwn(name) && reLeaderBefore.test(d.v.fold.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (name) named(m.index, at + name.length, name, fold(m[0]));
  }
  // `Quang Nam province`: English only (a costly pattern over a whole text that Vietnamese never needs)
  if (d.convention === 'en') {
    reSuffixedRegion.lastIndex = 0;
    while ((m = reSuffixedRegion.exec(d.v.work))) named(m.index, m.index + m[0].length, m[1]!);
    // `the former Dac Vien`: a province before a merger, even one of the report's own name
    reFormerName.lastIndex = 0;
    const formerNames = new Set<string>();
    while ((m = reFormerName.exec(d.v.work))) {
      others.push({ start: m.index, end: m.index + m[0].length });
      // (not a name the merged province kept: `the former Lung Phong` in a story about today's Lung Phong)
      for (const name of [m[1], m[2]]) if (name && !isOwn(name) && !notRegion.has(name.split(/[\s-]/)[0]!)) formerNames.add(fold(name).replace(/\s+/g, ' '));
    }
    // (named again later without `former`: `Vân Khê was home to 398 IT firms`)
    for (const name of formerNames) for (const i of wordOccurrences(d.v.fold, name)) others.push({ start: i, end: i + name.length });
  }
  // (a place named once with its prefix is that place when named again without it, written with its capital: `tỉnh Kỳ
  // Vân xếp thứ 18/63 … Kỳ Vân xếp thứ 21`)
  for (const name of namedOthers) for (const i of wordOccurrences(d.v.fold, name)) if (reCapital.test(d.v.text[i] ?? '')) others.push({ start: i, end: i + name.length });
  // own names written without a prefix (`Đà Nẵng`, `Da Nang`); a catalogue region's are phrases of the lexicon already
  for (const name of d.ownKnown ? [] : d.ownRegion) for (const i of wordOccurrences(d.v.fold, name)) if (!former(i + name.length)) own.push(i);
  others.sort((a, b) => a.start - b.start);
  own.sort((a, b) => a - b);
  return { others: dedupe(others), own };
}

/** Where a folded name stands in a folded text as whole words. */
function wordOccurrences(foldText: string, name: string): number[] {
  const out: number[] = [];
  for (let i = foldText.indexOf(name); i >= 0; i = foldText.indexOf(name, i + name.length)) {
    if ((i === 0 || !isLetter(foldText.charCodeAt(i - 1))) && !isLetter(foldText.charCodeAt(i + name.length))) out.push(i);
  }
  return out;
}

function dedupe(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export interface DocOptions {
  region?: string;
  regionName?: string;
  /** The region catalogue (`data/regions.csv` when omitted by `extract`). */
  regions?: Region[];
  blocks?: Block[];
  title?: string;
  published?: string;
  reportYear?: number;
  /** Rule families to switch off: for fitting the confidence model only (`model/ablations.ts`). */
  without?: ReadonlySet<Ablation>;
}

export function analyse(text: string, words: Words, opts: DocOptions): Doc {
  const v = views(text);
  const convention = detectConvention(v.work);
  const mask = trapMask(v.fold, v.lower);
  const all = scanQuantities(v.lower, convention);
  const quantities = all.filter((q) => {
    for (let i = q.start; i < q.end; i++) if (mask[i]) return false;
    // a bare 19xx/20xx is a year, never a figure (a figure that size is written 2.018 or 2,018)
    if (/^(?:19|20)\d\d$/.test(q.raw) && !q.percent && !q.currency && !q.scale) return false;
    return true;
  });
  const matches = withoutInsideBothKinds(words.lex.scan(v.fold, v.lower, v.work), words.bothKinds);
  const years = indexYears(v.fold, mask, (code) => yearTrapNames.has(trapName(code) ?? ''));
  const units = layout(text, opts.blocks);
  const inferred = opts.reportYear !== undefined ? { year: opts.reportYear, from: 'given' as const } : inferReportYear(v.fold, years, opts.title, opts.published);
  const head = fold(opts.title ?? '') + v.fold.slice(0, 1500);
  const partYearReport = rePartYearReport.test(head);
  const catalogue = opts.regions ?? [];
  const ownRegion = regionNames(opts.region, opts.regionName, catalogue);
  const countryKeys = new Set(catalogue.filter((r) => r.level === 'country').map((r) => r.key));
  const ownIsCountry = opts.region !== undefined && countryKeys.has(opts.region);
  const regions = findRegions({ v, matches, words, ownRegion, ownKnown: catalogue.some((r) => r.key === opts.region), ownKey: opts.region, countryKeys, ownIsCountry, convention });
  return {
    v,
    convention,
    mask,
    quantities,
    matches,
    years,
    units,
    reportYear: inferred.year,
    reportYearFrom: inferred.from,
    dated: dateOf(v.fold, opts.published) ?? coverDateOf(v.fold) ?? (inferred.writtenIn ? { year: inferred.writtenIn, month: 12 } : undefined),
    partYearReport,
    ownRegion,
    ownIsCountry,
    otherRegions: regions.others,
    ownRegionMentions: regions.own,
    words,
    blocks: opts.blocks,
    without: opts.without ?? new Set(),
  };
}
