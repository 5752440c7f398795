import type { Doc } from '../document';
import { matchesIn } from '../lexicon';
import type { Quantity } from '../numbers';
import { alt, endsWithOne, S } from '../patterns';
import { comparisonBefore, contrastLinks, deadlineThen, listJoiners, wholeYearLeads, lastYear as lastYearWords, measuredYearLeads, moveFrom as moveFromWords, targetCopula, editionFillers, numberWords, ordinalSuffixes, periodBasisBefore, rankBefore as rankWordsBefore, scoreAfter, qualifierWords, samePeriodWords, severalYears, targetMetBefore, targetTurns, targetYearBefore, valueComparedBefore, yearAfterFigure, yearOnYear, yearsWord, yearWords } from '../vocabulary/index';
import type { CompiledIndicator } from '../words';
import { deadlineBefore, within, type Marker, type YearMention } from '../years';
import { ev, type Evidence } from './evidence';
import { resultTurn } from './qualifier';
import { outOfLength, reVerbClauseAfter } from './roles';
import { inBracket, lastBefore, type Segment } from './segment';
import type { Span } from '../structure';
import { reDensityTail, type Kind } from './subject';

/**
 * Stage 5, the year: the year written right after the figure, the edition of an index (`DTI 2022`), the base of a
 * comparison the figure is an aside of, the nearest earlier year of the sentence (not a comparison, publication, price
 * base or part-year one, nor one inside brackets that hold another figure or no figure of this one), the paragraph's,
 * the heading's, the report's. A target takes the year it is set for (`20 per cent of GRDP by 2025`, `phấn đấu đến
 * năm 2027 …`); one with no year is for the year after the report. The same stage says whether the figure covers the
 * whole year, part of it (`6 tháng`, `đến 30/6`) or several years (`bình quân`, `giai đoạn 2016-2020`).
 */
export type YearFrom = 'after' | 'edition' | 'comparison' | 'frame' | 'sentence' | 'paragraph' | 'heading' | 'report' | 'next';

export interface Heading {
  year?: number;
  target: boolean;
  partYear: boolean;
}

export interface YearInput {
  doc: Doc;
  seg: Segment;
  q: Quantity;
  kind: Kind;
  indicator: CompiledIndicator | undefined;
  leader: boolean;
  /** The number starts a move (`từ 2,3% …`). */
  moveStart: boolean;
  /** An aside of a comparison (`so với năm 2021 (4.210 tỷ đồng)`): the comparison's year, or the host's minus one. */
  comparison: { year?: number } | undefined;
  hostYear: number | undefined;
  /** Years already bound to a figure of the sentence. */
  consumed: Set<YearMention>;
  /** A target word governs the figure (for the year a target is set for). */
  targetWord: boolean;
  paragraphYear: number | undefined;
  heading: Heading;
  /** The last year read in the paragraph, for `một năm trước đó`. */
  lastYear: number | undefined;
  /** The previous sentence of the paragraph, where an index's edition may be named. */
  prevSentence?: Span;
}

export interface YearReading {
  year: number | undefined;
  from: YearFrom;
  bound?: YearMention;
  viaComparison: boolean;
  period: 'year' | 'partYear' | 'multiYear';
  evidence: Evidence[];
}

const reAfterFigure = new RegExp(`^${S}*(?:(?:${alt(yearAfterFigure)})${S}*)?$`);
const reYearWordBefore = new RegExp(`(?:^|[^a-z])(?:${alt(yearAfterFigure)})${S}*$`);
const reTargetYear = new RegExp(`(?:${alt([...targetYearBefore, ...yearAfterFigure])})${S}+(?:(?:${alt(yearWords)})${S}+)?$`);
const reEdition = new RegExp(`^[\\s\\u00a0()]*(?:(?:${alt(editionFillers.filter((f) => /\w/.test(f)))})${S}*)?$`);
const reEditionBefore = /^[\s\u00a0]*(?:[a-z]+[\s\u00a0]+){0,2}$/;
const reLastYearWords = new RegExp(`^(?:${alt(lastYearWords)})$`);
const reBasisBefore = new RegExp(`(?<![a-z0-9])(?:${alt(periodBasisBefore)})${S}*(?:${alt(yearWords)})?${S}*$`);
/** Words that open another figure's phrase (`thì năm 2023`, `và ước cả năm 2023`): a year after them is not this figure's. */
const reNextPhrase = new RegExp(`(?<![a-z0-9])(?:${alt([...contrastLinks, ...qualifierWords.estimate, ...qualifierWords.target])})(?![a-z0-9])`);
/** The same without the target words that follow their own value (`chỉ tiêu 45% đề ra cho năm 2022`). */
const reNextTarget = new RegExp(`(?<![a-z0-9])(?:${alt([...contrastLinks, ...targetTurns, ...qualifierWords.estimate, ...qualifierWords.target.filter((w) => !targetCopula.includes(w))])})(?![a-z0-9])`);
/** What a rank is out of, right after its digits (`thứ 45/63`, `11th out of 63`): the year after it is still right after the rank. */
/** `qua ba năm đánh giá`, `over five years`: several years, each of whose figures may still carry its own year. */
const reSeveralYears = new RegExp(`^(?:${alt(severalYears)})${S}+(?:\\d+|${alt(numberWords)})${S}+(?:${alt(yearsWord)})$`);
const reComparisonAfter = new RegExp(`^${S}*(?:${alt([...comparisonBefore, ...yearOnYear])})`);

