import type { Doc } from '../document';
import { matchesIn, type PhraseMatch } from '../lexicon';
import type { Quantity } from '../numbers';
import { alt, endsWithOne, S, startsWithOne } from '../patterns';
import { fold } from '../text';
import { firstAtOrAfter } from '../search';
import type { Span } from '../structure';
import { attributionWords, comparisonBefore, comparisonFillers, figuresAnnounced, listJoiners, nationalLeads, nationalScope, otherRegionPointers, partOpeners, qualifierWords, sameTimeOpeners, topicYear, yearSubjectVerbs, interviewMarks } from '../vocabulary/index';
import { within, type Marker, type YearMention } from '../years';

/** A number of the sentence, or a leader phrase (`dẫn đầu`) standing for a rank of 1. */
export interface Item {
  q: Quantity;
  leader: PhraseMatch | undefined;
}

/** A sentence cut into what the later stages read: its figures, phrases, years, clause bounds and openings. */
export interface Segment {
  sent: Span;
  quantities: Quantity[];
  items: Item[];
  matches: PhraseMatch[];
  years: YearMention[];
  markers: Marker[];
  /** Clause bounds: `,`, `;`, `:`, brackets and line breaks outside numbers. */
  bounds: number[];
  semis: number[];
  /** Bracketed stretches, `(` to `)` inclusive. */
  brackets: Span[];
  targetMarks: PhraseMatch[];
  estimateMarks: PhraseMatch[];
  /** `So với năm 2021, …`: a comparison year opening the sentence, the base of the moves in it. */
  frame?: { year: number; end: number };
  /** `Năm 2022, …`, `In 2021, …`: the year the sentence opens with. */
  topicYear?: number;
  /** `Trong đó, …`, `Of which …`: the sentence names parts of what the one before named. */
  partOfPrevious: boolean;
  /** `Of that, …`, `At that time, …`: the sentence speaks of the time of the figure before it; its year is that figure's. */
  sameTimeAsPrevious: boolean;
  /** `Nationwide, …`, `Cả nước …`: the sentence is about the country. */
  nationalOpener: boolean;
  /** Where the sentence names the report's region without its name (`toàn tỉnh`, `the province`). */
  ownReferences: number[];
}

/** Text between two items of a list: spaces, commas and joining words only (`18%, 21% và 33%`). */
export const reOnlyJoiners = new RegExp(`^(?:${S}|,|(?:${alt(listJoiners)}))*$`);
const reOtherPointer = startsWithOne(otherRegionPointers);
const one = { digits: '1', exp: 0 };
// after a list marker too (`b) Đến năm 2030:`, `- Năm 2024:`)
// (or after a speaker's mark, or a year that is the sentence's subject: `A: 2023 was a good year for us.`)
const reTopic = new RegExp(
  `^[\\s\\u00a0"“(]*(?:(?:[a-zđ]|\\d{1,2}|[ivx]{1,4})[.)]${S}+|[-+•*]${S}+|(?:${alt(interviewMarks)})${S}*)?(?:(?:${alt(topicYear)})${S}+((?:19|20)\\d\\d)\\b|((?:19|20)\\d\\d)${S}+(?:${alt(yearSubjectVerbs)})(?![a-z0-9]))`,
);
const rePartOpener = startsWithOne(partOpeners, '["“(]*');
const reSameTimeOpener = startsWithOne(sameTimeOpeners, '["“(]*');
const reNationalOpener = new RegExp(`^[\\s\\u00a0"“(]*(?:(?:${alt(nationalLeads)})${S}+|(?:${alt(attributionWords)})[^,]{0,40},${S}*)?(?:${alt(nationalScope)})\\b`);
const reTargetNegated = endsWithOne(qualifierWords.targetNegations, `(?:${S}+(?:${alt(qualifierWords.targetNegationFillers)}))?`);
const reTargetNotAfter = startsWithOne(qualifierWords.targetNotAfter);
const reIndicatorSense = startsWithOne(qualifierWords.indicatorSenseAfter);
const reTargetAssigned = new RegExp(`(?<![a-z0-9])(?:${alt(qualifierWords.targetAssignedBefore)})(?![a-z0-9])`);
/** `chỉ tiêu` folded: the target word that also means `indicator`. */
const indicatorWord = fold('chỉ tiêu');
const reTargetCounted = endsWithOne(qualifierWords.targetCounted);
const reTargetSetVerb = new RegExp(`(?:^|[^\\p{L}])(?:${alt(qualifierWords.targetSetVerbs, 'lower')})${S}*$`, 'u');
const reFrame = new RegExp(`^[\\s\\u00a0"“(]*(?:${alt(comparisonBefore)})(?:${S}+(?:${alt(comparisonFillers)}))*${S}*$`);

