import type { Qualifier } from '@chiso/shared';
import type { Doc } from '../document';
import type { Candidate } from '../facts';
import type { Quantity } from '../numbers';
import { alt, anyOf, endsWithOne, S } from '../patterns';
import type { Span } from '../structure';
import { changeDown, changeFillers, changeUp, listJoiners, numberWords, rangeWords, rankBefore, scoreOpeners, sinceWords, yearCountLeads, yearListBaseLinks, yearListFillers, yearListOpeners, yearsWord } from '../vocabulary/index';
import type { CompiledIndicator } from '../words';
import type { YearMention } from '../years';
import { readApprox } from './attributes';
import { ev } from './evidence';
import { outOf, outOfLength, publishedBeforeRevision } from './roles';
import { readScope } from './scope';
import { firstFrom, lastBefore, reOnlyJoiners, type Segment } from './segment';
import { chooseIndicator, facetsFit, facetsOfSpan, kindOf, nounPhrase, unitFits, type Kind, type Windows } from './subject';
import type { Context } from './sentence';
import { makeCandidate } from './candidate';

/**
 * Lists: subjects and values in the same order (`doanh thu CNTT và kim ngạch xuất khẩu lần lượt đạt A và B`, `A and
 * B reached X and Y respectively`, `các năm 2020, 2021 lần lượt là …`), and values listed with their years
 * (`18%, 21% và 33% vào các năm 2024, 2026 và 2030`). Returns the quantities it read.
 */
const reJoin = new RegExp(`,|${S}(?:${alt(listJoiners)})${S}`, 'g');
const reYearListOpen = new RegExp(
  `^${S}*(?:(?:${alt(yearListOpeners)})${S}+)?(?:(?:${alt(yearCountLeads)})${S}+)?(?:(?:\\d+|${alt(numberWords)})${S}+(?:${alt(yearsWord)})${S}+)?$`,
);
const reYearListLead = endsWithOne(yearListOpeners.filter((w) => w.includes(' ')));
/** `13% and 15% of GRDP in 2024 and 2025`: the shares' base, then the word before the years. */
const reBaseThenYear = new RegExp(`^${S}*(?:${alt(yearListBaseLinks)})${S}+[^\\d]{1,30}?${S}(?:${alt(yearListFillers)})${S}*$`);
/** The words between values and their years: an opener (`vào các năm`), after the shares' base too (`15% và 30% GRDP của tỉnh vào các năm 2026 và 2030`). */
const opensYearList = (between: string): boolean => reYearListOpen.test(between) || (between.length <= 48 && !/[\d,;.()]/.test(between) && (reYearListLead.test(between.trimEnd()) || reBaseThenYear.test(between)));
const reListSemis = new RegExp(`^(?:${S}|[,;]|(?:${alt(listJoiners)}))*$`);
const reYearJoiners = new RegExp(`^(?:${S}|,|(?:${alt([...listJoiners, ...yearListFillers])}))*$`);
const reRankWords = anyOf(rankBefore);
/** Words of a score (`điểm số`, `score`) before a figure. */
export const reScoreWords = anyOf(scoreOpeners);

const reLabelAfterJoiner = new RegExp(`^(?:${S}|,|(?:${alt(listJoiners)}))*${S}([a-z][a-z0-9 ]{0,24}?)${S}*$`);
/** `DTI 2020, DTI 2021 và DTI 2022`: between two years of a list, the label the year before also has. */
function repeatsLabel(fold: string, prev: YearMention, y: YearMention): boolean {
  const label = reLabelAfterJoiner.exec(fold.slice(prev.end, y.start))?.[1];
  return label !== undefined && fold.slice(prev.start - label.length - 1, prev.start).trimEnd().endsWith(label) && /\s/.test(fold[prev.start - 1] ?? '');
}

/** The runs of plain years in [from, to) whose items only joiners separate, in order. */
function yearRunsIn(doc: Doc, seg: Segment, from: number, to: number): YearMention[][] {
  const runs: YearMention[][] = [];
  for (const y of seg.years) {
    if (y.start < from || y.end > to || y.role !== 'plain' || y.relative) continue;
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && (reYearJoiners.test(doc.v.fold.slice(prev.end, y.start)) || repeatsLabel(doc.v.fold, prev, y))) run!.push(y);
    else runs.push([y]);
  }
  return runs;
}