const codeOf: Record<YearFrom, Evidence['code']> = {
  after: 'year.after-figure',
  edition: 'year.edition',
  comparison: 'year.comparison',
  frame: 'year.comparison',
  sentence: 'year.in-sentence',
  paragraph: 'year.paragraph',
  heading: 'year.heading',
  report: 'year.report',
  next: 'year.next',
};

/** A year inside brackets that close before `pos` and do not hold the figure: the bracket's own business. */
function asideYear(seg: Segment, y: YearMention, q: Quantity): boolean {
  const b = inBracket(seg, y.start);
  return b !== undefined && !(b.start < q.start && q.end <= b.end);
}

function resolveRelative(doc: Doc, y: YearMention, lastYear: number | undefined, target: boolean): number | undefined {
  if (!y.relative) return y.year;
  if (doc.reportYear === undefined) return undefined;
  // `last year` in a story dated in the year it reports on (`December 10, 2025 … is estimated to earn … this year`) is the year before
  if (y.relative === 'current') return doc.dated?.year === doc.reportYear && reLastYearWords.test(doc.v.fold.slice(y.start, y.end)) ? doc.reportYear - 1 : doc.reportYear;
  // a result of `năm nay` in a Vietnamese text dated in the first months after the year it reviews is that year's: the
  // year of the date has barely begun (a review delivered in January); a target or a deadline of `năm nay`, and English
  // `this year` (news keeps `last year` for the year reviewed), is the year of the date
  if (y.relative === 'now') {
    const deadline = deadlineBefore(doc.v.fold, y.start);
    const review = doc.convention === 'vi' && doc.dated && !target && !deadline && doc.dated.year === doc.reportYear + 1 && doc.dated.month <= 3;
    return review ? doc.reportYear : (doc.dated?.year ?? doc.reportYear);
  }
  if (y.relative === 'previous') return doc.reportYear - 1;
  return (lastYear ?? doc.reportYear) - 1;
}