function boundariesOf(work: string, sent: Span, quantities: Quantity[], mask: Uint8Array): number[] {
  const out: number[] = [];
  const dashes: number[] = [];
  for (let i = sent.start + 2; i < sent.end - 2; i++) {
    const c = work.charCodeAt(i);
    if ((c === 0x2d || c === 0x2013 || c === 0x2014) && work[i - 1] === ' ' && work[i + 1] === ' ') dashes.push(i);
  }
  const lone = dashes.length === 1 ? dashes[0]! : -1;
  const loneDash = lone >= 0 && !(/\d/.test(work[lone - 2]!) && /\d/.test(work[lone + 2]!)) ? lone : -1;
  let qi = 0;
  for (let i = sent.start; i < sent.end; i++) {
    const c = work.charCodeAt(i);
    // (a dash set apart between words, the only one of its sentence, is a clause bound too: `… 1,5 doanh nghiệp/1.000 dân
    // vào năm 2030 - thời điểm kinh tế số phải chiếm 30% GRDP`; not one between figures, `2016 - 2020`, nor one of a pair,
    // which is a bracket: `1,102 - or 56.6 per cent - could be …`)
    const dash = loneDash === i;
    if (!dash && c !== 0x2c /* , */ && c !== 0x3b /* ; */ && c !== 0x3a /* : */ && c !== 0x28 /* ( */ && c !== 0x29 /* ) */ && c !== 0x0a) continue;
    while (qi < quantities.length && quantities[qi]!.end <= i) qi++;
    const q = quantities[qi];
    if (q && q.start <= i && i < q.end) continue;
    // (nor a line break that only wraps a clause, `lắp đặt mới` / `186 trạm`; one before an item, a capital or after a title is a bound)
    if (c === 0x0a && !reLineOpensItem.test(work.slice(i + 1, i + 8)) && /[\p{Ll}\d%]/u.test(work[i - 1] ?? '') && /^[ \t\u00a0]*[\p{Ll}\d(]/u.test(work.slice(i + 1, i + 4))) continue;
    // (nor a comma inside a trap: a document number, or a noun written as a pair, `cơ quan, đơn vị`)
    if (mask[i] && c === 0x2c) continue;
    // (nor the brackets of a short aside without figures or clauses of its own: `qua Cổng góp ý trực tuyến
    // (gopy.dieuchau.gov.vn) là 1.631 ý kiến`, `Trung tâm (IOC) tiếp nhận …`)
    // (not a bracket that qualifies the figure right before it: `1.214 DVCTT (toàn trình và một phần)`)
    const before = qi > 0 ? quantities[qi - 1] : undefined;
    const asideEnd = c === 0x28 && !(before && i - before.surfaceEnd <= 16) ? plainAsideEnd(work, i, sent.end) : -1;
    if (asideEnd > 0) {
      i = asideEnd;
      continue;
    }
    out.push(i);
  }
  return out;
}

const reLineOpensItem = /^[ \t\u00a0]*(?:[-–—•*+▪●]|\d{1,2}[.)]|[a-zđ]\)|\(\d{1,2}\))[ \t\u00a0]/u;
const reAsideStop = /[\d,;:()\n]/;
/** Where a bracket opened at `open` closes, if within 40 characters and with no digit, comma, colon or line break inside; else -1. */
function plainAsideEnd(work: string, open: number, end: number): number {
  const close = work.indexOf(')', open + 1);
  return close > open + 1 && close < end && close - open <= 40 && !reAsideStop.test(work.slice(open + 1, close)) ? close : -1;
}

