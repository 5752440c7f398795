import type { Doc } from '../document';
import type { Quantity } from '../numbers';
import { alt, anyOf, endsWithOne, S, startsWithOne } from '../patterns';
import * as r from '../vocabulary/roles';
import { rangeWords } from '../vocabulary/time';
import { isWhiteSpace } from '../text';
import { ev, type Evidence } from './evidence';
import { lastBefore, type Item, type Segment } from './segment';

/**
 * Stage 2, numbers and roles: what a number is, read from the words around it. A level (the subject's value), a
 * change, plan attainment, an index against a year, a rank or a score, a target named after the result (`vượt chỉ
 * tiêu 18%`), an increment (`tăng 58 trạm`, `up VND512 billion`), the start of a move (`từ 2,3% xuống 0,8%`), a rank
 * move (`tăng 4 bậc`), or numbers that are no figure at all: a conversion (`(US$422 million)`), a denominator
 * (`trên tổng số 1.616 TTHC`), a fraction (`7/8 chỉ tiêu`), a band (`nhóm 10 địa phương dẫn đầu`).
 */
export type Role =
  | 'level'
  | 'change'
  | 'plan'
  | 'index'
  | 'rank'
  | 'score'
  | 'targetValue'
  | 'increment'
  | 'from'
  | 'rankMove'
  | 'conversion'
  | 'denominator'
  | 'fraction'
  | 'band'
  /** The value a revision replaced (`điều chỉnh từ 7.380 tỷ đồng lên 7.415 tỷ đồng`): superseded, no figure. */
  | 'superseded';

export interface RoleReading {
  role: Role;
  sign?: 1 | -1;
  /** Plan attainment stated as the excess (`vượt 20% kế hoạch` → 120). */
  excess?: boolean;
  evidence: Evidence[];
}

const fillers = `(?:${S}+(?:${alt(r.changeFillers)}))?`;
/** A conjunction opening a verb clause of its own after a figure (`…, and to bring 4G to all BTS sites by 2025`). */
export const reVerbClauseAfter = new RegExp(`[\\s,](?:${alt(r.verbClauseConjunctions)})${S}+(?:${alt(r.verbClauseStarts)})[\\s\\u00a0]`);
const reChangeBefore = new RegExp(`(?:^|[^a-z])(${alt([...r.changeUp, ...r.changeDown])})${fillers}${S}*$`);
const reChangeDown = new RegExp(`^(?:${alt(r.changeDown)})$`);
const reNotChange = endsWithOne(r.notChange, fillers);
const reFromBefore = endsWithOne(r.moveFrom);
const reRevisedFrom = endsWithOne(r.revisedFrom);
// (past the words of a list: `số liệu đã công bố lần lượt là 8.540,2 tỷ đồng; 4.692,6 tỷ đồng và 481,0 tỷ đồng`)
const rePublishedBefore = new RegExp(`(?<![a-z0-9])(?:${alt(r.publishedBefore)})(?![a-z0-9])[^.()]{0,50}$`);
const reRevision = new RegExp(`(?<![a-z0-9])(?:${alt(r.revisionWords)})(?![a-z0-9])`);