/** The year written after the index's name (`DTI năm 2021`, `ICT Index 2019`): before a rank, or after `dẫn đầu … về`. */
function editionYear(doc: Doc, seg: Segment, ind: CompiledIndicator, q: Quantity, leader: boolean, prev: [number, number] | undefined): YearMention | undefined {
  const { cueIds } = ind;
  const spans: [number, number][] = leader ? [[q.end, Math.min(seg.sent.end, q.end + 120)]] : [[seg.sent.start, q.start]];
  if (prev && !leader) spans.unshift(prev);
  let found: YearMention | undefined;
  for (const [a, b] of spans) {
    for (const m of matchesIn(doc.matches, a, b)) {
      if (!cueIds.has(m.id)) continue;
      // `DTI 2022`, `DTI năm 2021`, or before the name: `the 2022 Provincial Digital Transformation Index`
      const y =
        within(doc.years.years, m.end, m.end + 16).find((yy) => (yy.role === 'plain' || yy.role === 'publication') && !yy.relative && reEdition.test(doc.v.fold.slice(m.end, yy.start))) ??
        within(doc.years.years, Math.max(0, m.start - 24), m.start).find((yy) => yy.role === 'plain' && !yy.relative && reEditionBefore.test(doc.v.fold.slice(yy.end, m.start)));
      if (y && leader) return y;
      // (not the edition of a start named after an earlier figure: `scored 0.5127 points in DTI 2023, up from 0.4613 in
      // DTI 2022, and ranked 14th`)
      if (y && !reAfterFromValue.test(doc.v.fold.slice(Math.max(a, m.start - 40), m.start))) found = y;
    }
  }
  // `placed 35th in the DTI 2021 and 29th in the DTI 2022`: an edition named right after the rank, before anything
  // else, is that rank's even when the sentence named another before it
  if (found && !leader) {
    // (past the rank's denominator and its companion score: `thứ 29/63, đạt 0,4127 điểm trong Vietnam ICT Index 2020`)
    const m = matchesIn(doc.matches, q.end, Math.min(seg.sent.end, q.end + 96)).find((x) => cueIds.has(x.id));
    const raw = m ? doc.v.fold.slice(q.end, m.start) : '';
    // (or in a bracket right after it: `từ thứ 41 (DTI 2020) lên thứ 24 (DTI 2023)`)
    const between = raw.replace(reCompanionScore, ' ').replace(/^\/\d+/, '').replace(/^[\s\u00a0]*\(/, '');
    // (not past a conjunction: `thứ 18/63, và ở Vietnam ICT Index 2020 …` names the next rank's edition)
    const plain = between.length <= 32 && !/[\d;:()]/.test(between) && !reJoinerIn.test(between) && (!between.includes(',') || reCompanionScore.test(raw));
    const y = m && plain ? within(doc.years.years, m.end, m.end + 16).find((yy) => (yy.role === 'plain' || yy.role === 'publication') && !yy.relative && reEdition.test(doc.v.fold.slice(m.end, yy.start))) : undefined;
    if (y) return y;
  }
  // `ranked 17th out of 63 in the 2023 Digital Transformation Index`, `… in the Digital Transformation Index (DTI)
  // 2023`: the edition named after the rank; also when an edition named earlier is compared with this rank (`ranked
  // 12th in the DTI 2023, up from its 19th place in DTI 2022`)
  if ((!found || reComparedRank.test(doc.v.fold.slice(found.end, q.start))) && !leader) {
    for (const m of matchesIn(doc.matches, q.end, seg.sent.end)) {
      if (!cueIds.has(m.id)) continue;
      // `tăng 0,0562 điểm so với DTI 2022`: an edition compared with is not the figure's; nor one named after the rank
      // a move started from (`ninth, up four places from 13th in the DTI 2022 edition`)
      const between = doc.v.fold.slice(q.end, m.start);
      if (reComparedEdition.test(between) || reFromRank.test(between)) break;
      const y =
        within(doc.years.years, Math.max(q.end, m.start - 24), m.start).find((yy) => yy.role === 'plain' && !yy.relative && reEditionBefore.test(doc.v.fold.slice(yy.end, m.start))) ??
        within(doc.years.years, m.end, m.end + 16).find((yy) => (yy.role === 'plain' || yy.role === 'publication') && !yy.relative && reEdition.test(doc.v.fold.slice(m.end, yy.start)));
      if (y) return y;
    }
  }
  return found;
}

/** Comparison year after a change (`tăng 12% so với năm 2022`): the base, or the host's year minus one. */
export function comparisonYear(doc: Doc, seg: Segment, from: number, hostYear: number | undefined): number | undefined {
  const text = doc.v.fold.slice(from, from + 60);
  if (!reComparisonAfter.test(text)) return undefined;
  const stop = from + 60;
  const explicit = seg.years.find((y) => y.start >= from && y.start < stop && y.role === 'comparison' && !y.relative);
  const rel = seg.years.find((y) => y.start >= from && y.start < stop && y.role === 'comparison' && y.relative);
  if (explicit && (!rel || explicit.start - rel.end < 12)) return explicit.year;
  if (rel) {
    const base = hostYear ?? doc.reportYear;
    return base === undefined ? undefined : base - 1;
  }
  return undefined;
}

function periodOf(s: YearInput, bound: YearMention | undefined, viaComparison: boolean, trailEnd: number): YearReading['period'] {
  const { seg, q, heading } = s;
  const { markers, semis, sent } = seg;
  const chain = (lastBefore(semis, q.prefixStart) ?? sent.start - 1) + 1;
  // `ước đạt 655.000 văn bản (9 tháng: 486.200 văn bản), tiết kiệm 27 tỷ đồng`: a period inside a bracket with a figure
  // of its own dates that figure; a bracket of a period alone (`(01/7 – 30/11/2025)`) dates its clause
  const own = inBracket(seg, q.start);
  const elsewhere = (m: Marker) => {
    const b = inBracket(seg, m.start);
    return b !== undefined && !(own && b.start === own.start) && seg.quantities.some((x) => x.start > b.start && x.end < b.end && (x.end <= m.start || x.start >= m.end));
  };
  // a value compared with is of the period written right after it (`giảm so với mức 3,4% của quý III/2025`)
  if (viaComparison && markers.some((m) => m.kind === 'partYear' && m.start >= q.surfaceEnd && m.start <= q.surfaceEnd + 12 && !semis.some((x) => x > q.surfaceEnd && x < m.start))) return 'partYear';
  // (a value of the same period of the year compared with is of the part-year period the chain opened with, `9 tháng năm
  // 2024, … đạt 4.128,6 tỷ đồng, tăng 12,4% so với cùng kỳ năm 2023 (cùng kỳ đạt 3.673 tỷ đồng)`, or the sentence,
  // past a semicolon: `Trong 6 tháng đầu năm, …; tỷ lệ hồ sơ trễ hạn là 1,8%, giảm so với cùng kỳ năm 2023 (3,1%)`)
  if (viaComparison) return reSamePeriod.test(s.doc.v.fold.slice(chain, q.prefixStart)) && markers.some((m) => m.kind === 'partYear' && m.start < q.prefixStart && (m.start >= chain || (!elsewhere(m) && !markers.some((w) => (w.kind === 'fullYear' || w.kind === 'yearEnd') && w.start > m.end && w.end <= q.prefixStart && !elsewhere(w))))) ? 'partYear' : 'year';
  // `qua ba năm đánh giá, X xếp thứ 45 năm 2019, thứ 32 năm 2020 …`: a figure with its own year written after it is that year's
  const ownYearAfter = bound !== undefined && bound.role === 'plain' && !bound.relative && bound.start >= q.surfaceEnd;
  const fold = s.doc.v.fold;
  // (`68,4% (bình quân cả nước khoảng 52%)`: an average in a bracket with its own figure is that figure's)
  const multi = markers.some(
    (m) =>
      m.kind === 'multiYear' &&
      ((m.start >= chain && m.start < q.prefixStart && !(ownYearAfter && reSeveralYears.test(fold.slice(m.start, m.end)))) || (m.start >= q.surfaceEnd - 1 && m.start < q.surfaceEnd + 8 && !elsewhere(m) && !semis.some((b) => b >= q.surfaceEnd && b < m.start))),
  );
  if (multi) return 'multiYear';
  // (a year estimated as a whole under a part-year heading: `năm 2024 ước đạt khoảng 11,5%`)
  const explicitFull = bound && (bound.role === 'fullYear' || !heading.partYear || bound.year !== heading.year || (bound.role === 'plain' && bound.end <= q.prefixStart && reYearEstimated.test(fold.slice(bound.end, q.prefixStart))));
  // words of the whole year after a part-year period (`6 tháng đạt 512 tỷ; ước cả năm đạt 1.150 tỷ`) end it
  // (not those of a bracket with a figure of its own: `đạt 76,3% (cả năm 2023 đạt 71,4%); tỷ lệ hồ sơ trễ hạn là 1,8%`)
  const wholeYearAfter = (m: Marker) => markers.some((w) => w.kind === 'fullYear' && w.start >= m.end && w.end <= q.prefixStart && !elsewhere(w));
  // (nor a period in a bracket after them, not the figure's: `Tính chung cả năm 2025 (bao gồm số liệu của hai tỉnh cũ
  // trong sáu tháng đầu năm), tỷ lệ … đạt 71,3%`)
  const partOfWholeYear = (m: Marker) => {
    const b = inBracket(seg, m.start);
    return b !== undefined && !(own && b.start === own.start) && markers.some((w) => w.kind === 'fullYear' && w.start >= chain && w.end <= b.start);
  };
  const basis = (m: Marker) => reBasisBefore.test(fold.slice(Math.max(sent.start, m.start - 28), m.start));
  // (nor when the figure is followed at once by words of the whole year: `… in the nine months and are forecast at
  // around US$195 million for the full year`)
  const wholeYearRightAfter = markers.some((w) => w.kind === 'fullYear' && w.start >= q.surfaceEnd && w.start <= q.surfaceEnd + 12 && reWholeYearLead.test(fold.slice(q.surfaceEnd, w.start)));
  // (nor a value compared with that names its own year after it: `9 tháng là 1,8%, thấp hơn so với mức 3,4% của năm 2021`,
  // not the same period of it: `… của cùng kỳ năm 2020`)
  const comparedWithItsYear = bound !== undefined && bound.start >= q.surfaceEnd && !bound.relative && reValueComparedBefore.test(fold.slice(Math.max(sent.start, q.prefixStart - 24), q.prefixStart)) && !reSamePeriod.test(fold.slice(q.surfaceEnd, bound.start));
  const partBefore = !wholeYearRightAfter && !comparedWithItsYear && markers.some((m) => m.kind === 'partYear' && !m.trailing && m.start < q.prefixStart && !basis(m) && (!bound || m.start > bound.start || bound.role !== 'fullYear') && !(bound && bound.start > m.end && bound.role === 'fullYear') && !wholeYearAfter(m) && !elsewhere(m) && !partOfWholeYear(m));
  // a period after the figure that names another year than the figure's (`năm 2020 chỉ là 8,6%, sang 10 tháng năm 2022 …`) is the next figure's
  const otherYear = (m: Marker) => {
    const y = m.year ?? seg.years.find((x) => x.start >= m.end && x.start <= m.end + 6 && !x.relative)?.year;
    return bound !== undefined && !bound.relative && y !== undefined && y !== bound.year;
  };
  // (a month after the figure dates it only right after its noun: `took over 2,100 calls in August`, not `… rankings announced … in October`)
  const partAfter = markers.some((m) => m.kind === 'partYear' && m.start >= q.surfaceEnd && m.start < (m.trailing ? Math.min(trailEnd + 20, q.surfaceEnd + 24) : trailEnd + 20) && !semis.some((x) => x > q.surfaceEnd && x < m.start) && !elsewhere(m) && !otherYear(m));
  // (a stock at the year's end under a part-year heading, `ước đến ngày 31/12/2025, … cung cấp 1.874 DVCTT`, `Ước đến
  // cuối năm 2022, toàn tỉnh có 325 doanh nghiệp`, is the year's)
  const yearEndBefore = markers.some((m) => (m.kind === 'yearEnd' || m.kind === 'fullYear') && m.start >= chain && m.end <= q.prefixStart);
  if (((partBefore || partAfter) && bound?.role !== 'fullYear') || (heading.partYear && !explicitFull && !yearEndBefore)) return 'partYear';
  return 'year';
}

/** The text between two positions with every bracket in it that holds no figure blanked out. */
function withoutBareBrackets(seg: Segment, fold: string, from: number, to: number): string {
  let out = fold.slice(from, to);
  for (const b of seg.brackets) {
    if (b.start < from || b.end > to || seg.quantities.some((x) => x.start > b.start && x.end < b.end)) continue;
    out = out.slice(0, b.start - from) + ' '.repeat(b.end - b.start) + out.slice(b.end - from);
  }
  return out;
}

/**
 * A year alone in brackets after the figure's words or closing its sentence, with no other figure between them (`356
 * free public Wi-Fi hotspots at tourist sites (2023).`): the figure's date.
 */
function closingBracketYear(seg: Segment, fold: string, q: Quantity, trailEnd: number, ownYear: boolean, consumed: Set<YearMention>): YearMention | undefined {
  if (ownYear) return undefined;
  const y = seg.years.find((x) => x.start > q.surfaceEnd && x.role === 'plain' && !x.relative && !consumed.has(x));
  const b = y ? inBracket(seg, y.start) : undefined;
  if (!y || !b || b.start < q.surfaceEnd || !reBracketYearOpen.test(fold.slice(b.start, y.start)) || !/^[\s\u00a0]*\)$/.test(fold.slice(y.end, b.end))) return undefined;
  if (seg.quantities.some((x) => x !== q && x.start > q.surfaceEnd && x.start < b.start)) return undefined;
  // (closing the sentence, or right after the figure's words: `356 điểm phát WiFi công cộng (2023), 120 điểm …`)
  return /^[\s\u00a0.;:]*$/.test(fold.slice(b.end, seg.sent.end)) || /^[\s\u00a0]*$/.test(fold.slice(trailEnd, b.start)) ? y : undefined;
}