function bracketsOf(work: string, sent: Span): Span[] {
  const out: Span[] = [];
  const open: number[] = [];
  for (let i = sent.start; i < sent.end; i++) {
    const c = work.charCodeAt(i);
    if (c === 0x28) open.push(i);
    else if (c === 0x29 && open.length) out.push({ start: open.pop()!, end: i + 1 });
  }
  // an unclosed bracket runs to the end of the sentence
  for (const o of open) out.push({ start: o, end: sent.end });
  // a pair of spaced dashes is a bracket too (`the IT industry – software, hardware, IT services – hit …`)
  const dashes: number[] = [];
  for (let i = sent.start + 1; i < sent.end - 1; i++) {
    const c = work.charCodeAt(i);
    // the work view writes every dash as `-`; one between words (not `8 - 10`, not a list's `- `) opens or closes an aside
    if (c === 0x2d && /\s/.test(work[i - 1]!) && /\s/.test(work[i + 1]!) && /[^\d\s]\s$/u.test(work.slice(Math.max(sent.start, i - 2), i)) && /^\s[^\d\s]/u.test(work.slice(i + 1, i + 3))) dashes.push(i);
  }
  for (let k = 0; k + 1 < dashes.length; k += 2) out.push({ start: dashes[k]!, end: dashes[k + 1]! + 1 });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The numbers of a sentence and its leader phrases (`dẫn đầu`, a rank of 1) in reading order. Built in one object
 * shape for every item and quantity (the leader's stand-in too): the reader is the largest function to optimise, and
 * a shape it has not seen throws its optimised code away.
 */
function itemsOf(quantities: Quantity[], leaders: PhraseMatch[], ordinals: { m: PhraseMatch; n: number }[]): Item[] {
  const items: Item[] = [];
  for (const q of quantities) items.push({ q, leader: undefined });
  // `ranked ninth`: an ordinal written as a word, read as the number it stands for
  for (const { m, n } of ordinals) {
    items.push({
      q: { start: m.start, end: m.end, prefixStart: m.start, surfaceEnd: m.end, raw: String(n), value: { digits: String(n), exp: 0 }, max: undefined, scale: 0, currency: undefined, percent: false, points: false, ambiguous: false, style: undefined, slashAfter: false, ordinal: true },
      leader: undefined,
    });
  }
  for (const l of leaders) {
    items.push({
      q: { start: l.start, end: l.end, prefixStart: l.start, surfaceEnd: l.end, raw: '1', value: one, max: undefined, scale: 0, currency: undefined, percent: false, points: false, ambiguous: false, style: undefined, slashAfter: false, ordinal: false },
      leader: l,
    });
  }
  items.sort((a, b) => a.q.start - b.q.start);
  return items;
}

/** A target word that sets a target, not one that is met or counted (`vượt kế hoạch`, `8/10 chỉ tiêu`, `Kế hoạch số 45`). */
function setsTarget(doc: Doc, sent: Span, m: PhraseMatch): boolean {
  const before = doc.v.fold.slice(Math.max(sent.start, m.start - 24), m.start);
  if (/(?:\d|%)[\s\u00a0]*$/.test(before)) return false;
  const setByVerb = reTargetSetVerb.test(doc.v.lower.slice(Math.max(sent.start, m.start - 24), m.start));
  if ((reTargetNegated.test(before) && !setByVerb) || reTargetCounted.test(before)) return false;
  const after = doc.v.fold.slice(m.end, m.end + 24);
  if (reIndicatorSense.test(after) && doc.v.fold.slice(m.start, m.end) === indicatorWord && !reTargetAssigned.test(doc.v.fold.slice(sent.start, m.start))) return false;
  return !reTargetNotAfter.test(after);
}

/** Whether a quantity or a leader phrase lies in the sentence: most sentences hold neither and need no reading. */
export function hasFigure(doc: Doc, sent: Span): boolean {
  const qs = doc.quantities;
  for (let i = firstAtOrAfter(qs, sent.start); i < qs.length && qs[i]!.start < sent.end; i++) if (qs[i]!.end <= sent.end) return true;
  const ms = doc.matches;
  const { leader, ordinals } = doc.words;
  for (let i = firstAtOrAfter(ms, sent.start); i < ms.length && ms[i]!.start < sent.end; i++) if (ms[i]!.end <= sent.end && (leader.has(ms[i]!.id) || ordinals.has(ms[i]!.id))) return true;
  return false;
}

/** The year a sentence opens with (`Năm 2022, …`), for sentences read or not. */
export function topicYearOf(doc: Doc, sent: Span): number | undefined {
  const topic = reTopic.exec(doc.v.fold.slice(sent.start, sent.start + 40));
  return topic ? Number(topic[1] ?? topic[2]) : undefined;
}

/** The one year whose figures a sentence with none announces (`The DIC has just shared its preliminary figures for 2023.`). */
export function announcedYearOf(doc: Doc, sent: Span): number | undefined {
  const years = within(doc.years.years, sent.start, sent.end);
  if (years.length !== 1) return undefined;
  const m = reAnnounced.exec(doc.v.fold.slice(sent.start, sent.end));
  return m ? Number(m[1]) : undefined;
}
const reAnnounced = new RegExp(`(?<![a-z0-9])(?:${alt(figuresAnnounced)})${S}+((?:19|20)\\d\\d)(?!\\d)`);

export function segment(doc: Doc, sent: Span): Segment {
  const { fold, work } = doc.v;
  const words = doc.words;
  const quantities = within(doc.quantities, sent.start, sent.end).filter((q) => q.end <= sent.end);
  const matches = matchesIn(doc.matches, sent.start, sent.end);
  const years = within(doc.years.years, sent.start, sent.end);
  const markers = within(doc.years.markers, sent.start, sent.end);
  // (not a verb whose object is the figure after it: `shipments topped $310 million`)
  const leaders = matches.filter((m) => words.leader.has(m.id) && !quantities.some((q) => q.prefixStart >= m.end && /^[\s\u00a0]*$/.test(work.slice(m.end, q.prefixStart))));
  const bounds = boundariesOf(work, sent, quantities, doc.mask);
  const firstComparison = years.find((y) => y.role === 'comparison' && !y.relative);
  const frame =
    firstComparison && firstComparison.start < sent.start + 40 && reFrame.test(fold.slice(sent.start, firstComparison.start)) && /^[\s\u00a0]*,/.test(fold.slice(firstComparison.end, firstComparison.end + 3))
      ? { year: firstComparison.year, end: firstComparison.end }
      : undefined;
  const head = fold.slice(sent.start, sent.start + 80);
  return {
    sent,
    quantities,
    items: itemsOf(quantities, leaders, matches.filter((m) => words.ordinals.has(m.id)).map((m) => ({ m, n: words.ordinals.get(m.id)! }))),
    matches,
    years,
    markers,
    bounds,
    semis: bounds.filter((b) => work[b] === ';'),
    brackets: bracketsOf(work, sent),
    targetMarks: matches.filter((m) => words.target.has(m.id) && setsTarget(doc, sent, m)),
    estimateMarks: matches.filter((m) => words.estimate.has(m.id)),
    frame,
    topicYear: topicYearOf(doc, sent),
    partOfPrevious: rePartOpener.test(head),
    sameTimeAsPrevious: reSameTimeOpener.test(head),
    nationalOpener: reNationalOpener.test(head),
    // not `của tỉnh này`: another province just named
    ownReferences: matches.filter((m) => words.ownReference.has(m.id) && !reOtherPointer.test(doc.v.fold.slice(m.end, m.end + 16))).map((m) => m.start),
  };
}

/**
 * Whether a phrase of `set` lies wholly inside [a, b]. The sentence's matches are ordered by start: the walk starts at
 * the first one at or after a (a binary search: a long sentence has hundreds, and each figure asks several times)
 * and stops past b.
 */
export function hasMatch(seg: Segment, set: { has(id: number): boolean }, a: number, b: number, keep?: (m: PhraseMatch) => boolean): boolean {
  const ms = seg.matches;
  for (let i = firstAtOrAfter(ms, a); i < ms.length; i++) {
    const m = ms[i]!;
    if (m.start > b) return false;
    if (m.end <= b && set.has(m.id) && (!keep || keep(m))) return true;
  }
  return false;
}

/** The first phrase of `set` starting in [a, b] (it may end after b); the walk starts as `hasMatch`'s does. */
export function firstStartingIn(seg: Segment, set: Set<number>, a: number, b: number): PhraseMatch | undefined {
  const ms = seg.matches;
  for (let i = firstAtOrAfter(ms, a); i < ms.length && ms[i]!.start <= b; i++) if (set.has(ms[i]!.id)) return ms[i];
  return undefined;
}

/** Whether a position lies inside one of the brackets. */
export function inBracket(seg: Segment, pos: number): Span | undefined {
  let found: Span | undefined;
  for (const b of seg.brackets) if (b.start < pos && pos < b.end && (!found || b.start > found.start)) found = b;
  return found;
}

/** The last bound before a position, and the first at or after one. */
export const lastBefore = (xs: number[], pos: number): number | undefined => {
  let r: number | undefined;
  for (const x of xs) {
    if (x >= pos) break;
    r = x;
  }
  return r;
};
export const firstFrom = (xs: number[], pos: number): number | undefined => xs.find((x) => x >= pos);