/** A value published before, in a sentence that revises it (`thay thế số liệu sơ bộ … (số liệu đã công bố là 8.540,2 tỷ đồng)`). */
export function publishedBeforeRevision(doc: Doc, seg: Segment, q: Quantity): boolean {
  const { fold } = doc.v;
  return rePublishedBefore.test(fold.slice(Math.max(seg.sent.start, q.prefixStart - 60), q.prefixStart)) && reRevision.test(fold.slice(seg.sent.start, seg.sent.end));
}
/** Before a bracket holding a target's value: the target word and at most eight words naming who set it (`vượt kế hoạch UBND tỉnh giao (1.080 tỷ đồng)`, `so với chỉ tiêu Nghị quyết của Hội đồng nhân dân tỉnh (70%)`). */
const reTargetBeforeBracket = new RegExp(`(?:^|[^a-z0-9])(?:${alt(r.targetValueBefore)})(?:${S}+[a-z0-9&]+){0,8}$`);
const reDeniedBefore = endsWithOne(r.deniedBefore);
const reMilestoneBefore = endsWithOne(r.milestoneBefore);
// `misstated the value of … exports in 2022 as US$52 million`: the wrong value of a correction note
// (and each value listed after it: `misstated the number of services as 1,428 and the share of late dossiers in 2022 as 2.3 per cent`)
const reHearsay = new RegExp(`(?<![a-z0-9])(?:${alt(r.hearsayMarks)})(?![a-z0-9])`);
const reMisstated = new RegExp(`(?<![a-z0-9])(?:${alt(r.misstatedBefore)})(?![a-z0-9])[^.;]{0,160}(?:${S}as|${S}là)${S}*$`);
const reCorrectionAfter = new RegExp(`^[^\\d;]{0,24}?(?<![a-z0-9])(?:${alt(r.correctionAfter)})(?![a-z0-9])`);
const reScoreOpener = new RegExp(`^[\\s\\u00a0\\-+•]*(?:${alt(r.scoreOpeners)})(?![a-z0-9])`);
/** `từ 50% trở lên`: a bound (at least 50%), not the start of a move. */
const reBoundAfter = startsWithOne([...r.approxAfter.over, ...r.approxAfter.under]);
const reToBefore = endsWithOne(r.moveTo);
const rePlanAfter = new RegExp(`^${S}*(?:(?:${alt(r.planCompare)})${S}+)?(?:${alt(r.planAfter)})(?![a-z0-9])`);
const reIndexBefore = endsWithOne(r.indexBefore);
const reComparedAfter = startsWithOne(r.comparedAfter);
const reExceedBefore = endsWithOne(r.exceedBefore);
// (`kế hoạch năm (3.600 tỷ đồng)`: the year word without its number)
const reTargetBefore = endsWithOne(r.targetValueBefore, `(?:${S}+(?:${alt(r.targetYearWords)})(?:${S}+\\d{4})?)?(?:${S}*:|${S}+(?:${alt(r.targetCopula)}))?`);
const reIncrementBefore = endsWithOne(r.incrementVerbs, `(?:${S}+(?:${alt(r.incrementFillers)}))*`);
const rePercentIncrement = endsWithOne(r.percentIncrement);
const reRankMoveBefore = endsWithOne(r.rankMoveBefore);
const rePlaceAfter = new RegExp(`^${S}*(?:${alt(r.placeAfter)})(?![a-z0-9])`);
const reRankBefore = endsWithOne(r.rankBefore, `(?:${S}+(?:${alt(r.rankWordSuffixes)}))?`);
const reScoreBefore = endsWithOne(r.scoreBefore);
const reScoreAfter = new RegExp(`^${S}*(?:${alt(r.scoreAfter)})(?![a-z])(?!${S}+(?!(?:${alt(r.scoreAfterLinks)})\\b)[a-z])`);
const reRankStep = startsWithOne(r.rankSteps);
const reRankedUnits = startsWithOne(r.rankedUnits);
const reGrowthRate = new RegExp(`^[\\s\\u00a0\\-+•]*(?:${alt(r.growthRateWords)})(?![a-z0-9])`);
const reIncrementAfter = startsWithOne(r.incrementAfter);
const reDenominator = endsWithOne(r.denominatorWords);
// (a few words of the figure's unit between, no clause of its own: `45 trên 63`, `12 doanh nghiệp trong số 40`, not `4.200 tỷ đồng và tổng số trạm BTS trên địa bàn đạt trên 2.900`)
const reDenominatorAfterFigure = new RegExp(`^${S}*(?:[^\\s\\d,;]+${S}+){0,3}?(?:${alt(r.denominatorAfterFigure)})${S}*$`);
const reShareBase = new RegExp(`^${S}*(?:${alt(r.shareBaseLinks)})${S}*$`);
const reBand = new RegExp(`(?:^|[^a-z])(?:${alt(r.bandWords)})(?:[\\s\\u00a0,]+[^\\s\\u00a0,;.]+){0,5}${S}*$`);
const reResultVerb = endsWithOne(r.resultVerbs);
// (past the change's comparison: `tăng 8% so với năm 2023, tương ứng 92 tỷ đồng`)
const reChangeRestated = new RegExp(`^(?:${S}*(?:${alt(r.comparedAfter)})[^,;()]{0,40})?[\\s\\u00a0,(]*(?:${alt(r.changeRestated)})(?:${S}+(?:${alt([...r.changeUp, ...r.changeDown])}))?${fillers}${S}*$`);
const reConversion = new RegExp(`^${S}*\\(${S}*(?:(?:${alt(r.conversionWords)})${S}*)?$`);
const reRankOrdinal = new RegExp(`(?:^|[^\\p{L}])(?:${alt(r.rankOrdinal, 'lower')})[\\s\\u00a0]*$`, 'u');
/** `s` without the spaces and opening brackets it ends with. */
function tail(s: string): string {
  let e = s.length;
  while (e > 0 && (isWhiteSpace(s.charCodeAt(e - 1)) || s.charCodeAt(e - 1) === 0x28)) e--;
  return e === s.length ? s : s.slice(0, e);
}