const reBracketYearOpen = new RegExp(`^\\(${S}*(?:(?:${alt(yearWords)})${S}+)?$`);

/** The end of a figure's trail past a bracket with no figure that cut it. */
function pastBareBracket(seg: Segment, fold: string, trailEnd: number): number {
  const b = seg.brackets.find((x) => x.start >= trailEnd && /^[\s\u00a0]*$/.test(fold.slice(trailEnd, x.start)) && fold[x.start] === '(');
  if (!b || b.end >= seg.sent.end || seg.quantities.some((x) => x.start > b.start && x.end < b.end)) return trailEnd;
  const nextFigure = seg.quantities.find((x) => x.start >= b.end)?.prefixStart ?? seg.sent.end;
  return Math.min(seg.bounds.find((x) => x >= b.end && fold[x] !== '(' && fold[x] !== ')') ?? seg.sent.end, nextFigure, seg.sent.end);
}

/** A year in a bracket after the figure that holds a figure of its own (`1.850 tỷ đồng (năm 2023 ước đạt 1.702 tỷ đồng)`): it dates that one. */
function datesAnAside(seg: Segment, q: Quantity, y: YearMention): boolean {
  const aside = inBracket(seg, y.start);
  return aside !== undefined && aside.start > q.start && seg.quantities.some((x) => x !== q && x.start > y.end && x.end <= aside.end);
}

