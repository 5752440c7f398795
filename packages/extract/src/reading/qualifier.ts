import type { Qualifier } from '@chiso/shared';
import { alt, S } from '../patterns';
import { qualifierWords } from '../vocabulary/index';
import type { Doc } from '../document';
import type { Quantity } from '../numbers';
import type { YearMention } from '../years';
import { ev, type Evidence } from './evidence';
import type { Role } from './roles';
import { inBracket, lastBefore, type Segment } from './segment';
import type { Heading } from './year';

/**
 * Stage 6, the qualifier: a result, an estimate (`ước đạt`) or a target (`kế hoạch`, `phấn đấu`, `đề nghị … bảo
 * đảm đạt`, a target named after the result, a year after the report's, a section of plans). A target word counted
 * or met (`đạt 8/10 chỉ tiêu`, `vượt kế hoạch`) sets no target (segment); an aside about a comparison year is a result.
 */
export interface QualifierInput {
  doc: Doc;
  seg: Segment;
  q: Quantity;
  role: Role;
  heading: Heading;
  /** Where the words of this figure start (the end of the figure before it). */
  since: number;
}

const reForecast = new RegExp(`(?<![a-z0-9])(?:${alt(qualifierWords.forecast)})(?![a-z0-9])`);
const reRelativeClause = new RegExp(`^[\\s\\u00a0,]*(?:${alt(qualifierWords.relativeOpeners)})(?![a-z0-9])[^,;.]*$`);
/** A comma, perhaps a turn, then the words of a result (`, ước thực hiện`, `, song kết quả`): what follows is no target. */
export const resultTurn = `[,;]${S}*(?:(?:${alt(qualifierWords.resultTurnLinks)})${S}+)?(?:${alt(qualifierWords.resultAfterTarget)})(?![a-z0-9])`;
const reResultTurn = new RegExp(`${resultTurn}[^,;]*$`);
/** Whether a target word governs the figure: one before it in its sentence (not in a bracket it is not in), its role, or its section. */
export function targetWordOf(s: QualifierInput, bound: YearMention | undefined, viaComparison: boolean): { target: boolean; heading: boolean } {
  const { seg, q, role, heading } = s;
  const own = inBracket(seg, q.start);
  // an aside with its own estimate word or an earlier year (`Chỉ tiêu năm 2024 … 1.850 tỷ đồng (năm 2023 ước đạt 1.702 tỷ đồng)`) is the base, not the target
  const plain = seg.years.filter((y) => y.role === 'plain' && !y.relative);
  // the year the sentence is about before the bracket, else the report's
  const outer = Math.max(s.doc.reportYear ?? -Infinity, ...plain.filter((y) => own !== undefined && y.end <= own.start).map((y) => y.year));
  const estimatedAside =
    own !== undefined &&
    (seg.estimateMarks.some((m) => inBracket(seg, m.start) === own && m.end <= q.prefixStart) || plain.some((y) => y.start > own.start && y.end <= q.prefixStart && y.year < outer));
  // (not a target the words turn away from after a comma: `kế hoạch 60%, ước thực hiện 58,3%`)
  const turned = (m: { end: number }) => reResultTurn.test(s.doc.v.fold.slice(m.end, q.prefixStart));
  // (nor one in a relative clause of a figure before: `vượt chỉ tiêu 50% mà Nghị quyết HĐND tỉnh đề ra; tỷ lệ trễ hạn 1,1%`)
  const ofFigureBefore = (m: { start: number }) => {
    const before = seg.quantities.filter((x) => x !== q && x.surfaceEnd <= m.start).pop();
    return before !== undefined && reRelativeClause.test(s.doc.v.fold.slice(before.surfaceEnd, m.start));
  };
  const word = role === 'targetValue' || seg.targetMarks.some((m) => m.end <= q.prefixStart && !turned(m) && !ofFigureBefore(m) && (inBracket(seg, m.start) === own || (!inBracket(seg, m.start) && !estimatedAside)));
  if (word) return { target: true, heading: false };
  // (nor over a figure its own clause estimates: `Năm 2023, kinh tế số … ước chiếm 12,6% GRDP` under `Mục tiêu đến năm 2025 và 2030`)
  const clauseStart = lastBefore(seg.bounds, q.prefixStart) ?? seg.sent.start;
  const estimated = seg.estimateMarks.some((m) => m.start >= clauseStart && m.end <= q.prefixStart);
  const byHeading = heading.target && !viaComparison && !estimatedAside && !estimated && (!bound || !heading.year || bound.year === heading.year);
  return { target: byHeading, heading: byHeading };
}

export function readQualifier(s: QualifierInput, year: number, bound: YearMention | undefined, viaComparison: boolean): { qualifier: Qualifier; evidence: Evidence[] } {
  const { doc, seg, q, role } = s;
  if (doc.without.has('qualifiers')) return { qualifier: 'actual', evidence: [] };
  const report = doc.reportYear ?? year;
  const { target, heading } = targetWordOf(s, bound, viaComparison);
  // `Ước đến cuối năm 2025, …`: an estimate word opening the sentence governs all its figures
  const firstFigure = seg.quantities[0]?.start ?? seg.sent.end;
  const estimateBetween = seg.estimateMarks.some((m) => (m.start >= s.since && m.end <= q.prefixStart) || (m.end <= firstFigure && m.start < seg.sent.start + 8));
  if (!viaComparison && target && (!bound || (bound.relative === 'now' ? year : bound.year) >= report || role === 'targetValue')) return { qualifier: 'target', evidence: [ev(heading ? 'qualifier.target-heading' : 'qualifier.target-word')] };
  // a figure for a year after the report's is a plan, even when `dự kiến` / `expected` says so, unless the text was
  // written in the second half of that year (`October 2024 … expected to reach about VND9.3 trillion in 2024`)
  const yearUnderWay = doc.dated !== undefined && doc.dated.year === year && doc.dated.month >= 7;
  if (!viaComparison && year > report && estimateBetween && yearUnderWay) return { qualifier: 'estimate', evidence: [ev('qualifier.estimate-word')] };
  // (nor a forecast's, in a sentence that names no target: `Under the base case, ICT revenue reaches VND19.1 trillion in 2025`)
  if (!viaComparison && year > report && !seg.targetMarks.length && reForecast.test(doc.v.fold.slice(seg.sent.start, q.prefixStart))) return { qualifier: 'estimate', evidence: [ev('qualifier.estimate-word')] };
  if (!viaComparison && year > report) return { qualifier: 'target', evidence: [ev('qualifier.future-year')] };
  // `Ước cả năm 2024 đạt 242 tỷ đồng (năm 2023: 230 tỷ đồng)`: an earlier year's value in brackets is its result
  const pastAside = inBracket(seg, q.start) !== undefined && bound !== undefined && bound.year < report && !seg.estimateMarks.some((m) => inBracket(seg, m.start) === inBracket(seg, q.start));
  if (!viaComparison && estimateBetween && !pastAside) return { qualifier: 'estimate', evidence: [ev('qualifier.estimate-word')] };
  return { qualifier: 'actual', evidence: seg.targetMarks.length || seg.estimateMarks.length || s.heading.target ? [ev('qualifier.plan-words')] : [] };
}