export const isMoveEnd = (before: string): boolean => reToBefore.test(tail(before));
const reAsideWhen = new RegExp(`^${S}*,${S}*(?:${alt(r.asideWhen)})\\b[^;()]*$`);
/** Whether the words between a comparison year and a number make the number that year's value. */
// (not a bracket of what happened in the year, `flowInBracket`: `so với cuối năm 2023 (trong năm lắp đặt mới 186 trạm, …)`)
export const isComparisonAside = (between: string, flowInBracket: boolean): boolean => (/^[\s\u00a0]*\([^()]*$/.test(between) && !flowInBracket) || reAsideWhen.test(between);
const reOutOf = new RegExp(`^(?:${alt(r.ordinalSuffixes)})?${S}*(?:${alt(r.rankOutOf)})${S}*(\\d{1,3})(?!\\d)(?:${S}+(?:${alt(r.rankedPlaces)})(?![a-z]))?`);
/** The number of places a rank is out of (`24/63`, `5th out of 63`), read from the words after its digits. */
export function outOf(after: string): number | undefined {
  const m = reOutOf.exec(after);
  return m ? Number(m[1]) : undefined;
}
/** How long what a rank is out of runs after its digits, with the places it counts (`/63 tỉnh, thành phố`); 0 when none. */
export const outOfLength = (after: string): number => reOutOf.exec(after)?.[0].length ?? 0;
export const isRankStep = (after: string): boolean => reRankStep.test(after);

/** The role of a number from its own clause before it (`before`, folded) and the words after it (`after`). */
function fromWords(before: string, after: string, percent: boolean, points: boolean, ordinal: boolean): RoleReading {
  const b = tail(before);
  if (percent) {
    if (rePercentIncrement.test(b)) return { role: 'increment', evidence: [] };
    if (rePlanAfter.test(after)) return { role: 'plan', excess: reExceedBefore.test(b), evidence: [] };
    if (reIndexBefore.test(b) && reComparedAfter.test(after)) return { role: 'index', evidence: [] };
    if (reTargetBefore.test(b)) return { role: 'targetValue', evidence: [ev('role.target-value')] };
    const c = reNotChange.test(b) ? null : reChangeBefore.exec(b);
    if (c) return { role: 'change', sign: reChangeDown.test(c[1]!.replace(/[\s\u00a0]+/g, ' ')) ? -1 : 1, evidence: [] };
  } else {
    if (points) return { role: 'increment', evidence: [] };
    if (reTargetBefore.test(b)) return { role: 'targetValue', evidence: [ev('role.target-value')] };
    if ((reIncrementBefore.test(b) && !reNotChange.test(b)) || reIncrementAfter.test(after)) return { role: 'increment', evidence: [] };
  }
  if (reRankBefore.test(b)) return reRankedUnits.test(after) ? { role: 'denominator', evidence: [] } : { role: 'rank', evidence: [ev('role.rank-words')] };
  // (an ordinal reached by a move, or a place: `has risen to 19th place`, `slipped to 30th`)
  if (ordinal && (reRankMoveBefore.test(b) || rePlaceAfter.test(after))) return { role: 'rank', evidence: [ev('role.rank-words')] };
  if (!percent && reScoreBefore.test(b)) return { role: 'score', evidence: [ev('role.score-words')] };
  if (!percent && reScoreAfter.test(after)) return { role: 'score', evidence: [ev('role.score-words')] };
  if (reRevisedFrom.test(b) || reDeniedBefore.test(b) || reCorrectionAfter.test(after)) return { role: 'superseded', evidence: [] };
  if (reFromBefore.test(b) && !reBoundAfter.test(after)) return { role: 'from', evidence: [ev('role.move-start')] };
  return { role: 'level', evidence: [ev(reResultVerb.test(b) ? 'role.level-verb' : 'role.bare')] };
}

const reGrowthRateAnywhere = new RegExp(`(?<![a-z0-9])(?:${alt(r.growthRateWords)})(?![a-z0-9])`, 'g');
/**
 * A rate of growth opening the chain (`- Tốc độ tăng trưởng: 12%`), or named in it with no other figure before this one
 * (`Cùng kỳ, tốc độ tăng tổng sản phẩm trên địa bàn (GRDP, giá so sánh 2010) đạt 7,2%`).
 */
function growthRateBefore(fold: string, seg: Segment, q: Quantity): boolean {
  const chain = (lastBefore(seg.semis, q.prefixStart) ?? seg.sent.start - 1) + 1;
  if (reGrowthRate.test(fold.slice(chain, q.prefixStart))) return true;
  let last = -1;
  for (const m of fold.slice(chain, q.prefixStart).matchAll(reGrowthRateAnywhere)) last = chain + m.index + m[0].length;
  return last >= 0 && !seg.quantities.some((x) => x.start >= last && x.start < q.start);
}

const reRankWord = new RegExp(`(?<![a-z0-9])(?:${alt(r.rankBefore.filter((w) => !r.rankOrdinal.includes(w)))})(?![a-z0-9])`);
const reRankStepWord = new RegExp(`(?<![a-z0-9])(?:${alt(r.rankSteps)})(?![a-z0-9])`);
/** An ordinal in a sentence about ranks: rank words or a rank move before it, or the places it is out of after it (`rose 11 places to 17th out of 63`). */
const reRankedIndex = anyOf(r.rankedIndexNames);
/** `for the third year in a row`, `lần thứ ba`: an ordinal of time, no place. */
const reOrdinalOfTime = /^[\s\u00a0]+(?:years?|times?|consecutive|straight|successive|edition|lan|nam)(?![a-z])/;

function rankEarlier(fold: string, seg: Segment, q: Quantity): boolean {
  const chain = (lastBefore(seg.semis, q.prefixStart) ?? seg.sent.start - 1) + 1;
  const before = fold.slice(chain, q.prefixStart);
  // (or the index the ordinals place the province in: `In the Vietnam ICT Index we climbed from 31st in 2019 to 24th`)
  return reRankWord.test(before) || reRankStepWord.test(before) || (reRankedIndex.test(before) && !reOrdinalOfTime.test(fold.slice(q.end, q.end + 16))) || outOf(fold.slice(q.end, q.end + 24)) !== undefined;
}

/** The quantity of the sentence just before `q`, if any. */
function previousQuantity(seg: Segment, q: Quantity): Quantity | undefined {
  let prev: Quantity | undefined;
  for (const x of seg.quantities) {
    if (x.start >= q.start) break;
    prev = x;
  }
  return prev;
}

export function readRole(doc: Doc, seg: Segment, item: Item): RoleReading {
  const r = roleOf(doc, seg, item);
  const noFigure = r.role === 'increment' || r.role === 'conversion' || r.role === 'denominator' || r.role === 'fraction' || r.role === 'band' || r.role === 'rankMove' || r.role === 'superseded';
  return doc.without.has('roles') && noFigure ? { role: 'level', evidence: [ev('role.bare')] } : r;
}

/**
 * A change put another way right after a change of the other kind (`up 17 per cent, or VND1.37 trillion`, `tăng 1.370
 * tỷ đồng, tương ứng 17%`): an amount after a change in per cent is an increment, a percentage after an increment the
 * change in per cent, with the sign of the verb before the first.
 */
function restatedChange(fold: string, seg: Segment, q: Quantity, prev: Quantity | undefined): RoleReading | undefined {
  if (!prev || prev.percent === q.percent || prev.surfaceEnd > q.prefixStart || !reChangeRestated.test(fold.slice(prev.surfaceEnd, q.prefixStart))) return undefined;
  const prevClause = (lastBefore(seg.bounds, prev.prefixStart) ?? seg.sent.start - 1) + 1;
  const verb = reChangeBefore.exec(tail(fold.slice(Math.max(prevClause, prev.prefixStart - 48), prev.prefixStart)));
  if (!verb) return undefined;
  if (!q.percent) return { role: 'increment', evidence: [] };
  return { role: 'change', sign: reChangeDown.test(verb[1]!.replace(/[\s\u00a0]+/g, ' ')) ? -1 : 1, evidence: [] };
}

// (not the last digits of a year: `from 31st in 2019 to 24th`)
const rankInRange = `(?:(?:${alt(r.rankRangeWords)})${S}*)?(?:(?<![\\d.,])\\d{1,2}(?:${alt(r.ordinalSuffixes)})?|${alt(Object.keys(r.ordinalNumbers))})(?![a-z0-9])`;
const reRangeAfter = new RegExp(`^${S}*(?:${alt(rangeWords)})${S}*${rankInRange}`);
const reRangeBefore = new RegExp(`${rankInRange}${S}*(?:${alt(rangeWords)})${S}*(?:(?:${alt(r.rankRangeWords)})${S}*)?$`);
/** `ranked fifth to 12th`, `từ thứ 5 đến thứ 12`: the bounds of a band of places, not a rank. */
const inRankRange = (before: string, after: string): boolean => reRangeAfter.test(after) || reRangeBefore.test(before);

function roleOf(doc: Doc, seg: Segment, item: Item): RoleReading {
  const read = roleFromWords(doc, seg, item);
  if (read.role !== 'rank') return read;
  const { fold } = doc.v;
  const { q, leader } = item;
  const start = leader ? leader.start : q.prefixStart;
  const end = leader ? leader.end : q.surfaceEnd;
  return inRankRange(fold.slice(Math.max(seg.sent.start, start - 40), start), fold.slice(end, Math.min(seg.sent.end, end + 24))) ? { role: 'band', evidence: [] } : read;
}

const reSignMark = /(?:\+|[▲▼↑↓△▽][\s\u00a0]*)$/u;
const reDownMark = /[▼↓▽]/u;

function roleFromWords(doc: Doc, seg: Segment, item: Item): RoleReading {
  const { fold, work } = doc.v;
  const { q, leader } = item;
  const { sent, bounds } = seg;
  const nb = lastBefore(bounds, q.prefixStart);
  const clauseStart = nb !== undefined ? nb + 1 : sent.start;
  const before = fold.slice(Math.max(clauseStart, q.prefixStart - 120), q.prefixStart);
  const after = fold.slice(q.surfaceEnd, Math.min(sent.end, q.surfaceEnd + 80));
  if (leader) {
    // `nhóm 10 địa phương dẫn đầu`, `among the top 10`: a band of places, not the first one
    if (reBand.test(fold.slice(Math.max(sent.start, leader.start - 48), leader.start))) return { role: 'band', evidence: [] };
    return { role: 'rank', evidence: [ev('role.leader')] };
  }
  if (!q.percent && !q.ordinal && isRankStep(after)) return { role: 'rankMove', evidence: [ev('role.rank-moved')] };
  // a number written with its plus sign or an arrow is a change (`+19 enterprises`, `▲ +12.4% y/y`, `▲ VND 61 billion vs 2023`)
  const signed = reSignMark.exec(work.slice(Math.max(clauseStart, q.prefixStart - 3), q.prefixStart));
  if (signed) return q.percent ? { role: 'change', sign: reDownMark.test(signed[0]) ? -1 : 1, evidence: [] } : { role: 'increment', evidence: [] };
  // a milestone passed by a figure the sentence gave before it (`đạt 9.040 tỷ đồng, … lần đầu tiên vượt ngưỡng 9 nghìn
  // tỷ đồng`) is no figure of its own; one a target is set at is the target (`phấn đấu cán mốc 5.000 tỷ đồng`)
  if (reMilestoneBefore.test(tail(before)) && !seg.targetMarks.some((m) => m.end <= q.prefixStart) && seg.quantities.some((x) => x.end <= q.prefixStart && x.currency === q.currency && x.percent === q.percent)) return { role: 'superseded', evidence: [] };
  // `VND9.7 trillion (US$422 million)`: the same amount in another currency
  const prev = previousQuantity(seg, q);
  if (prev && q.currency && prev.currency && prev.currency !== q.currency && reConversion.test(work.slice(prev.surfaceEnd, q.prefixStart).toLowerCase())) return { role: 'conversion', evidence: [] };
  // `trên tổng số 1.616 TTHC`, `1,024 of the province's 1,890 procedures`: the total a figure is part of
  if (!q.percent && reDenominator.test(tail(before))) return { role: 'denominator', evidence: [] };
  if (!q.percent && prev && prev.surfaceEnd >= clauseStart && !prev.percent && reDenominatorAfterFigure.test(fold.slice(prev.surfaceEnd, q.prefixStart))) return { role: 'denominator', evidence: [] };
  if (!q.percent && prev && prev.percent && prev.surfaceEnd >= clauseStart && reShareBase.test(fold.slice(prev.surfaceEnd, q.prefixStart))) return { role: 'denominator', evidence: [] };
  if (q.percent && growthRateBefore(fold, seg, q)) return { role: 'change', sign: 1, evidence: [] };
  const restated = restatedChange(fold, seg, q, prev);
  if (restated) return restated;
  // `đạt 101,4% kế hoạch năm (3.600 tỷ đồng)`: a value alone in brackets after a target word is that target
  if (nb !== undefined && work[nb] === '(' && !/\S/.test(work.slice(nb + 1, q.prefixStart)) && reTargetBeforeBracket.test(tail(fold.slice(Math.max(sent.start, nb - 60), nb))))
    return { role: 'targetValue', evidence: [ev('role.target-value')] };
  // the words that give a number its role stand right before it: a short tail keeps the end-anchored patterns cheap
  if (reMisstated.test(fold.slice(Math.max(sent.start, q.prefixStart - 200), q.prefixStart)) || reHearsay.test(fold.slice(sent.start, sent.end))) return { role: 'superseded', evidence: [] };
  if (publishedBeforeRevision(doc, seg, q)) return { role: 'superseded', evidence: [] };
  const read = fromWords(before.length > 48 ? before.slice(-48) : before, after, q.percent, q.points, q.ordinal);
  if (read.role === 'level' && reRankOrdinal.test(doc.v.lower.slice(Math.max(clauseStart, q.prefixStart - 12), q.prefixStart))) return { role: 'rank', evidence: [ev('role.rank-words')] };
  // `Điểm DTI 2024 của tỉnh đạt 0,5437`: a fraction of one in a clause that opens with a score word
  const value = Number(`${q.value.digits}e${q.value.exp}`);
  if (read.role === 'level' && !q.percent && !q.currency && value > 0 && value < 1 && reScoreOpener.test(fold.slice(clauseStart, q.prefixStart))) return { role: 'score', evidence: [ev('role.score-words')] };
  // scores in the catalogue run from 0 to 1: `182 điểm` counts points of service
  if (read.role === 'score' && Number(`${q.value.digits}e${q.value.exp}`) > 1) return { role: 'level', evidence: [ev('role.bare')] };
  // `ranked 20th in 2020, 14th in 2021 and 9th in 2022`: ordinals after a rank in the same clause chain are ranks
  if (q.ordinal && read.role !== 'rank') return rankEarlier(fold, seg, q) ? { role: 'rank', evidence: [ev('role.rank-words')] } : { role: 'increment', evidence: [] };
  if (q.slashAfter && read.role !== 'rank') return { role: 'fraction', evidence: [] };
  return read;
}