const reTargetMet = endsWithOne(targetMetBefore);
const reContrastBetween = new RegExp(`^[^;]*,${S}*(?:${alt(contrastLinks)})(?![a-z0-9])`);
const reComparedBase = new RegExp(`(?<![a-z0-9])(?:${alt(comparisonBefore)})(?![a-z0-9])[^,;]{0,60}$`);
const reResultFollows = new RegExp(`^[^\\d;.]{0,12}${resultTurn}`);
/** Between a figure and the words of the whole year right after it (`US$195 million for the full year`). */
const reValueComparedBefore = endsWithOne(valueComparedBefore);
const reMeasuredYear = new RegExp(`(?<![a-z0-9])(?:${alt(measuredYearLeads)})${S}+((?:19|20)\\d\\d)(?!\\d)`);
const reYearEstimated = new RegExp(`^${S}*(?:${alt(qualifierWords.estimate)})(?![a-z0-9])`);
const reSamePeriod = new RegExp(`(?<![a-z0-9])(?:${alt(samePeriodWords)})(?![a-z0-9])`);
const reWholeYearLead = new RegExp(`^${S}*(?:(?:${alt(wholeYearLeads)})${S}+)?$`);
const reDeadlineThen = new RegExp(`(?<![a-z0-9])(?:${alt(deadlineThen)})(?![a-z0-9])`);
const isDeadline = (fold: string, y: YearMention): boolean => y.role === 'plain' && !y.relative && deadlineBefore(fold, y.start);
const reJoinerIn = new RegExp(`(?<![a-z0-9])(?:${alt(listJoiners)})(?![a-z0-9])`);
const reCompanionScore = new RegExp(`\\d+[.,]\\d+${S}*(?:${alt(scoreAfter)})`);
const reJoinedYear = new RegExp(`(?:^|[^a-z0-9])(?:${alt(listJoiners)})${S}+(?:(?:${alt(yearAfterFigure)})${S}+)?$`);
const reComparedRank = new RegExp(`(?<![a-z0-9])(?:${alt(comparisonBefore)})(?![a-z0-9])`);
const reAfterFromValue = new RegExp(`(?<![a-z0-9])(?:${alt(moveFromWords)})${S}+(?:\\d{1,2}(?:${alt(ordinalSuffixes)})|\\d[\\d.,]*)(?:${S}+[a-z]+){0,2}${S}*$`);
// (or a score: `scored 0.5214 points, up from 0.4482 in DTI 2022`)
const reFromRank = new RegExp(`(?<![a-z0-9])(?:${alt(moveFromWords)})(?:${S}+[a-z]+){0,3}?${S}+(?:\\d{1,2}(?:${alt(ordinalSuffixes)})(?![a-z])|0[.,]\\d{2,}|(?:${alt(rankWordsBefore)})${S}*\\d)`);
const reComparedEdition = new RegExp(`(?<![a-z0-9])(?:${alt(comparisonBefore.filter((w) => w !== 'from' && w !== 'over'))})(?![a-z0-9])`);