/** The last run of years in [from, to), or none. */
const yearRunIn = (doc: Doc, seg: Segment, from: number, to: number): YearMention[] => yearRunsIn(doc, seg, from, to).pop() ?? [];

/** The years of a list of values: a run right after them (`… 15% và 30% vào năm 2025 và năm 2030`) or one before the marker (`trong các năm 2020, 2021 và 2022, X lần lượt xếp thứ 41, 33 và 24`). */
function listYears(doc: Doc, seg: Segment, values: Quantity[], chainA: number, marker: number): YearMention[] | undefined {
  const last = values[values.length - 1]!;
  // (past what the last rank is out of: `41, 36 và 27/63 trong các năm 2021, 2022 và 2023`, `27/63 tỉnh, thành phố vào các năm`)
  const from = last.surfaceEnd + outOfLength(doc.v.fold.slice(last.surfaceEnd, last.surfaceEnd + 40));
  // (the first run after them: `41, 35 và 27 trong các năm 2020, 2021 và 2022, trước khi vươn lên vị trí 18 năm 2023`)
  const after = yearRunsIn(doc, seg, from, firstFrom(seg.semis, from) ?? seg.sent.end)[0] ?? [];
  if (after.length === values.length && opensYearList(doc.v.fold.slice(from, after[0]!.start))) return after;
  const before = yearRunIn(doc, seg, chainA, marker);
  if (before.length === values.length) return before;
  const range = yearRangeIn(doc, seg, chainA, marker, values.length);
  if (range) return range;
  // `A lần lượt đạt 350 và 600; B lần lượt đạt 6.000 và 10.000 vào các năm 2025 và 2030`: years ending the sentence serve each list in it
  const closing = yearRunIn(doc, seg, last.surfaceEnd, seg.sent.end);
  const closes = closing.length === values.length && /^[\s\u00a0.;)]*$/.test(doc.v.fold.slice(closing[closing.length - 1]!.end, seg.sent.end));
  return closes && reYearListLead.test(doc.v.fold.slice(Math.max(last.surfaceEnd, closing[0]!.start - 24), closing[0]!.start)) ? closing : undefined;
}

const reRangeJoin = new RegExp(`^${S}*(?:${alt(rangeWords)}|–|—)${S}*$`);
const reRangeOpen = endsWithOne([...sinceWords, ...yearListOpeners, 'from', 'between']);

/**
 * `các năm từ 2020 đến 2024 lần lượt là 8,4%; 21,7%; …`: a range of as many years as there are values, one value
 * per year (a period's total has one value, not one per year).
 */
function yearRangeIn(doc: Doc, seg: Segment, from: number, to: number, n: number): YearMention[] | undefined {
  const ys = seg.years.filter((y) => y.start >= from && y.end <= to && !y.relative);
  for (let k = 0; k + 1 < ys.length; k++) {
    const a = ys[k]!;
    const b = ys[k + 1]!;
    if (b.year - a.year + 1 !== n) continue;
    const spanned = a.role === 'span' && b.role === 'span';
    const written = reRangeJoin.test(doc.v.fold.slice(a.end, b.start)) && reRangeOpen.test(doc.v.fold.slice(Math.max(from, a.start - 16), a.start));
    if (spanned || written) return Array.from({ length: n }, (_, i): YearMention => ({ start: a.start, end: b.end, year: a.year + i, role: 'plain' }));
  }
  return undefined;
}

function splitParts(fold: string, from: number, to: number): Span[] {
  const subject = fold.slice(from, to);
  const parts: Span[] = [];
  let s = 0;
  let m: RegExpExecArray | null;
  reJoin.lastIndex = 0;
  while ((m = reJoin.exec(subject))) {
    parts.push({ start: from + s, end: from + m.index });
    s = m.index + m[0].length;
  }
  parts.push({ start: from + s, end: to });
  return parts;
}

