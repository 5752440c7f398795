import type { Approx, Block } from '@chiso/shared';
import type { Doc } from '../document';
import type { Candidate } from '../facts';
import type { Quantity } from '../numbers';
import type { Span } from '../structure';
import { alt, endsWithOne, S } from '../patterns';
import { firstAtOrAfter } from '../search';
import { fold } from '../text';
import { attendantOpeners, leadInYearBefore, changeDown, changeUp, clauseLinks, listJoiners, moveFrom as moveFromWords, mergedAwayVerbs, onlyJustVerbs, partOpeners, shareBaseLinks, sourceOpeners, targetYearBefore, valueComparedBefore, yearWords } from '../vocabulary/index';
import type { CompiledIndicator } from '../words';
import type { YearMention } from '../years';
import { readApprox } from './attributes';
import { makeCandidate } from './candidate';
import { ev, type Evidence } from './evidence';
import { readLists, reScoreWords } from './lists';
import { readQualifier, targetWordOf } from './qualifier';
import { isComparisonAside, isMoveEnd, outOf, readRole, reVerbClauseAfter, type RoleReading } from './roles';
import { isPartAfter, partStretches, readScope } from './scope';
import { announcedYearOf, firstFrom, hasFigure, hasMatch, inBracket, lastBefore, segment, topicYearOf, type Segment } from './segment';
import { indexPhrases, isPerThousand, kindOf, leadingNoun, namesIndicator, nounPhrase, readSubject, type FitContext, type Kind, type Windows } from './subject';
import { comparisonYear, readYear, type Heading } from './year';

const reOnlyJust = new RegExp(`^${S}+(?:${alt(onlyJustVerbs)})(?![a-z0-9])`);
const newWord = fold('mới');
/** A mark of a flow (`mới`, `lắp đặt mới`, `licensed`) in [a, b), not `mới` meaning `only, just` before a verb. */
function flowIn(doc: Doc, seg: Segment, a: number, b: number): boolean {
  const { fold: folded } = doc.v;
  return hasMatch(seg, doc.words.flow, a, b, (m) => !(folded.slice(m.start, m.end) === newWord && reOnlyJust.test(folded.slice(m.end, m.end + 14))));
}

/**
 * Reading a sentence: a pipeline of named stages, each a pure function of the sentence and the figure, each
 * returning its evidence: segment → numbers and roles → subject noun phrase → scope → year → qualifier → attributes.
 * This module runs them over the sentence's figures in reading order and keeps what a figure hands to the next: the
 * figure changes and plan attainment attach to (the host), the start of a move waiting for its end, the year a
 * figure bound.
 */
export interface Context {
  doc: Doc;
  heading: Heading;
  paragraphYear?: number;
  lastYear?: number;
  /** The period of the last figure read: `Trong đó, …` after a figure of nine months speaks of those nine months. */
  lastPeriod?: 'year' | 'partYear' | 'multiYear';
  prevSentence?: Span;
  /** The indicator of the last figure of the previous sentence: `Trong đó, …` lists parts of it. */
  prevIndicator?: CompiledIndicator;
  /** The indicators of the previous sentence's figures, in order: a part list takes the one of its own unit as the whole. */
  prevIndicators?: CompiledIndicator[];
  block: Block;
  /**
   * What the document said before this paragraph that a later one may refer to: the sentence naming the last index
   * ranked; the figureless line ending in a colon that introduces the list items after it, with its bullet and the
   * year it opens with (`b) Đến năm 2030:`); the indicator of the last figure of the paragraph right before (`The
   * figure, …` opening the next one refers to it).
   */
  memory: { lastIndex?: Span; leadIn?: Span; leadInBullet?: string; leadInYear?: number; partsOf?: CompiledIndicator; partsBullet?: string; paragraphIndicator?: CompiledIndicator };
}

/** The last figure read in a sentence: changes, plan attainment and anaphors refer to it. */
interface Host {
  indicator?: CompiledIndicator;
  kind?: Kind;
  year: number;
  cand?: Candidate;
  end: number;
  /** The country's or another region's figure. */
  elsewhere?: boolean;
}

/**
 * Work of the sentence reader: each number is read against the sentence's phrases, years, markers and clause
 * bounds, so a sentence costs about numbers × those. Counted for the test that keeps it linear in the text (over-long
 * sentences are cut, `MAX_SENTENCE`); never reset by the reader.
 */
export const readingWork = { pairs: 0 };

const reLeadIn = /:[\s\u00a0]*$/;
const reDeadlineClosing = new RegExp(`(?:${alt(leadInYearBefore)})${S}+((?:19|20)\\d\\d)${S}*:${S}*$`);