/**
 * A year after a conjunction that opens the next figure's clause, for a figure with a year written before it:
 * `Năm 2024, phấn đấu kinh tế số chiếm 11% GRDP và đến năm 2025 đạt khoảng 13%` (2025 is the 13%'s).
 */
function opensNextFigure(seg: Segment, fold: string, q: Quantity, y: YearMention): boolean {
  const clauseEnd = seg.bounds.find((b) => b >= y.end && fold[b] !== '(' && fold[b] !== ')') ?? seg.sent.end;
  return (
    seg.years.some((p) => p.role === 'plain' && !p.relative && p.end <= q.prefixStart) &&
    reJoinedYear.test(fold.slice(q.surfaceEnd, y.start)) &&
    seg.quantities.some((x) => x.start > y.end && x.start < clauseEnd)
  );
}

/**
 * A deadline that closes the sentence or its chain, with no other year after the figure (`aims for IT revenue of VND8
 * trillion, 600 IT enterprises and software exports of US$60 million by 2025`): every target listed before it is for it.
 */
function closingTargetYear(seg: Segment, fold: string, q: Quantity): YearMention | undefined {
  const chainEnd = seg.semis.find((x) => x > q.surfaceEnd) ?? seg.sent.end;
  const after = seg.years.filter((y) => y.start > q.surfaceEnd && y.end <= chainEnd && !y.relative);
  const y = after.length === 1 ? after[0]! : undefined;
  if (!y || y.role !== 'plain' || !/^[\s\u00a0.;:]*$/.test(fold.slice(y.end, chainEnd))) return undefined;
  // (not past the words of another target, nor inside a bracket the figure is not in)
  if (reNextTarget.test(fold.slice(q.surfaceEnd, y.start)) || inBracket(seg, y.start) !== inBracket(seg, q.start)) return undefined;
  // (nor past a verb clause of its own when the sentence named the figure's year before it: `For 2023, the province aims
  // to raise … software exports to US$50 million, and to bring 4G to all BTS sites by the end of 2025`)
  const yearBefore = seg.years.some((p) => p.role === 'plain' && !p.relative && p.end <= q.prefixStart);
  if (yearBefore && reVerbClauseAfter.test(fold.slice(q.surfaceEnd, y.start))) return undefined;
  return deadlineBefore(fold, y.start, q.surfaceEnd) ? y : undefined;
}