function qualifierOf(doc: Doc, seg: Segment, ctx: Context, year: number, at: number, chainA: number): Qualifier {
  const targetWord = seg.targetMarks.some((t) => t.end <= at) || ctx.heading.target;
  if (targetWord || (doc.reportYear !== undefined && year > doc.reportYear)) return 'target';
  return seg.estimateMarks.some((e) => e.end <= at && e.start >= chainA) ? 'estimate' : 'actual';
}

export function readLists(doc: Doc, seg: Segment, ctx: Context, out: Candidate[]): Set<Quantity> {
  const handled = new Set<Quantity>();
  for (const r of seg.matches) if (doc.words.respectively.has(r.id)) readRespectively(doc, seg, ctx, r, handled, out);
  readValueYears(doc, seg, ctx, handled, out);
  return handled;
}

function emit(doc: Doc, seg: Segment, ctx: Context, q: Quantity, ind: CompiledIndicator, year: number, qualifier: Qualifier, approxFrom: number, w: Windows, evidenceCode: 'subject.respectively' | 'subject.clause', out: Candidate[], kind: Kind = kindOf(q, 'level')): void {
  const approx = readApprox(doc.v.fold.slice(approxFrom, q.prefixStart), doc.v.fold.slice(q.surfaceEnd, q.surfaceEnd + 24));
  const scope = readScope({ doc, seg, q, kind, indicator: ind, w, whole: undefined, approx, unitStart: ctx.block.start });
  if (scope.out) return;
  const cand = makeCandidate(doc, seg.sent, ctx.block, { q, ind, kind, year, qualifier, approx, evidence: [ev(evidenceCode), ev('year.list'), ...scope.evidence], rule: `${kind}.list` });
  if (cand) out.push(cand);
}

/**
 * The figures that may be items of a list: not a fraction or a date (`11/12`, `15/6/2025`), but a rank with what it is
 * out of (`41, 36 và 27/63`), whose denominator is no item of its own.
 */
function listItems(doc: Doc, quantities: readonly Quantity[]): Set<Quantity> {
  const out = new Set<Quantity>();
  const { work } = doc.v;
  quantities.forEach((q, i) => {
    const prev = quantities[i - 1];
    if (prev?.slashAfter && work[q.start - 1] === '/' && prev.surfaceEnd === q.start - 1) return;
    // (a denominator above 31, as provinces are counted: `10/12` may be a day of December)
    if (q.slashAfter && !((outOf(work.slice(q.surfaceEnd, q.surfaceEnd + 6)) ?? 0) > 31)) return;
    out.add(q);
  });
  return out;
}

/** The index of the first value that words other than joiners part from the one before (past what a rank is out of), or -1. */
function firstGap(fold: string, values: Quantity[]): number {
  return values.findIndex((q, k) => {
    if (k === 0) return false;
    const between = fold.slice(values[k - 1]!.surfaceEnd, q.prefixStart);
    return !reOnlyJoiners.test(between.slice(outOfLength(between)));
  });
}

/** The figure each copy made by `sharedPercent` stands for: marking one handled marks both. */
const originalOf = new WeakMap<Quantity, Quantity>();
function markHandled(handled: Set<Quantity>, q: Quantity): void {
  handled.add(q);
  const original = originalOf.get(q);
  if (original) handled.add(original);
}

/**
 * `15, 19 and 25 per cent`: bare numbers joined to a last percentage share its unit. Returns the values with the bare
 * ones as percentages (copies), or undefined when the list is not written so.
 */
function sharedPercent(fold: string, values: Quantity[]): Quantity[] | undefined {
  const last = values[values.length - 1];
  if (values.length < 2 || !last?.percent) return undefined;
  const head = values.slice(0, -1);
  if (!head.every((q) => !q.percent && !q.currency && q.scale === 0 && !q.ordinal && q.max === undefined && !q.slashAfter)) return undefined;
  if (!values.every((q, k) => k === 0 || reOnlyJoiners.test(fold.slice(values[k - 1]!.surfaceEnd, q.prefixStart)))) return undefined;
  return [
    ...head.map((q) => {
      const copy: Quantity = { ...q, percent: true };
      originalOf.set(copy, q);
      return copy;
    }),
    last,
  ];
}