/** The year a lead-in line ends with after a deadline word (`phấn đấu đến năm 2025:`, `by 2025:`). */
function deadlineClosing(doc: Doc, sent: Span): number | undefined {
  const m = reDeadlineClosing.exec(doc.v.fold.slice(Math.max(sent.start, sent.end - 40), sent.end));
  return m ? Number(m[1]) : undefined;
}
const rePartsLeadIn = new RegExp(`(?:^|[^a-z])(?:${alt(partOpeners)})${S}*:${S}*$`);

/** The bullet a line starts with (`-`, `+`, `•`), or none. */
export function bulletOf(text: string, at: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*([-+•*–])[ \t\u00a0]/.exec(text.slice(lineStart, lineStart + 4))?.[1];
}

/** `1.206 dịch vụ (548 dịch vụ mức độ 3 và 658 dịch vụ mức độ 4)`: figures in a bracket right after a figure, with no year of their own, break it down. */
function breakdownOf(seg: Segment, work: string, q: Quantity, hosts: readonly Host[]): CompiledIndicator | undefined {
  const b = inBracket(seg, q.start);
  const host = b && hosts.filter((h) => h.end <= b.start).pop();
  if (!b || !host || /[\d;.]/.test(work.slice(host.end, b.start))) return undefined;
  const inside = seg.quantities.filter((x) => x.start > b.start && x.end < b.end);
  return inside.length >= 2 && !seg.years.some((y) => y.start > b.start && y.end < b.end) ? host.indicator : undefined;
}

/**
 * A sentence with no figure that names an index (`… provinces were compared through the Vietnam ICT Index, …`): the
 * index named last is the one `that ranking` later refers to.
 */
function indexNamedLast(doc: Doc, sent: Span): Span | undefined {
  const last = indexPhrases(doc, sent.start, sent.end).pop();
  return last ? { start: last.start, end: sent.end } : undefined;
}

export function readSentence(sent: Span, ctx: Context, out: Candidate[]): void {
  if (hasFigure(ctx.doc, sent)) readFigures(sent, ctx, out);
  else {
    ctx.memory.lastIndex = indexNamedLast(ctx.doc, sent) ?? ctx.memory.lastIndex;
    const topic = topicYearOf(ctx.doc, sent) ?? announcedYearOf(ctx.doc, sent);
    if (topic) ctx.paragraphYear = topic;
    if (reLeadIn.test(ctx.doc.v.work.slice(sent.start, sent.end))) {
      ctx.memory.leadIn = sent;
      ctx.memory.leadInBullet = bulletOf(ctx.doc.v.work, sent.start);
      // (or the year it ends with after a deadline: `…, phấn đấu đến năm 2025:`, or the one the sentence before it in
      // its paragraph opens with: `Năm 2024 là năm tăng tốc …. Tôi đề nghị … phấn đấu hoàn thành các mục tiêu sau:`)
      ctx.memory.leadInYear = topic ?? deadlineClosing(ctx.doc, sent) ?? (ctx.prevSentence ? topicYearOf(ctx.doc, ctx.prevSentence) : undefined);
    }
    ctx.prevSentence = sent;
  }
}

const reValueCompared = endsWithOne(valueComparedBefore);
const reYearAsideOpen = new RegExp(`^[\\s\\u00a0]*(?:(?:${alt(yearWords)})${S}+)?(?:19|20)\\d\\d${S}*:${S}*$`);

/** A figure in a bracket right after the figure before, opened by a year and a colon (`(năm 2022: 208 tỷ đồng)`). */
function isYearAside(doc: Doc, seg: Segment, q: Quantity, hostEnd: number): boolean {
  const bracket = inBracket(seg, q.start);
  if (!bracket || !/^[\s\u00a0]*$/.test(doc.v.work.slice(hostEnd, bracket.start))) return false;
  return reYearAsideOpen.test(doc.v.fold.slice(bracket.start + 1, q.prefixStart));
}

/**
 * `so với năm 2021 (98,5 triệu USD)`, `so với năm 2018, khi con số này là 78 triệu USD`, `compared with 31.8 per cent
 * in 2021`: a value for that year (the year after the value, else none: the year before the host's).
 */