export function readYear(s: YearInput, trailEnd: number): YearReading {
  const { doc, seg, q, kind, leader, consumed } = s;
  const { fold } = doc.v;
  const rules = !doc.without.has('years');
  const years = seg.years;
  let year: number | undefined;
  let from: YearFrom = 'after';
  let bound: YearMention | undefined;
  let viaComparison = false;
  const evidence: Evidence[] = [];
  // the year after the figure: right after it (`58 percent in 2022`, `54.3 per cent a year earlier`), or ending its
  // clause after a year word (`8,240 complaints and suggestions from residents in 2024`)
  // a year named before the figure in its own clause (`năm 2025 đạt 12% và năm 2030 đạt 25%`): a later year opens the next item
  const clause = lastBefore(seg.bounds, q.prefixStart) ?? seg.sent.start;
  // (not a year of a span, `nhiệm kỳ 2025 - 2030`: the term names no year of the figure's)
  const inSpan = (y: YearMention): boolean => years.some((p) => p.role === 'span' && p.start <= y.start && y.end <= p.end);
  const ownYear = years.some((y) => y.start >= clause && y.end <= q.prefixStart && y.role === 'plain' && !y.relative && !consumed.has(y) && !inSpan(y));
  // (a bracket with no figure that cut the figure's trail is an aside of its noun: `2,946 BTS stations (2G/3G/4G/5G) at the end of 2023`)
  const yearTrailEnd = rules ? pastBareBracket(seg, fold, trailEnd) : trailEnd;
  // (a year alone in brackets, found or not by the search above, dates the figure when it closes its words or sentence)
  const closing = leader || !rules ? undefined : closingBracketYear(seg, fold, q, trailEnd, ownYear, consumed);
  const next = leader
    ? undefined
    : (years.find((y) => y.start >= q.surfaceEnd && y.start < Math.max(yearTrailEnd, q.surfaceEnd + 24) && !consumed.has(y) && (y.role === 'plain' || y.role === 'fullYear')) ?? closing);
  if (next && !datesAnAside(seg, q, next)) {
    // (past what a rank is out of, or the thousand of a density: `1.2 per 1,000 people by 2025`, `1,2 doanh nghiệp/1.000 dân`;
    // past the same amount in another currency in brackets: `VND1.64 trillion (nearly US$70 million) in 2022`)
    const after = fold.slice(q.surfaceEnd, next.start);
    const tail = kind === 'rank' ? outOfLength(after) : (reDensityTail.exec(after)?.[0].length ?? 0);
    const aside = q.currency ? seg.brackets.find((b) => b.start >= q.surfaceEnd && b.end <= next.start && /^[\s\u00a0]*$/.test(fold.slice(q.surfaceEnd, b.start)) && seg.quantities.some((x) => x.currency && x.currency !== q.currency && x.start > b.start && x.end < b.end)) : undefined;
    const from = aside ? aside.end : q.surfaceEnd + tail;
    // (a bracket with no figure between them is an aside of the noun's: `2,946 BTS stations (2G/3G/4G/5G) at the end of 2023`)
    const between = withoutBareBrackets(seg, fold, from, next.start);
    const right = reAfterFigure.test(between) && next.start < from + 24;
    // not past the second clause of a contrast or the words of the next figure (`đạt 31,5% thì năm 2023 …`, `đạt
    // 31,5% và ước cả năm 2023 đạt 35%`): the year is theirs
    const late = !ownYear && next.start <= yearTrailEnd && !/[\d(),;:]/.test(between) && (reYearWordBefore.test(between) || next.relative !== undefined) && !reNextPhrase.test(between) && !opensNextFigure(seg, fold, q, next);
    if (right || late || next === closing) {
      year = next.relative ? resolveRelative(doc, next, s.hostYear ?? s.lastYear, s.targetWord) : next.year;
      bound = next;
      consumed.add(next);
    }
  }
  // a target and the year it is set for, later in its clause (`20 per cent of GRDP by 2025`, `800 firms and 25,000 workers by 2025`)
  if (year === undefined && s.targetWord && !leader && !ownYear && rules) {
    const clauseEnd = seg.bounds.find((b) => b >= q.surfaceEnd && fold[b] !== '(' && fold[b] !== ')') ?? seg.sent.end;
    // the first year after the figure decides (`18 per cent … in 2026 and 30 per cent by 2030`)
    const next = years.find((y) => y.start > q.surfaceEnd && y.start < Math.min(clauseEnd, q.surfaceEnd + 80) && (y.role === 'plain' || y.role === 'comparison') && !y.relative);
    // (not past the words of the next target: `nâng tỷ lệ này lên 50% và phấn đấu đến năm 2025 lọt vào nhóm 20`)
    // (nor a year compared with: `vượt 2,6% kế hoạch năm (9.600 tỷ đồng) và tăng 12,4% so với … năm 2024`)
    const inClause = next && next.role === 'plain' && !datesAnAside(seg, q, next) && reTargetYear.test(fold.slice(Math.max(q.surfaceEnd, next.start - 16), next.start)) && !reNextTarget.test(fold.slice(q.surfaceEnd, next.start)) && !reComparedRank.test(fold.slice(q.surfaceEnd, next.start)) && !opensNextFigure(seg, fold, q, next) ? next : undefined;
    const target = inClause ?? (next ? undefined : closingTargetYear(seg, fold, q));
    if (target) {
      year = target.year;
      bound = target;
      consumed.add(target);
    }
  }
  // `cải thiện 5 bậc so với năm 2021 (thứ 22/63)`: a rank in the aside of a year compared with is that year's, not the edition's
  if (year === undefined && (kind === 'rank' || kind === 'score') && s.comparison?.year !== undefined && rules) {
    year = s.comparison.year;
    viaComparison = true;
    from = 'comparison';
  }
  // (a year that opens the rank's own bracket: `xếp thứ 29/63 (năm 2022 tỉnh xếp thứ 34 với 0,4106 điểm)`)
  const bracket = year === undefined && (kind === 'rank' || kind === 'score') && rules ? inBracket(seg, q.start) : undefined;
  const bracketYear = bracket ? years.find((y) => y.role === 'plain' && !y.relative && y.start > bracket.start && y.end <= q.prefixStart) : undefined;
  if (bracketYear) {
    year = bracketYear.year;
    bound = bracketYear;
    from = 'sentence';
  }
  // (an edition whose measured year the sentence states: `In the last Vietnam ICT Index (the 2020 edition, which measures
  // the year 2019), the province ranked 38th`)
  // (not past a year of its own after it in its clause: `…, up from 27th place in DTI 2022`)
  const clauseEnd = seg.bounds.find((b) => b >= q.surfaceEnd) ?? seg.sent.end;
  const yearOfItsOwn = years.some((y) => y.start >= q.surfaceEnd && y.end <= clauseEnd && y.role === 'plain' && !y.relative);
  const measured = year === undefined && (kind === 'rank' || kind === 'score') && rules && !yearOfItsOwn ? reMeasuredYear.exec(fold.slice(seg.sent.start, seg.sent.end)) : null;
  if (measured) {
    year = Number(measured[1]);
    from = 'edition';
  }
  if (year === undefined && (kind === 'rank' || kind === 'score') && s.indicator && rules) {
    const found = editionYear(doc, seg, s.indicator, q, leader, s.prevSentence ? [s.prevSentence.start, s.prevSentence.end] : undefined);
    // an edition named in the sentence before yields to a year this sentence opens with (`Năm 2021, tỉnh chỉ đạt 0,3594 điểm`)
    const y = found && found.start < seg.sent.start && years.some((yy) => yy.role === 'plain' && !yy.relative && yy.end <= q.prefixStart) ? undefined : found;
    if (y) {
      year = y.year;
      bound = y;
      from = 'edition';
    }
  }
  // (a comparison naming its year needs no figure before it: `So với năm 2022 (1.487 dịch vụ), …`)
  if (year === undefined && s.comparison && (s.comparison.year !== undefined || s.hostYear !== undefined)) {
    year = s.comparison.year ?? s.hostYear! - 1;
    viaComparison = true;
    from = 'comparison';
  }
  if (year === undefined && s.moveStart && seg.frame && rules) {
    year = seg.frame.year;
    from = 'frame';
  }
  // `The province also targets 1,000 IT enterprises by then`: the deadline of the sentence before
  if (year === undefined && s.targetWord && rules && s.prevSentence && reDeadlineThen.test(fold.slice(seg.sent.start, seg.sent.end))) {
    const [a, b] = [s.prevSentence.start, s.prevSentence.end];
    const then = doc.years.years.filter((y) => y.start >= a && y.end <= b && isDeadline(fold, y)).pop();
    if (then) {
      year = then.year;
      from = 'sentence';
    }
  }
  if (year === undefined) {
    // (a deadline an earlier target of the chain took is this target's too: `raise revenue to VND20 trillion by 2025 and software exports to US$250 million`)
    const sameChainDeadline = (y: YearMention) => s.targetWord && rules && isDeadline(fold, y) && !fold.slice(y.end, q.prefixStart).includes(";");
    const prior = years.filter((y) => y.start < q.prefixStart && (!consumed.has(y) || sameChainDeadline(y)) && (y.role === 'plain' || y.role === 'fullYear' || (!rules && (y.role === 'publication' || y.role === 'priceBase'))) && (!rules || !asideYear(seg, y, q)));
    const yearEnds = seg.markers.filter((m) => m.kind === 'yearEnd' && m.year && m.end <= q.prefixStart);
    const lastMention = prior[prior.length - 1];
    const lastEnd = yearEnds[yearEnds.length - 1];
    if (lastEnd && (!lastMention || lastEnd.start > lastMention.start)) {
      year = lastEnd.year;
      from = 'sentence';
    } else if (lastMention && rules && s.hostYear !== undefined && lastMention.year !== s.hostYear && reContrastBetween.test(fold.slice(lastMention.end, q.prefixStart)) && reComparedBase.test(fold.slice(Math.max(seg.sent.start, lastMention.start - 70), lastMention.start))) {
      // (not the base year of the figure before's comparison: `VND12.9 trillion for 2025, up 13 per cent from the
      // combined figure … in 2024, while the digital economy is estimated at about 11.5 per cent`)
      year = s.hostYear;
      from = 'sentence';
    } else if (lastMention) {
      bound = lastMention;
      year = resolveRelative(doc, lastMention, s.lastYear, s.targetWord);
      from = 'sentence';
    }
  }
  // `Of that, the IT industry earned …`, `At that time, 4G was deployed …`: the year of the figure before
  if (year === undefined && rules && seg.sameTimeAsPrevious && s.lastYear !== undefined) {
    year = s.lastYear;
    from = 'sentence';
  }
  if (year === undefined && s.paragraphYear) {
    year = s.paragraphYear;
    from = 'paragraph';
  }
  if (year === undefined && s.heading.year) {
    year = s.heading.year;
    from = 'heading';
  }
  if (year === undefined && doc.reportYear !== undefined) {
    // (or a plan the sentence goes on to give the result of: `Kế hoạch 6.800 tỷ đồng; Thực hiện ước đạt 7.154 tỷ đồng`)
    const metBefore = reTargetMet.test(fold.slice(Math.max(seg.sent.start, q.prefixStart - 40), q.prefixStart));
    const met = metBefore || reResultFollows.test(fold.slice(q.surfaceEnd, Math.min(seg.sent.end, q.surfaceEnd + 40)));
    if (s.targetWord && !doc.partYearReport && !met) {
      // a target listed after one set for a later year takes that year (`80 per cent in 2025 and to answer 99 per cent …`)
      year = s.hostYear !== undefined && s.hostYear > doc.reportYear ? s.hostYear : doc.reportYear + 1;
      from = 'next';
    } else if (metBefore && rules && s.lastYear !== undefined) {
      // (the target a result before it met is that result's year's: `… VND18.64 trillion in 2022. The result beat the year's target of VND17.9 trillion`)
      year = s.lastYear;
      from = 'sentence';
    } else {
      year = doc.reportYear;
      from = 'report';
    }
  }
  evidence.push(ev(codeOf[from]));
  if (seg.markers.some((m) => m.kind !== 'fullYear') || s.heading.partYear) evidence.push(ev('year.period-words'));
  return { year, from, bound, viaComparison, period: doc.without.has('periods') ? 'year' : periodOf(s, bound, viaComparison, trailEnd), evidence };
}