/** What a list's values are: ranks (ordinals, or rank words right before them), scores, or levels of their unit. */
function listKind(fold: string, first: Quantity, from: number, leadEnd: number): Kind {
  const lead = fold.slice(Math.max(from, leadEnd - 24), first.prefixStart);
  if (first.percent) return kindOf(first, 'level');
  // (or scores: `với điểm số tương ứng là 0,3105; 0,4236 và 0,5011`)
  return first.ordinal || reRankWords.test(lead) ? 'rank' : reScoreWords.test(lead) ? 'score' : kindOf(first, 'level');
}

const reRestatedAfter = new RegExp(`^${S}*(?:(?:${alt([...changeUp, ...changeDown])})${S}*)?(?:(?:${alt(changeFillers)})${S}*)?$`);

function readRespectively(doc: Doc, seg: Segment, ctx: Context, r: { start: number; end: number }, handled: Set<Quantity>, out: Candidate[]): void {
  const { sent, semis, bounds, quantities, years } = seg;
  const { fold, work } = doc.v;
  const chainA = (lastBefore(semis, r.start) ?? lastBefore(bounds.filter((b) => work[b] === ':'), r.start) ?? sent.start - 1) + 1;
  const semiAfter = firstFrom(semis, r.end) ?? sent.end;
  const listable = listItems(doc, quantities);
  let values = quantities.filter((q) => q.start > r.end && q.start < semiAfter && listable.has(q));
  // the list ends at the run of its years (`41, 35 và 27 trong các năm 2020, 2021 và 2022, trước khi vươn lên vị trí 18
  // năm 2023`)
  const run = values.length > 2 ? yearRunsIn(doc, seg, values[0]!.surfaceEnd, semiAfter).find((ys) => ys.length >= 2) : undefined;
  if (run && values.filter((q) => q.start < run[0]!.start).length === run.length) values = values.filter((q) => q.start < run[0]!.start);
  // `lần lượt là 8,4%; 21,7%; 35,2% và 63,5%`: values that semicolons alone separate are one list
  if (values.length === 1) {
    const rest = quantities.filter((q) => q.start > values[0]!.end && listable.has(q));
    for (const q of rest) {
      if (!reListSemis.test(fold.slice(values[values.length - 1]!.surfaceEnd, q.prefixStart)) || q.percent !== values[0]!.percent) break;
      values.push(q);
    }
  }
  // (values published before, in a sentence that revises them, are withdrawn)
  if (values.length && publishedBeforeRevision(doc, seg, values[0]!)) {
    for (const q of values) markHandled(handled, q);
    return;
  }
  // one value right after the marker is what the marker restates (`tăng 12,7%, tương ứng tăng 392,7 tỷ đồng`), no list
  if (values.length === 1 && reRestatedAfter.test(fold.slice(r.end, values[0]!.prefixStart))) return;
  let subjectEnd = r.start;
  // English: `A and B reached X and Y, respectively`: the values stand before the marker
  if (values.length < 2) {
    values = quantities.filter((q) => q.start >= chainA && q.end <= r.start && listable.has(q));
    if (values.length < 2) return;
    subjectEnd = values[0]!.prefixStart;
  }
  values = sharedPercent(fold, values) ?? values;
  // values with a list of years: one subject for all, each value its year
  let yearsOfValues = values.every((q) => q.percent === values[0]!.percent) ? listYears(doc, seg, values, chainA, r.start) : undefined;
  // (the values may run into a second list of their own: `lần lượt xếp thứ 38, 31 và 24/63, với điểm số tương ứng là
  // 0,3105; 0,4236 và 0,5011`: the first list ends where words other than joiners stand between two values)
  if (!yearsOfValues && subjectEnd === r.start) {
    const gap = firstGap(fold, values);
    const head = gap > 1 ? values.slice(0, gap) : undefined;
    const ys = head && head.every((q) => q.percent === head[0]!.percent) ? listYears(doc, seg, head, chainA, r.start) : undefined;
    if (ys) [values, yearsOfValues] = [head!, ys];
  }
  if (yearsOfValues) {
    // (the words before the values, wherever the marker stands: `ranked 31st, 25th and 19th in 2016, 2017 and 2018 respectively`)
    const kind = listKind(fold, values[0]!, chainA, Math.min(r.start, values[0]!.prefixStart));
    const rank = kind === 'rank';
    const last = values[values.length - 1]!;
    const trailEnd = Math.min(firstFrom(bounds, last.surfaceEnd) ?? sent.end, yearsOfValues[0]!.start > last.start ? yearsOfValues[0]!.start : sent.end);
    const win: Windows = { near: [chainA, values[0]!.prefixStart], far: [sent.start, values[0]!.prefixStart], trail: [last.surfaceEnd, trailEnd] };
    const np = nounPhrase(doc, seg, values[0]!, chainA, win.trail);
    const fits = (ind: CompiledIndicator): boolean => unitFits(kind, values[0], ind.unit) && facetsFit(ind, np);
    const choice = chooseIndicator(doc.words, doc.matches, win, fits) ?? (rank && ctx.memory.lastIndex ? chooseIndicator(doc.words, doc.matches, { ...win, context: [ctx.memory.lastIndex.start, ctx.memory.lastIndex.end] }, fits) : undefined);
    if (!choice) return;
    values.forEach((q, k) => {
      markHandled(handled, q);
      const y = yearsOfValues[k]!.year;
      emit(doc, seg, ctx, q, choice.indicator, y, qualifierOf(doc, seg, ctx, y, q.prefixStart, chainA), k === 0 ? r.end : values[k - 1]!.surfaceEnd, win, 'subject.respectively', out, kind);
    });
    return;
  }
  const parts = splitParts(fold, chainA, subjectEnd);
  // `A và B tiếp nhận lần lượt 2.516 và 1.326 ý kiến, nâng tổng số lên 3.842 ý kiến`: the list ends with its subjects
  if (values.length > parts.length && parts.length >= 2 && !reOnlyJoiners.test(fold.slice(values[parts.length - 1]!.surfaceEnd, values[parts.length]!.prefixStart))) values = values.slice(0, parts.length);
  // (or where words other than joiners stand between two values: `lần lượt ước đạt 2.315 tỷ đồng và 4.120 tỷ đồng, tăng
  // 17,5% và 8,6%`)
  if (values.length > parts.length && subjectEnd === r.start) {
    const gap = firstGap(fold, values);
    if (gap >= 2 && gap <= parts.length) values = values.slice(0, gap);
  }
  const used = parts.slice(-values.length);
  if (used.length !== values.length) return;
  const yearsOfParts = used.map((p) => years.find((y) => y.start >= p.start && y.end <= p.end && y.role === 'plain'));
  const allYears = yearsOfParts.every((y) => y);
  // (the words between the marker and the values qualify them too: `lần lượt ước đạt 2.315 tỷ đồng và 4.120 tỷ đồng`)
  const qualifierEnd = r.end <= values[0]!.prefixStart ? values[0]!.prefixStart : r.start;
  let listed = false;
  values.forEach((q, k) => {
    const part = used[k]!;
    const kind = kindOf(q, 'level');
    const trail: [number, number] = [q.surfaceEnd, q.surfaceEnd];
    const win: Windows = allYears ? { near: [chainA, subjectEnd], far: [sent.start, subjectEnd], trail } : { near: [part.start, part.end], far: [part.start, part.end], trail };
    // each subject's facets are its own part's (`tỷ trọng kinh tế số trong GRDP và tỷ lệ hồ sơ …`), not the whole list's
    const np = allYears ? nounPhrase(doc, seg, q, win.near[0], trail) : facetsOfSpan(doc, part.start, part.end);
    const choice = chooseIndicator(doc.words, doc.matches, win, (ind) => unitFits(kind, q, ind.unit) && facetsFit(ind, np));
    if (!choice) return;
    listed = true;
    markHandled(handled, q);
    const y = allYears ? yearsOfParts[k]!.year : (years.filter((yy) => yy.start < r.start && yy.role === 'plain').pop()?.year ?? ctx.paragraphYear ?? ctx.heading.year ?? doc.reportYear);
    if (y === undefined) return;
    emit(doc, seg, ctx, q, choice.indicator, y, qualifierOf(doc, seg, ctx, y, qualifierEnd, chainA), r.end < q.start ? r.end : part.start, win, 'subject.respectively', out);
  });
  // a value whose subject in the list is none of the catalogue's (`doanh thu viễn thông`) is that subject's, no other's
  if (listed && subjectEnd === r.start && used.length >= 2) for (const q of values) markHandled(handled, q);
}