function comparisonAside(doc: Doc, seg: Segment, q: Quantity): { year?: number } | undefined {
  const comps = seg.years.filter((y) => y.role === 'comparison' && y.end <= q.prefixStart);
  const c = comps[comps.length - 1];
  const clause = lastBefore(seg.bounds, q.prefixStart) ?? seg.sent.start;
  if (reValueCompared.test(doc.v.fold.slice(Math.max(clause, q.prefixStart - 40), q.prefixStart))) {
    if (q.percent) {
      // (past the share's base, in its clause: `compared with 22.8 per cent of a then-longer list of 1,807 procedures in 2020`)
      const clauseEnd = firstFrom(seg.bounds, q.surfaceEnd) ?? seg.sent.end;
      const ofBase = reShareBaseAfter.test(doc.v.fold.slice(q.surfaceEnd, q.surfaceEnd + 12));
      const after = seg.years.find((y) => y.start >= q.surfaceEnd && y.start < (ofBase ? Math.min(clauseEnd, q.surfaceEnd + 80) : q.surfaceEnd + 16) && !y.relative);
      return after ? { year: after.year } : {};
    }
    // (other figures with their year written after them: `so với mức 0,4871 điểm của năm trước`)
    const after = seg.years.find((y) => y.start >= q.surfaceEnd && y.start < q.surfaceEnd + 24);
    if (after) return after.relative ? {} : { year: after.year };
  }
  if (!c) return undefined;
  const between = doc.v.fold.slice(c.end, q.prefixStart);
  if (/\d/.test(between)) return undefined;
  return isComparisonAside(between, flowIn(doc, seg, c.end, q.prefixStart)) ? { year: c.relative ? undefined : c.year } : undefined;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The item after `q` for its trailing words: a bracket right after it (a conversion, an aside) is skipped. */
function trailOf(doc: Doc, seg: Segment, i: number): { end: number; notEnd: number; nounEnd: number } {
  const { q } = seg.items[i]!;
  const { work } = doc.v;
  let from = q.surfaceEnd;
  let k = i + 1;
  const open = /^[\s\u00a0]*\(/.exec(work.slice(q.surfaceEnd, q.surfaceEnd + 4));
  const bracket = open ? seg.brackets.find((b) => b.start === q.surfaceEnd + open[0].length - 1) : undefined;
  if (bracket && bracket.end < seg.sent.end) {
    from = bracket.end;
    while (k < seg.items.length && seg.items[k]!.q.start < bracket.end) k++;
  }
  let next = seg.items[k]?.q;
  // `87.5 per cent of the 1,877 administrative procedures`: the base's count is no subject of its own; its noun is the share's
  if (next && q.percent && !next.percent && reShareBaseBetween.test(doc.v.fold.slice(from, next.prefixStart))) {
    from = next.surfaceEnd;
    next = seg.items[k + 1]?.q;
  }
  // (an abbreviation in brackets is no clause of its own: `12 per cent of GRDP (gross regional domestic product) by 2025`
  // is cut at its comma, not at `(GRDP)`)
  let bAfter = firstFrom(seg.bounds, from);
  while (bAfter !== undefined && doc.v.work[bAfter] === '(') {
    const abbreviation = reAbbreviationBracket.exec(doc.v.fold.slice(bAfter, bAfter + 16));
    if (!abbreviation) break;
    bAfter = firstFrom(seg.bounds, bAfter + abbreviation[0].length);
  }
  // (nor past a conjunction that opens a verb of its own: `to about 3,200 by 2023 and to bring 4G to 100 per cent of
  // BTS sites`: the 4G is the next figure's)
  const verbClause = reVerbClauseAfter.exec(doc.v.fold.slice(from, Math.min(seg.sent.end, from + 100)));
  const end = Math.min(bAfter ?? seg.sent.end, next ? next.prefixStart : seg.sent.end, from + 100, seg.sent.end, verbClause ? from + verbClause.index : seg.sent.end);
  // `185 DVCTT mức độ 3, 4 và tích hợp 628 dịch vụ …`: what follows a conjunction rules nothing out
  const joiners = [...doc.v.fold.slice(from, end).matchAll(reJoiner)].map((m) => from + m.index);
  const notEnd = joiners[0] ?? end;
  // (what follows the last conjunction before the next figure, when it names that figure's indicator, is its noun phrase:
  // `raise sector revenue to VND14 trillion and software exports to US$50 million`)
  const lastJoiner = next && end === next.prefixStart ? joiners[joiners.length - 1] : undefined;
  const nounEnd = lastJoiner !== undefined && namesIndicator(doc, lastJoiner, end) ? lastJoiner : end;
  return { end, notEnd, nounEnd };
}

/**
 * Where a figure's noun phrase starts: the nearest clause before it (back to `floor`) that names an indicator, so
 * that an attribution opening the sentence (`Theo báo cáo của Sở Thông tin và Truyền thông, …`) is not read as the
 * figure's sector.
 */
function subjectClauseStart(doc: Doc, seg: Segment, q: Quantity, floor: number): number {
  const { usedBy, facets } = doc.words;
  const work = doc.v.work;
  let end = q.prefixStart;
  // (when none does and the sentence opens with its source, the figure's own clause: `Theo Sở Thông tin và Truyền
  // thông, toàn tỉnh có 312 DN CNTT` names no sector of the figure's)
  let own: number | undefined;
  for (let k = seg.bounds.length - 1; k >= -1; k--) {
    const b = k >= 0 ? seg.bounds[k]! : -1;
    if (k >= 0 && (b >= q.prefixStart || work[b] === '(' || work[b] === ')')) continue;
    const start = k >= 0 && b >= floor ? b + 1 : floor;
    own ??= start;
    const ms = seg.matches;
    let named = false;
    for (let i = firstAtOrAfter(ms, start); i < ms.length && ms[i]!.start < end; i++) if (ms[i]!.end <= end && usedBy.has(ms[i]!.id) && !facets.has(ms[i]!.id)) named = true;
    // (a clause of `with` that names no sector is said of the subject before it: `Telecommunications remained the
    // largest contributor, with revenue of VND5.1 trillion`)
    if (named && !(start > floor && reAttendantOpener.test(doc.v.fold.slice(start, start + 12)) && !hasMatch(seg, facets, start, q.prefixStart))) return start;
    if (start === floor) break;
    end = start;
  }
  return own !== undefined && reSourceOpener.test(doc.v.fold.slice(floor, floor + 24)) ? own : floor;
}

const reJoiner = new RegExp(`${S}(?:${alt(listJoiners)})${S}`, 'g');
const reClauseLink = new RegExp(`${S}(?:${alt(clauseLinks)})${S}`);
const reAttendantOpener = new RegExp(`^[\\s\\u00a0]*(?:${alt(attendantOpeners)})${S}`);
const reOpensClause = new RegExp(`^[\\s\\u00a0,]*(?:${alt(clauseLinks)})${S}`);
const reMergedAwayRightBefore = endsWithOne(mergedAwayVerbs);
const reShareBaseBetween = new RegExp(`^${S}*(?:${alt(shareBaseLinks)})${S}*$`);
const reShareBaseAfter = new RegExp(`^${S}*(?:${alt(shareBaseLinks)})${S}`);
const reAbbreviationBracket = /^\([a-z&]{2,10}\)/;
/** A sentence that opens with its source (`Theo Sở …`, `According to the department, …`). */
const reSourceOpener = new RegExp(`^[\\s\\u00a0"“-]*(?:${alt(sourceOpeners)})(?![a-z])`);
/** Between a level and the start of its move named after it: `…, up from`, `, tăng từ`. */
// (past the level's unit and its edition: `scored 0.5127 points in DTI 2023, up from 0.4613`)
const reUpFrom = new RegExp(`^(?:${S}+[a-z0-9]+){0,4}${S}*,${S}*(?:${alt([...changeUp, ...changeDown])})${S}+(?:${alt(moveFromWords)})${S}*$`);
/** Between two items of a list of dated values: the first's year and a joiner (`0.5 in 2025 and 1 in 2030`). */
const reNextDatedItem = new RegExp(`^${S}*(?:(?:${alt(yearWords)}|in|by)${S}+)?(?:19|20)\\d\\d${S}*(?:,|${alt(listJoiners)})${S}*$`);

function readFigures(sent: Span, ctx: Context, out: Candidate[]): void {
  const { doc } = ctx;
  const { fold, work } = doc.v;
  const words = doc.words;
  const seg = segment(doc, sent);
  const consumed = new Set<YearMention>();
  const handled = readLists(doc, seg, ctx, out);
  const parts = partStretches(doc, seg);
  /** Every figure that got an indicator, for the whole a part list refers to. */
  const hosts: Host[] = [];

  let host: Host | undefined;
  /** `từ A% năm 2020 lên B%`: the first value of a move, waiting for the second. */
  let moveFrom: { indicator: CompiledIndicator; cand?: Candidate; explicitYear: boolean } | undefined;
  /** `rose to 41.2 per cent … from 23.5 per cent`: the value a move ends at, written before the one it starts from. */
  let moveTo: { indicator: CompiledIndicator; year: number; end: number } | undefined;
  let pending: { change?: [number, number | undefined]; plan?: number } = {};
  let prevRole: RoleReading['role'] | undefined;
  let prevTrailEnd = sent.start;
  /** Where the figure before's noun phrase ends: before the last conjunction when what follows it names the next figure's indicator. */
  let prevNounEnd = sent.start;
  let prevSurfaceEnd = sent.start;
  let prevLevelEnd = sent.start;

  const items = seg.items;
  readingWork.pairs += items.length * (seg.matches.length + seg.years.length + seg.markers.length + seg.bounds.length);

  for (let i = 0; i < items.length; i++) {
    const { q, leader } = items[i]!;
    const nb = lastBefore(seg.bounds, q.prefixStart);
    // (`Telecommunications revenue is estimated at VND12,940 billion and postal revenue at VND1,015 billion`: the postal
    // revenue's noun phrase starts at the conjunction)
    const npFrom = prevNounEnd;
    // a clause of its own after the figure before, from the first conjunction or `với` after it, is this figure's
    // subject even though the trail of the figure before ran up to it (`4.915 ý kiến và qua Cổng Góp ý tỉnh là 1.927`,
    // `25 dự án CNTT với tổng vốn đăng ký trên 3.400 tỷ đồng`)
    // (a percentage too when its clause names an indicator of its own: `… of GRDP and an online filing rate of 80 per cent`)
    const linked = prevTrailEnd >= q.prefixStart && prevSurfaceEnd < q.prefixStart ? reClauseLink.exec(fold.slice(prevSurfaceEnd, q.prefixStart)) : null;
    const link = linked && (!q.percent || namesIndicator(doc, prevSurfaceEnd + linked.index + linked[0].length, q.prefixStart)) ? linked : null;
    // (a label ending in a colon right before the figure is its own clause: `…; qua Cổng góp ý: 2.921 ý kiến`)
    const labelled = nb !== undefined && work[nb] === ':' && /^[\s\u00a0]*$/.test(work.slice(nb + 1, q.prefixStart));
    const clauseBound = labelled ? lastBefore(seg.bounds, nb) : nb;
    const nearStart = Math.max(link ? prevSurfaceEnd + link.index : prevTrailEnd, clauseBound !== undefined ? clauseBound + 1 : sent.start);
    const { end: trailEnd, notEnd, nounEnd } = trailOf(doc, seg, i);
    prevTrailEnd = Math.max(trailEnd, q.surfaceEnd);
    prevNounEnd = Math.max(nounEnd, q.surfaceEnd);
    prevSurfaceEnd = q.surfaceEnd;
    if (handled.has(q)) continue;
    const role: RoleReading = readRole(doc, seg, items[i]!);

    // `1,918 of those sites, up 164 from 1,754 in 2022`: the level before an increment is the end of the move its
    // `from` starts, read backwards
    if (role.role === 'increment' && host?.indicator && host.end >= prevLevelEnd && !moveTo) moveTo = { indicator: host.indicator, year: host.year, end: q.surfaceEnd };
    // a rank move (`tăng 4 bậc`) is a change, not the rank of the year before: that would be arithmetic, not reading
    if (role.role === 'rankMove' || role.role === 'increment' || role.role === 'conversion' || role.role === 'denominator' || role.role === 'fraction' || role.role === 'band' || role.role === 'superseded') continue;
    // a target right after a growth rate is that rate's (`grow by 7.2 per cent, above the target of 7 per cent`)
    const afterChange = prevRole === 'change';
    prevRole = role.role;
    if (role.role === 'targetValue' && afterChange) continue;
    if (role.role === 'change' || role.role === 'plan' || role.role === 'index') {
      if (q.max) continue;
      const v = Number(`${q.value.digits}e${q.value.exp}`);
      if (role.role === 'plan') {
        const plan = role.excess ? 100 + v : v;
        if (host) {
          if (host.cand) host.cand.plan_pct ??= round(plan);
        } else pending.plan = plan;
      } else {
        const chain = (lastBefore(seg.semis, q.prefixStart) ?? sent.start - 1) + 1;
        if (role.role === 'change' && seg.markers.some((m) => m.kind === 'multiYear' && ((m.start >= chain && m.start < q.prefixStart) || (m.start >= q.surfaceEnd - 1 && m.start < q.surfaceEnd + 8)))) continue;
        const change = role.role === 'index' ? v - 100 : (role.sign ?? 1) * v;
        const vs = comparisonYear(doc, seg, q.surfaceEnd, host?.year);
        // (not the change of another subject its own clause names: `… CNTT đạt 3.962 tỷ đồng, kim ngạch xuất khẩu phần
        // mềm tăng 21%`)
        const clauseStart = (lastBefore(seg.bounds, q.prefixStart) ?? sent.start - 1) + 1;
        const ownSubject = host?.indicator !== undefined && clauseStart > host.end && namesIndicator(doc, clauseStart, q.prefixStart, host.indicator);
        if (ownSubject) continue;
        if (host) {
          if (host.cand && host.cand.change_pct === undefined) {
            host.cand.change_pct = round(change);
            host.cand.change_vs_year = vs ?? host.year - 1;
          }
        } else pending.change = [change, vs];
      }
      continue;
    }

    // a level, a rank, a score or a target named after `vượt chỉ tiêu`
    // `employs nearly 21,000 people, up from 18,700 in 2023`: a start named after a level is that level's move's
    if (role.role === 'from' && !moveTo && !moveFrom && host?.indicator && (host.indicator.unit === 'percent') === q.percent && reUpFrom.test(fold.slice(host.end, q.prefixStart))) moveTo = { indicator: host.indicator, year: host.year, end: host.end };
    // (of that level's kind: `scored 0.5127 points …, up from 0.4613`, `ranked 14th, up from 23rd`)
    const startOf = role.role === 'from' && moveTo?.end === host?.end ? host?.kind : undefined;
    // (or the score its clause names: `Its score rose from 0.6015 in the 2023 edition`)
    const scoreStart = role.role === 'from' && !startOf && !q.percent && !q.currency && reScoreWords.test(fold.slice(nearStart, q.prefixStart));
    const levelRole = role.role === 'rank' || startOf === 'rank' ? 'rank' : role.role === 'score' || startOf === 'score' || scoreStart ? 'score' : 'level';
    const kind: Kind = kindOf(q, levelRole);
    const w: Windows = { near: [nearStart, q.prefixStart], far: [Math.max(sent.start, q.prefixStart - 260), q.prefixStart], trail: [q.surfaceEnd, nounEnd], notEnd, opensClause: reOpensClause.test(fold.slice(nearStart, nearStart + 12)) };
    const noun = kind === 'count' ? leadingNoun(words, doc.matches, w.trail, fold) : { none: false, foreign: false, units: undefined };
    if (noun.foreign) continue;
    // the words right before the number in its clause, even when they end the trail of the figure before (`lắp mới 191 trạm và tháo dỡ 12 trạm`)
    // (a label ending in a colon right before the figure is its words: `Trạm BTS lắp đặt mới trong năm: 168 trạm`)
    const flowNear = flowIn(doc, seg, labelled ? (clauseBound !== undefined ? clauseBound + 1 : sent.start) : Math.max(nb !== undefined ? nb + 1 : sent.start, q.prefixStart - 24), q.prefixStart) || flowIn(doc, seg, w.trail[0], w.trail[1]) || reMergedAwayRightBefore.test(fold.slice(Math.max(sent.start, q.prefixStart - 16), q.prefixStart));
    const stockNear = hasMatch(seg, words.stock, Math.max(w.near[0], q.prefixStart - 30), q.prefixStart);
    const before = fold.slice(Math.max(nb !== undefined ? nb + 1 : sent.start, q.prefixStart - 120), q.prefixStart);
    const moveEnd = moveFrom !== undefined && isMoveEnd(before);
    const fc: FitContext = {
      kind,
      q,
      units: noun.units,
      isFlow: flowNear && !stockNear,
      // (the end of a move from a density is a density too: `from 0.21 per 1,000 people in 2022 to 0.5 in 2025`)
      // (nor is the next item of its list: `… to 0.5 in 2025 and 1 in 2030`)
      perThousand: isPerThousand(fold, w.trail, w.near) || (moveEnd && moveFrom?.indicator.unit === 'per_1000_people') || (host?.indicator?.unit === 'per_1000_people' && reNextDatedItem.test(fold.slice(host.end, q.prefixStart))),
      np: doc.without.has('facets') ? { sectors: new Set(), generations: new Set() } : nounPhrase(doc, seg, q, subjectClauseStart(doc, seg, q, npFrom), w.trail, link ? nearStart : Math.max(sent.start, nearStart - 160)),
    };
    const comp = comparisonAside(doc, seg, q);
    // `231 tỷ đồng (năm 2022: 208 tỷ đồng)`: the figure before, for the year the bracket names; nothing when that
    // figure is none of the catalogue's (the postal sub-sector's)
    const yearAside = host !== undefined && isYearAside(doc, seg, q, host.end);
    if (yearAside && !host?.indicator) continue;
    const reversedStart = role.role === 'from' && moveTo !== undefined && !seg.semis.some((x) => x > moveTo!.end && x < q.prefixStart);
    const subject = readSubject({
      doc,
      seg,
      q,
      role: role.role,
      kind,
      leader: !!leader,
      w,
      fc,
      host,
      moveFrom: reversedStart ? moveTo!.indicator : moveFrom?.indicator,
      moveEnd: moveEnd || reversedStart,
      comparisonAside: comp !== undefined || yearAside,
      prevSentence: ctx.prevSentence,
      counted: noun.units !== undefined,
      lastIndex: ctx.memory.lastIndex,
      leadIn: ctx.memory.leadIn,
      prevIndicator: ctx.prevIndicator,
      paragraphIndicator: ctx.prevSentence ? undefined : ctx.memory.paragraphIndicator,
    });
    const choice = subject.choice;
    const qualifierIn = { doc, seg, q, role: role.role, heading: ctx.heading, since: prevLevelEnd };
    // (the innermost: `Including telecoms …, the sector generated VND14.2 trillion, of which telecoms …`)
    const part = parts.findLast((p) => p.start < q.prefixStart && q.start < p.end);
    if (part) qualifierIn.since = Math.min(qualifierIn.since, part.start);
    const targetWord = targetWordOf(qualifierIn, undefined, false).target;
    // (a rank with its score, not a second rank: `năm 2021 tỉnh đứng thứ 41, năm 2022 đứng thứ 30`)
    const companion = (kind === 'score' || kind === 'rank') && host?.cand && (host.kind === 'rank' || host.kind === 'score') && host.kind !== kind && !seg.bounds.some((b) => b > host!.end && b < q.prefixStart);
    const yr = readYear(
      {
        doc,
        seg,
        q,
        kind,
        indicator: choice?.indicator,
        leader: !!leader,
        moveStart: role.role === 'from',
        comparison: comp,
        hostYear: host?.year,
        consumed,
        targetWord,
        paragraphYear: ctx.paragraphYear,
        heading: ctx.heading,
        lastYear: ctx.lastYear,
        prevSentence: ctx.prevSentence,
      },
      trailEnd,
    );
    let year = yr.year;
    if (companion && yr.from !== 'after' && yr.from !== 'edition' && host) year = host.year;
    // the start of a move written after its end is for the year before the end's, unless a year is written after it
    // (a start dated by an edition named right after it keeps it: `up from 0.4482 in DTI 2022`)
    const reversedYear = reversedStart && yr.from !== 'after' && !(yr.from === 'edition' && yr.bound !== undefined && yr.bound.start > q.surfaceEnd) && !seg.frame;
    if (reversedYear) year = moveTo!.year - 1;

    if (!choice || year === undefined) {
      // a conversion in brackets (`VND25.2 trillion (US$1.08 billion)`, `(nearly US$70 million)`) leaves the figure before it in charge
      if (!(host && /^[\s\u00a0]*\([\s\u00a0]*(?:[a-z]+[\s\u00a0]+){0,2}$/.test(fold.slice(host.end, q.prefixStart)))) {
        host = { indicator: undefined, year: year ?? host?.year ?? 0, cand: undefined, end: q.surfaceEnd };
        prevLevelEnd = q.surfaceEnd;
      }
      continue;
    }
    const ind = choice.indicator;
    // (a sentence that names the index: not one whose figure inherits it, `The province scored 0.6214 points, up from 0.5102`)
    if ((kind === 'rank' || kind === 'score') && choice.where !== 'context' && choice.cueAt >= sent.start) ctx.memory.lastIndex = sent;
    const qual = readQualifier(qualifierIn, year, yr.bound, yr.viaComparison);
    // (unless a year is written between the figure before and the target: `… 3.650 tỷ đồng; kế hoạch năm 2024 là 4.000 tỷ đồng`)
    if (role.role === 'targetValue' && host && !(yr.bound && yr.bound.start > host.end)) year = host.year;

    // brackets do not end the words that qualify a number: `(ước khoảng) 341 tỷ đồng`
    let clauseStart = sent.start;
    for (const b of seg.bounds) if (b < q.prefixStart && work[b] !== '(' && work[b] !== ')') clauseStart = b + 1;
    const approx: Approx = leader ? 'exact' : readApprox(fold.slice(clauseStart, q.prefixStart), fold.slice(q.surfaceEnd, q.surfaceEnd + 24));

    // the whole a part list refers to: the figure before `trong đó`, before `48 of which`, or the previous sentence's
    let whole: CompiledIndicator | undefined;
    // (`268 doanh nghiệp với 5.900 lao động, trong đó 97 doanh nghiệp phần mềm`: the figure before of the part's unit)
    if (part) {
      const before = hosts.filter((h) => h.end <= part.start);
      whole = (before.filter((h) => h.indicator?.unit === ind.unit).pop() ?? before.pop())?.indicator ?? (part.start <= sent.start + 12 ? wholeBefore(ctx, ind) : undefined);
    }
    // (`About 850 of these workers …` opening a sentence: the whole is the sentence before's)
    else if (isPartAfter(doc, seg, q)) whole = host?.indicator ?? wholeBefore(ctx, ind);
    else if (seg.partOfPrevious && !hosts.length) whole = wholeBefore(ctx, ind);
    else if (ctx.memory.partsOf && ctx.block.kind === 'list_item') whole = ctx.memory.partsOf;
    else whole = breakdownOf(seg, work, q, hosts);
    const scope = readScope({ doc, seg, q, kind, indicator: ind, w, whole, approx, unitStart: ctx.block.start });
    // (the start of a move is where its end is: `64.2 per cent … nationwide …, up from 52.0 per cent in 2023`)
    const elsewhere = scope.out === 'national' || scope.out === 'otherRegion';
    // (a part of the figure before, in a sentence naming no period of its own: `Tổng doanh thu toàn ngành 9 tháng đạt
    // 3.412,6 tỷ đồng. Trong đó, doanh thu công nghiệp CNTT đạt 1.208,4 tỷ đồng`)
    const period = yr.period === 'year' && seg.partOfPrevious && !hosts.length && ctx.lastPeriod === 'partYear' && !seg.markers.length && !seg.years.some((y) => !y.relative) ? 'partYear' : yr.period;
    const suppressed = period !== 'year' || scope.out !== undefined || (role.role === 'from' && host?.elsewhere === true && host.indicator === ind);
    const evidence: Evidence[] = [...role.evidence, ...subject.evidence, ...scope.evidence, ...yr.evidence, ...qual.evidence];
    if (kind === 'count') evidence.push(ev(noun.none ? 'subject.no-counted-noun' : 'subject.counted-noun'));
    const cand = suppressed
      ? undefined
      : makeCandidate(doc, sent, ctx.block, { q, ind, kind, year, qualifier: qual.qualifier, approx, evidence, rule: `${kind}.${subject.evidence[0]?.code.replace('subject.', '') ?? 'clause'}`, denominator: kind === 'rank' ? outOf(fold.slice(q.end, q.end + 24)) : undefined });
    if (cand) {
      if (pending.plan !== undefined) cand.plan_pct = round(pending.plan);
      if (pending.change) {
        cand.change_pct = round(pending.change[0]);
        cand.change_vs_year = pending.change[1] ?? year - 1;
      }
      out.push(cand);
    }
    // the value a move starts from is for the year before the one it ends in (or the year of the sentence's
    // comparison frame), unless a year is written after it
    if (moveEnd && moveFrom && !moveFrom.explicitYear && moveFrom.cand && !seg.frame) {
      moveFrom.cand.year = year - 1;
      moveFrom.cand.evidence = [...moveFrom.cand.evidence.filter((e) => !e.code.startsWith('year.')), ev('year.move-start')];
    }
    if (reversedYear && cand) cand.evidence = [...cand.evidence.filter((e) => !e.code.startsWith('year.')), ev('year.move-start')];
    // (and where its start is: `tăng từ 52% lên 64,2% trên cả nước`)
    if (moveEnd && elsewhere && moveFrom?.cand && out.includes(moveFrom.cand)) out.splice(out.indexOf(moveFrom.cand), 1);
    moveFrom = role.role === 'from' && !reversedStart ? { indicator: ind, cand, explicitYear: yr.from === 'after' } : undefined;
    moveTo = isMoveEnd(before) && !moveEnd && !reversedStart ? { indicator: ind, year, end: q.surfaceEnd } : undefined;
    pending = {};
    // a bracketed value of the comparison year (`so với năm 2021 (7 860 tỷ đồng) và đạt 101,6% kế hoạch`) is an aside:
    // what follows still speaks of the figure before it
    // (nor does a value compared with: `đạt 27,6%, tăng so với mức 18,2% của năm 2020 nhưng chưa đạt kế hoạch (30%)`)
    if ((yr.viaComparison || yearAside || comp !== undefined) && host) prevLevelEnd = q.surfaceEnd;
    else {
      host = { indicator: ind, kind, year, cand, end: q.surfaceEnd, elsewhere };
      hosts.push(host);
      prevLevelEnd = q.surfaceEnd;
    }
    ctx.lastYear = year;
    ctx.lastPeriod = period;
  }
  const topic = seg.topicYear;
  if (topic) ctx.paragraphYear = topic;
  ctx.prevSentence = sent;
  ctx.prevIndicator = host?.indicator ?? ctx.prevIndicator;
  const named = hosts.flatMap((h) => (h.indicator ? [h.indicator] : []));
  if (named.length) ctx.prevIndicators = named;
  // `… khoảng 6.480 người, trong đó:` over `+ Lao động phần mềm: 2.150 người;`: the items are parts of that figure
  if (host?.indicator && rePartsLeadIn.test(fold.slice(Math.max(sent.start, sent.end - 24), sent.end))) {
    ctx.memory.partsOf = host.indicator;
    ctx.memory.partsBullet = bulletOf(doc.v.work, sent.start);
  }
}

/**
 * `1.072 DVCTT, chiếm 64,5% … Trong đó, 486 dịch vụ …`: the whole of a part opening a sentence is the figure before of
 * the part's unit (opening a paragraph, the last figure of the paragraph before, when it is of that unit).
 */
function wholeBefore(ctx: Context, ind: CompiledIndicator): CompiledIndicator | undefined {
  const paragraphBefore = !ctx.prevSentence && ctx.memory.paragraphIndicator?.unit === ind.unit ? ctx.memory.paragraphIndicator : undefined;
  return ctx.prevIndicators?.filter((i) => i.unit === ind.unit).pop() ?? ctx.prevIndicator ?? paragraphBefore;
}