/** `18%, 21% và 33% vào các năm 2024, 2026 và 2030`: a run of values, then a run of as many years. */
function readValueYears(doc: Doc, seg: Segment, ctx: Context, handled: Set<Quantity>, out: Candidate[]): void {
  const { fold } = doc.v;
  const listable = listItems(doc, seg.quantities);
  const qs = seg.quantities.filter((q) => !handled.has(q) && listable.has(q));
  for (let i = 0; i < qs.length; i++) {
    // the run of values joined by `,` / `và` / `and`
    let j = i;
    while (j + 1 < qs.length && qs[j + 1]!.percent === qs[i]!.percent && reOnlyJoiners.test(fold.slice(qs[j]!.surfaceEnd, qs[j + 1]!.prefixStart))) j++;
    // (or bare numbers that share the unit of a last percentage: `15, 19 and 25 per cent of GRDP for 2025, 2027 and 2030`)
    const shared = !qs[i]!.percent && j + 1 < qs.length && qs[j + 1]!.percent ? sharedPercent(fold, qs.slice(i, j + 2)) : undefined;
    if (shared) j++;
    const run = shared ?? qs.slice(i, j + 1);
    if (run.length < 2) continue;
    const last = run[run.length - 1]!;
    const ys: YearMention[] = [];
    // (past what the last rank is out of: `41st, 36th, 32nd and 27th out of 63 provinces in the 2020, 2021, 2022 and 2023 editions`)
    let at = last.surfaceEnd + outOfLength(fold.slice(last.surfaceEnd, last.surfaceEnd + 40));
    const opener = /^[^\d]*/.exec(fold.slice(at, at + 50))![0];
    if (!opensYearList(opener)) {
      i = j;
      continue;
    }
    for (const y of seg.years) {
      if (y.start < at || y.role !== 'plain' || y.relative) continue;
      const between = fold.slice(at, y.start);
      if (ys.length === 0 ? !opensYearList(between) : !reOnlyJoiners.test(between)) break;
      ys.push(y);
      at = y.end;
    }
    if (ys.length !== run.length) {
      i = j;
      continue;
    }
    const first = run[0]!;
    const clause = (lastBefore(seg.bounds.filter((b) => b < first.prefixStart && fold[b] !== ','), first.prefixStart) ?? seg.sent.start - 1) + 1;
    const kind = listKind(fold, first, clause, first.prefixStart);
    // (a rank's index may be named after its years: `… in the 2020, 2021, 2022 and 2023 editions of the Provincial Digital
    // Transformation Index (DTI)`)
    const trailEnd = kind === 'rank' ? (firstFrom(seg.bounds, ys[ys.length - 1]!.end) ?? seg.sent.end) : ys[0]!.start;
    const win: Windows = { near: [clause, first.prefixStart], far: [Math.max(seg.sent.start, first.prefixStart - 260), first.prefixStart], trail: [last.surfaceEnd, trailEnd] };
    const np = nounPhrase(doc, seg, first, clause, win.trail);
    const choice = chooseIndicator(doc.words, doc.matches, win, (ind) => unitFits(kind, first, ind.unit) && facetsFit(ind, np));
    if (choice) {
      run.forEach((q, k) => {
        markHandled(handled, q);
        const y = ys[k]!.year;
        emit(doc, seg, ctx, q, choice.indicator, y, qualifierOf(doc, seg, ctx, y, q.prefixStart, clause), k === 0 ? clause : run[k - 1]!.surfaceEnd, win, 'subject.clause', out);
      });
    }
    i = j;
  }
}
