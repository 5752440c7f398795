import type { Approx, Block, Qualifier, Unit } from '@chiso/shared';
import { endsWithTo, readApprox, readRole, type Role } from './attributes';
import type { Doc } from './document';
import { countUnits, inUnit, type Candidate, type Evidence } from './facts';
import { chooseIndicator, kindOf, leadingNoun, unitFits, type Choice, type Kind, type Windows } from './indicators';
import { matchesIn, type PhraseMatch } from './lexicon';
import type { Quantity } from './numbers';
import { firstAtOrAfter as firstStart } from './search';
import type { Span } from './structure';
import type { CompiledIndicator, Words } from './words';
import { within, type Marker, type YearMention } from './years';

/** What the sentences of a paragraph inherit: the section's heading, the paragraph's topic year. */
export interface Context {
  doc: Doc;
  heading: { year?: number; target: boolean; partYear: boolean };
  paragraphYear?: number;
  lastYear?: number;
  prevSentence?: Span;
  block: Block;
  approx: Map<string, Approx>;
}

/** The last figure read in a sentence: changes, plan attainment and anaphors refer to it. */
interface Host {
  indicator?: CompiledIndicator;
  year: number;
  cand?: Candidate;
  end: number;
}

const S = /[\s\u00a0]/;
/** Words after a number that start no noun phrase of its own. */
const reLinkWord = /^[\s\u00a0]*(?:va|hay|hoac|so voi|cua|trong|tren|voi|khi|nhung|dat|tang|giam|vuot|theo|con|la|nam|and|or|of|in|from|compared|than|to|with|year|up|down)\b/;
const one = { digits: '1', exp: 0 };

function boundariesOf(work: string, sent: Span, quantities: Quantity[], mask: Uint8Array): number[] {
  const out: number[] = [];
  let qi = 0;
  for (let i = sent.start; i < sent.end; i++) {
    const c = work[i]!;
    if (c !== ',' && c !== ';' && c !== ':' && c !== '(' && c !== ')' && c !== '\n') continue;
    while (qi < quantities.length && quantities[qi]!.end <= i) qi++;
    const q = quantities[qi];
    if (q && q.start <= i && i < q.end) continue;
    if (mask[i] && c === ',') continue;
    out.push(i);
  }
  return out;
}

/** Whether an ordered list holds a value strictly between a and b. */
function anyBetween(xs: number[], a: number, b: number): boolean {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo < xs.length && xs[lo]! < b;
}

const lastBefore = (xs: number[], pos: number): number | undefined => {
  let r: number | undefined;
  for (const x of xs) {
    if (x >= pos) break;
    r = x;
  }
  return r;
};
const firstAtOrAfter = (xs: number[], pos: number): number | undefined => xs.find((x) => x >= pos);

const reTopic = /^[\s\u00a0"“(]*(?:nam|trong nam|in)[\s\u00a0]+((?:19|20)\d\d)\b/;

/** Whether a quantity or a leader phrase lies in [start, end): most sentences hold neither and need no reading. */
function hasFigure(doc: Doc, sent: Span): boolean {
  const qs = doc.quantities;
  for (let i = firstStart(qs, sent.start); i < qs.length && qs[i]!.start < sent.end; i++) if (qs[i]!.end <= sent.end) return true;
  const ms = doc.matches;
  const leader = doc.words.leader;
  for (let i = firstStart(ms, sent.start); i < ms.length && ms[i]!.start < sent.end; i++) if (ms[i]!.end <= sent.end && leader.has(ms[i]!.id)) return true;
  return false;
}


export function readSentence(sent: Span, ctx: Context, out: Candidate[]): void {
  if (hasFigure(ctx.doc, sent)) readFigures(sent, ctx, out);
  else {
    const topic = reTopic.exec(ctx.doc.v.fold.slice(sent.start, sent.start + 24));
    if (topic) ctx.paragraphYear = Number(topic[1]);
    ctx.prevSentence = sent;
  }
}


interface St {
  sent: Span;
  ctx: Context;
  doc: Doc;
  fold: string;
  work: string;
  words: Words;
  quantities: Quantity[];
  matches: PhraseMatch[];
  years: YearMention[];
  markers: Marker[];
  bounds: number[];
  semis: number[];
  out: Candidate[];
}

function idsIn(st: St, a: number, b: number): PhraseMatch[] {
  return st.matches.filter((m) => m.start >= a && m.end <= b);
}

/** Whether a match of `set` lies wholly inside [a, b]; `st.matches` is ordered by start, so only [a, b] is visited. */
function hasIn(st: St, set: Set<number>, a: number, b: number): boolean {
  const ms = st.matches;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < a) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.start > b) break;
    if (m.end <= b && set.has(m.id)) return true;
  }
  return false;
}

interface FitContext {
  kind: Kind;
  q: Quantity;
  units?: Set<Unit>;
  isFlow: boolean;
  perThousand: boolean;
}

function fitsFor(ind: CompiledIndicator, f: FitContext): boolean {
  const { kind, q, units, isFlow, perThousand } = f;
  if (!unitFits(kind, q, ind.unit)) return false;
  if (kind === 'count') {
    if (ind.unit === 'per_1000_people') return perThousand;
    if (perThousand) return false;
    if (units && countUnits.has(ind.unit) && !units.has(ind.unit)) return false;
    if (isFlow && countUnits.has(ind.unit) && !ind.flow) return false;
    if (!isFlow && ind.needsFlowMark) return false;
  }
  return true;
}

interface Item {
  q: Quantity;
  leader: PhraseMatch | undefined;
}

/**
 * The numbers of a sentence and its leader phrases (`dẫn đầu`, a rank of 1) in reading order. Built apart from the
 * sentence reader, in one object shape for every item and quantity (the leader's stand-in too): the reader is the
 * largest function to optimise, and a shape it has not seen throws its optimised code away.
 */
function itemsOf(quantities: Quantity[], leaders: PhraseMatch[]): Item[] {
  const items: Item[] = [];
  for (const q of quantities) items.push({ q, leader: undefined });
  for (const l of leaders) {
    items.push({
      q: { start: l.start, end: l.end, prefixStart: l.start, surfaceEnd: l.end, raw: '1', value: one, max: undefined, scale: 0, currency: undefined, percent: false, points: false, ambiguous: false, style: undefined, slashAfter: false, ordinal: false },
      leader: l,
    });
  }
  items.sort((a, b) => a.q.start - b.q.start);
  return items;
}

/**
 * Work of the sentence reader: each number is read against the sentence's phrases, years, markers and clause
 * bounds, so a sentence costs about numbers × those. Counted for the test that keeps it linear in the text (over-long
 * sentences are cut, `MAX_SENTENCE`); never reset by the reader.
 */
export const readingWork = { pairs: 0 };

function readFigures(sent: Span, ctx: Context, out: Candidate[]): void {
  const { doc } = ctx;
  const { fold, work } = doc.v;
  const words = doc.words;
  const quantities = within(doc.quantities, sent.start, sent.end).filter((q) => q.end <= sent.end);
  const matches = matchesIn(doc.matches, sent.start, sent.end);
  const years = within(doc.years.years, sent.start, sent.end);
  const markers = within(doc.years.markers, sent.start, sent.end);
  const topic = reTopic.exec(fold.slice(sent.start, sent.start + 24));
  const leaders = matches.filter((m) => words.leader.has(m.id));
  const bounds = boundariesOf(work, sent, quantities, doc.mask);
  const semis = bounds.filter((b) => work[b] === ';');
  const st: St = { sent, ctx, doc, fold, work, words, quantities, matches, years, markers, bounds, semis, out };
  const consumed = new Set<YearMention>();
  const targetMarks = matches.filter((m) => words.target.has(m.id) && isTargetMark(st, m));
  const estimateMarks = matches.filter((m) => words.estimate.has(m.id));


  // `lần lượt`: subjects listed in order, values in the same order
  const handled = new Set<Quantity>();
  const resp = matches.find((m) => words.respectively.has(m.id));
  if (resp) readRespectively(st, resp, handled, targetMarks, estimateMarks);

  let host: Host | undefined;
  /** `từ A% năm 2020 lên B%`: the first value of a move, waiting for the second. */
  let moveFrom: { indicator: CompiledIndicator; cand?: Candidate; explicitYear: boolean } | undefined;
  let pending: { change?: [number, number | undefined]; plan?: number } = {};
  let prevTrailEnd = sent.start;
  let prevLevelEnd = sent.start;

  const items = itemsOf(quantities, leaders);
  readingWork.pairs += items.length * (matches.length + years.length + markers.length + bounds.length);

  for (let i = 0; i < items.length; i++) {
    const { q, leader } = items[i]!;
    const next = items[i + 1]?.q;
    const nb = lastBefore(bounds, q.prefixStart);
    const nearStart = Math.max(prevTrailEnd, nb !== undefined ? nb + 1 : sent.start);
    const bAfter = firstAtOrAfter(bounds, q.surfaceEnd);
    const trailEnd = Math.min(bAfter ?? sent.end, next ? next.prefixStart : sent.end, q.surfaceEnd + 100, sent.end);
    prevTrailEnd = Math.max(trailEnd, q.surfaceEnd);
    if (handled.has(q)) continue;
    // the words of the number's own clause before it, for its role and approximation
    const before = fold.slice(Math.max(nb !== undefined ? nb + 1 : sent.start, q.prefixStart - 120), q.prefixStart);
    const after = fold.slice(q.surfaceEnd, Math.min(sent.end, q.surfaceEnd + 80));
    const w: Windows = { near: [nearStart, q.prefixStart], far: [Math.max(sent.start, q.prefixStart - 260), q.prefixStart], trail: [q.surfaceEnd, trailEnd] };

    // ranks moved by N places (`tăng 4 bậc so với năm 2018`) give the rank of the base year
    if (!q.percent && /^[\s\u00a0]*bac\b/.test(after)) {
      if (host?.cand && host.cand.unit === 'rank' && host.cand.value !== undefined) {
        const up = /(?:tang|cai thien|vuot|len|improved|up|rose)[\s\u00a0]*$/.test(before);
        const down = /(?:giam|tut|xuong|down|fell|dropped)[\s\u00a0]*$/.test(before);
        const bac = /^[\s\u00a0]*bac/.exec(after)!;
        const vs = comparisonYear(st, q.surfaceEnd + bac[0].length, host.year) ?? host.year - 1;
        if ((up || down) && vs !== host.year) {
          const v = host.cand.value + (up ? 1 : -1) * Number(q.value.digits);
          if (v >= 1)
            out.push({ ...host.cand, year: vs, value: v, change_pct: undefined, change_vs_year: undefined, plan_pct: undefined, start: q.start, end: q.end, rule: 'rank.moved', evidence: { ...host.cand.evidence, derived: true, year: 'explicit' } });
        }
      }
      continue;
    }

    // the words that give a number its role stand right before it: a short tail keeps the end-anchored patterns cheap
    const read0 = leader ? { role: 'rank' as Role } : readRole(before.length > 48 ? before.slice(-48) : before, after, q.percent, q.points);
    // scores in the catalogue run from 0 to 1: `182 điểm` counts points of service
    const reading = read0.role === 'score' && Number(`${q.value.digits}e${q.value.exp}`) > 1 ? { role: 'level' as Role } : read0;
    const role: Role = q.ordinal && reading.role !== 'rank' ? 'increment' : reading.role;
    if (q.slashAfter && role !== 'rank') continue;
    if (role === 'increment') continue;
    if (role === 'change' || role === 'plan' || role === 'index') {
      if (q.max) continue;
      const v = Number(`${q.value.digits}e${q.value.exp}`);
      if (role === 'plan') {
        const plan = reading.excess ? 100 + v : v;
        if (host) {
          if (host.cand) host.cand.plan_pct ??= round(plan);
        } else pending.plan = plan;
      } else {
        if (role === 'change' && hasMultiYear(st, q)) continue;
        const change = role === 'index' ? v - 100 : (reading.sign ?? 1) * v;
        const vs = comparisonYear(st, q.surfaceEnd, host?.year);
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
    const levelRole = role === 'rank' ? 'rank' : role === 'score' ? 'score' : 'level';
    const kind: Kind = kindOf(q, levelRole);
    const noun = kind === 'count' ? leadingNoun(words, doc.matches, w.trail, fold) : { none: false, foreign: false };
    if (noun.foreign) continue;

    const flowNear = hasIn(st, words.flow, Math.max(w.near[0], q.prefixStart - 24), q.prefixStart) || hasIn(st, words.flow, w.trail[0], w.trail[1]);
    const stockNear = hasIn(st, words.stock, Math.max(w.near[0], q.prefixStart - 30), q.prefixStart);
    const isFlow = flowNear && !stockNear;
    const perThousand = /(?:tren|\/|per)[\s\u00a0]*1[.,]?000/.test(fold.slice(w.trail[0], w.trail[1]));
    const fc: FitContext = { kind, q, units: noun.units, isFlow, perThousand };
    // an anonymous function per use: tsx names every named one (`__name`) each time it is created

    let choice: Choice | undefined;
    let cue: Evidence['cue'] = 'clause';
    const comp = comparisonBefore(st, q);
    const moveTo = moveFrom && endsWithTo(before) && fitsFor(moveFrom.indicator, fc) ? moveFrom : undefined;
    if (moveTo) {
      choice = { indicator: moveTo.indicator, score: 1, where: 'clause', contested: false };
      cue = 'inherited';
    } else if (role === 'targetValue' && host?.indicator && fitsFor(host.indicator, fc)) {
      choice = { indicator: host.indicator, score: 1, where: 'clause', contested: false };
      cue = 'inherited';
    } else if (comp && host?.indicator && fitsFor(host.indicator, fc) && !idsIn(st, w.near[0], w.near[1]).some((m) => words.indicators.some((ind) => ind.cues.some((c) => c.includes(m.id))))) {
      choice = { indicator: host.indicator, score: 1, where: 'clause', contested: false };
      cue = 'inherited';
    } else if (leader) {
      const t = fold.slice(q.end, trailEnd);
      const onlyTrail = /^[\s\u00a0]*(?:ca nuoc[\s\u00a0]*)?ve\b/.test(t);
      choice = chooseIndicator(words, doc.matches, onlyTrail ? { near: [q.end, q.end], far: [q.end, q.end], trail: [q.end, trailEnd] } : { ...w, trail: [q.end, trailEnd] }, (ind) => fitsFor(ind, fc));
      if (!choice && !onlyTrail && ctx.prevSentence) choice = chooseIndicator(words, doc.matches, { ...w, context: [ctx.prevSentence.start, ctx.prevSentence.end] }, (ind) => fitsFor(ind, fc));
    } else {
      // `1.690 vị trí trạm, chiếm khoảng 92%`: a share's subject is the count just before it
      if (kind === 'percent' && host && host.end < w.near[0] && hasIn(st, words.shareVerb, w.near[0], w.near[1]) && !/[;.]/.test(work.slice(host.end, w.near[0]))) w.near = [host.end, w.near[1]];
      // after `chiếm 47,2%` the words are the base; after `100%` alone they are the subject (`100% hồ sơ được số hóa`)
      const shareNear = hasIn(st, words.shareVerb, w.near[0], w.near[1]);
      const nounAfter = /^[\s\u00a0]*[a-z]/.test(fold.slice(w.trail[0], w.trail[0] + 4)) && !reLinkWord.test(fold.slice(w.trail[0], w.trail[0] + 16));
      const trailIsBase = kind === 'percent' && (shareNear || !nounAfter);
      if (kind === 'percent' && !trailIsBase) w.far = [w.near[0], w.near[0]];
      choice = chooseIndicator(words, doc.matches, w, (ind) => fitsFor(ind, fc), trailIsBase);
      if (!choice && hasIn(st, words.anaphor, w.near[0], w.near[1]) && host?.indicator && fitsFor(host.indicator, fc)) {
        choice = { indicator: host.indicator, score: 1, where: 'clause', contested: false };
        cue = 'inherited';
      }
      if (!choice && kind === 'percent' && host?.indicator && hasIn(st, words.shareVerb, w.near[0], w.near[1])) {
        const sibling = words.indicators.find((ind) => ind.shareOf === host!.indicator!.key && fitsFor(ind, fc)) ?? (fitsFor(host.indicator, fc) ? host.indicator : undefined);
        if (sibling) {
          choice = { indicator: sibling, score: 1, where: 'clause', contested: false };
          cue = 'inherited';
        }
      }
      // `Trong đó, …`, `Riêng …`: a part of what the previous sentence named
      const partOfPrevious = /^[\s\u00a0"“(]*(?:trong do|rieng|of which|including|of this)\b/.test(fold.slice(sent.start, sent.start + 16));
      if (!choice && ctx.prevSentence && (kind === 'rank' || kind === 'score' || (kind === 'count' && noun.units) || partOfPrevious)) {
        choice = chooseIndicator(words, doc.matches, { ...w, context: [ctx.prevSentence.start, ctx.prevSentence.end] }, (ind) => fitsFor(ind, fc));
      }
    }
    if (choice && cue === 'clause') cue = choice.where === 'clause' ? 'clause' : choice.where === 'sentence' ? 'sentence' : 'context';

    // the year
    let year: number | undefined;
    let yearFrom: Evidence['year'] = 'explicit';
    let bound: YearMention | undefined;
    let viaComparison = false;
    const following = years.find((y) => y.start >= q.surfaceEnd && y.start < q.surfaceEnd + 24 && !consumed.has(y) && (y.role === 'plain' || y.role === 'fullYear') && !y.relative && /^[\s\u00a0]*(?:nam|in|vao nam|trong nam|cua nam|for)?[\s\u00a0]*$/.test(fold.slice(q.surfaceEnd, y.start)));
    if (following && !leader) {
      year = following.year;
      bound = following;
      consumed.add(following);
    }
    if (year === undefined && (kind === 'rank' || kind === 'score') && choice) {
      const y = yearAfterCue(st, choice.indicator, q, !!leader);
      if (y) {
        year = y.year;
        bound = y;
      }
    }
    if (year === undefined && comp && host) {
      year = comp.year ?? host.year - 1;
      viaComparison = true;
    }
    if (year === undefined) {
      const prior = years.filter((y) => y.start < q.prefixStart && !consumed.has(y) && (y.role === 'plain' || y.role === 'fullYear') && !asideWithFigure(st, y, q.prefixStart));
      const yearEnds = markers.filter((m) => m.kind === 'yearEnd' && m.year && m.end <= q.prefixStart);
      const lastMention = prior[prior.length - 1];
      const lastEnd = yearEnds[yearEnds.length - 1];
      if (lastEnd && (!lastMention || lastEnd.start > lastMention.start)) year = lastEnd.year;
      else if (lastMention) {
        bound = lastMention;
        year = resolveRelative(st, lastMention);
      }
    }
    if (year === undefined && ctx.paragraphYear) {
      year = ctx.paragraphYear;
      yearFrom = 'paragraph';
    }
    if (year === undefined && ctx.heading.year) {
      year = ctx.heading.year;
      yearFrom = 'heading';
    }

    // qualifier words
    const targetWord = role === 'targetValue' || targetMarks.some((m) => m.end <= q.prefixStart) || (ctx.heading.target && !viaComparison && (!bound || !ctx.heading.year || bound.year === ctx.heading.year));
    if (year === undefined) {
      if (targetWord && !doc.partYearReport) {
        year = doc.reportYear + 1;
        yearFrom = 'next';
      } else {
        year = doc.reportYear;
        yearFrom = 'report';
      }
    }
    let qualifier: Qualifier = 'actual';
    if (!viaComparison && (targetWord && (!bound || bound.year >= doc.reportYear || role === 'targetValue'))) qualifier = 'target';
    else if (!viaComparison && year > doc.reportYear && !hasIn(st, words.estimate, prevLevelEnd, q.prefixStart)) qualifier = 'target';
    else if (!viaComparison && estimateMarks.some((m) => m.start >= prevLevelEnd && m.end <= q.prefixStart)) qualifier = 'estimate';
    if (role === 'targetValue' && host) year = host.year;

    // scope: part of a year, several years, another region, the nation, an operator, a subset of firms
    const explicitFull = (bound && (bound.role === 'fullYear' || (!ctx.heading.partYear || bound.year !== ctx.heading.year))) || viaComparison;
    const partMarkBefore = markers.some((m) => m.kind === 'partYear' && m.start < q.prefixStart && (!bound || m.start > bound.start || bound.role !== 'fullYear') && !(bound && bound.start > m.end && bound.role === 'fullYear'));
    const partMarkAfter = markers.some((m) => m.kind === 'partYear' && m.start >= q.surfaceEnd && m.start < trailEnd + 20 && !semis.some((s) => s > q.surfaceEnd && s < m.start));
    const partYear = !viaComparison && (((partMarkBefore || partMarkAfter) && !(bound?.role === 'fullYear')) || (ctx.heading.partYear && !explicitFull));
    const chainStart = (lastBefore(semis, q.prefixStart) ?? sent.start - 1) + 1;
    const others = within(doc.otherRegions, chainStart, q.prefixStart);
    const lastOther = others[others.length - 1];
    const otherRegion =
      (lastOther !== undefined && !anyBetween(doc.ownRegionMentions, lastOther.end, q.prefixStart)) || within(doc.otherRegions, w.trail[0], w.trail[1]).length > 0;
    const national = kind !== 'rank' && (hasIn(st, words.national, w.near[0], w.near[1]) || hasIn(st, words.national, w.trail[0], w.trail[1]));
    const operator = hasIn(st, words.operators, w.near[0], w.near[1]) || (/\brieng\b/.test(fold.slice(chainStart, q.prefixStart)) && hasIn(st, words.operators, chainStart, q.prefixStart));
    const subset = (kind === 'money' || kind === 'count') && hasIn(st, words.subset, chainStart, q.prefixStart);
    const component = (kind === 'rank' || kind === 'score') && (hasIn(st, words.component, sent.start, q.prefixStart) || (/^[\s\u00a0]*ve\b/.test(fold.slice(q.surfaceEnd, trailEnd)) && !choiceInTrail(st, choice, q.surfaceEnd, trailEnd)));
    const multi = hasMultiYear(st, q);
    const suppressed = partYear || multi || otherRegion || national || operator || subset || component || (viaComparison && false);

    if (!choice) {
      // a conversion in brackets (`VND25.2 trillion (US$1.08 billion)`) leaves the figure before it in charge
      if (!(host && /^[\s\u00a0]*\([\s\u00a0]*$/.test(work.slice(host.end, q.prefixStart)))) {
        host = { indicator: undefined, year, cand: undefined, end: q.surfaceEnd };
        prevLevelEnd = q.surfaceEnd;
      }
      continue;
    }
    const ind = choice.indicator;
    // brackets do not end the words that qualify a number: `(ước khoảng) 341 tỷ đồng`
    let clauseStart = sent.start;
    for (const b of bounds) if (b < q.prefixStart && work[b] !== '(' && work[b] !== ')') clauseStart = b + 1;
    let approx: Approx = leader ? 'exact' : readApprox(fold.slice(clauseStart, q.prefixStart), ctx.approx);
    if (approx === 'exact' && /^[\s\u00a0]*(?:tro len|or more|and above)\b/.test(after)) approx = 'over';
    else if (approx === 'exact' && /^[\s\u00a0]*(?:tro xuong|or less|and below)\b/.test(after)) approx = 'under';
    const cand = suppressed ? undefined : makeCandidate(st, q, ind, kind, year, qualifier, approx, cue, choice.contested, yearFrom, noun.none && kind === 'count');
    if (cand) {
      if (pending.plan !== undefined) cand.plan_pct = round(pending.plan);
      if (pending.change) {
        cand.change_pct = round(pending.change[0]);
        cand.change_vs_year = pending.change[1] ?? year - 1;
      }
      out.push(cand);
    }
    // the value a move starts from is for the year before the one it ends in, unless a year is written after it
    if (moveTo && !moveTo.explicitYear && moveTo.cand) moveTo.cand.year = year - 1;
    moveFrom = role === 'from' ? { indicator: ind, cand, explicitYear: following !== undefined } : undefined;
    pending = {};
    // a bracketed value of the comparison year (`so với năm 2021 (7 860 tỷ đồng) và đạt 101,6% kế hoạch`) is an aside:
    // what follows still speaks of the figure before it
    if (viaComparison && host) prevLevelEnd = q.surfaceEnd;
    else {
      host = { indicator: ind, year, cand, end: q.surfaceEnd };
      prevLevelEnd = q.surfaceEnd;
    }
    ctx.lastYear = year;
  }
  if (topic) ctx.paragraphYear = Number(topic[1]);
  ctx.prevSentence = sent;
}

function isTargetMark(st: St, m: PhraseMatch): boolean {
  const { sent, fold } = st;
  const before = fold.slice(Math.max(sent.start, m.start - 24), m.start);
  if (/(?:\d|%)[\s\u00a0]*$/.test(before)) return false;
  if (/(?:hoan thanh|vuot muc|vuot|dat duoc|dat|so voi|bang|thuc hien|exceeded|met|of the|of its)[\s\u00a0]*(?:cac[\s\u00a0]+|nhung[\s\u00a0]+)?$/.test(before)) return false;
  const after = fold.slice(m.end, m.end + 12);
  if (/^[\s\u00a0]*(?:so|va nhiem vu|nay)\b/.test(after)) return false;
  return true;
}

/**
 * A year inside brackets that close before `pos` and that give their own figure (`đạt 63,8% (năm 2023 là 51,2%), …;
 * tỷ lệ trễ hạn giảm còn 0,8%`): the year is that figure's, not the following ones'.
 */
function asideWithFigure(st: St, y: YearMention, pos: number): boolean {
  const { sent, work, quantities } = st;
  let open = -1;
  for (let i = y.start - 1; i >= sent.start; i--) {
    const c = work.charCodeAt(i);
    if (c === 0x29) return false;
    if (c === 0x28) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const close = work.indexOf(')', y.end);
  if (close < 0 || close >= pos) return false;
  return quantities.some((q) => q.start > y.end && q.end <= close);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function resolveRelative(st: St, y: YearMention): number {
  const { ctx, doc } = st;
  if (!y.relative) return y.year;
  if (y.relative === 'current') return doc.reportYear;
  if (y.relative === 'previous') return doc.reportYear - 1;
  return (ctx.lastYear ?? doc.reportYear) - 1;
}

function comparisonYear(st: St, from: number, hostYear: number | undefined): number | undefined {
  const { doc, fold, years } = st;
  const text = fold.slice(from, from + 60);
  if (!/^[\s\u00a0]*(?:so voi|compared|from|over|than|year[- ]on[- ]year|yoy)/.test(text)) return undefined;
  const stop = from + 60;
  const explicit = years.find((y) => y.start >= from && y.start < stop && y.role === 'comparison' && !y.relative);
  const rel = years.find((y) => y.start >= from && y.start < stop && y.role === 'comparison' && y.relative);
  if (explicit && (!rel || explicit.start - rel.end < 12)) return explicit.year;
  if (rel) return (hostYear ?? doc.reportYear) - 1;
  return undefined;
}

/** `so với năm 2021 (98,5 triệu USD)`, `so với năm 2018, khi con số này là 78 triệu USD`: a value for that year. */
function comparisonBefore(st: St, q: Quantity): { year?: number } | undefined {
  const { fold, years } = st;
  const comps = years.filter((y) => y.role === 'comparison' && y.end <= q.prefixStart);
  const c = comps[comps.length - 1];
  if (!c) return undefined;
  const between = fold.slice(c.end, q.prefixStart);
  if (/\d/.test(between)) return undefined;
  if (/^[\s\u00a0]*\([^()]*$/.test(between) || /^[\s\u00a0]*,[\s\u00a0]*(?:khi|when|luc do)\b[^;()]*$/.test(between)) return { year: c.relative ? undefined : c.year };
  return undefined;
}

function hasMultiYear(st: St, q: Quantity): boolean {
  const { sent, markers, semis } = st;
  const chain = (lastBefore(semis, q.prefixStart) ?? sent.start - 1) + 1;
  return markers.some((m) => m.kind === 'multiYear' && ((m.start >= chain && m.start < q.prefixStart) || (m.start >= q.surfaceEnd - 1 && m.start < q.surfaceEnd + 8)));
}

/** The year written after the index's name (`DTI năm 2021`, `ICT Index 2019`): before a rank, or after `dẫn đầu … về`. */
function yearAfterCue(st: St, ind: CompiledIndicator, q: Quantity, leader: boolean): YearMention | undefined {
  const { sent, ctx, doc, fold } = st;
  const cueIds = new Set(ind.cues.flat());
  const spans: [number, number][] = leader ? [[q.end, Math.min(sent.end, q.end + 120)]] : [[sent.start, q.start]];
  if (ctx.prevSentence && !leader) spans.unshift([ctx.prevSentence.start, ctx.prevSentence.end]);
  let found: YearMention | undefined;
  for (const [a, b] of spans) {
    for (const m of matchesIn(doc.matches, a, b)) {
      if (!cueIds.has(m.id)) continue;
      const y = within(doc.years.years, m.end, m.end + 16).find((yy) => yy.role === 'plain' && !yy.relative && /^[\s\u00a0()]*(?:nam|in|năm)?[\s\u00a0]*$/.test(fold.slice(m.end, yy.start)));
      if (y && leader) return y;
      if (y) found = y;
    }
  }
  return found;
}

function choiceInTrail(st: St, c: Choice | undefined, a: number, b: number): boolean {
  const { doc } = st;
  if (!c) return false;
  const ids = new Set(c.indicator.cues.flat());
  return matchesIn(doc.matches, a, b).some((m) => ids.has(m.id));
}

function makeCandidate(st: St, q: Quantity, ind: CompiledIndicator, kind: Kind, year: number, qualifier: Qualifier, approx: Approx, cue: Evidence['cue'], contested: boolean, yearFrom: Evidence['year'], bare: boolean): Candidate | undefined {
  const { sent, ctx, doc } = st;
  const scale = q.scale;
  let value: number | undefined;
  let vmin: number | undefined;
  let vmax: number | undefined;
  if (q.max) {
    vmin = inUnit(q.value, scale, ind.unit);
    vmax = inUnit(q.max, scale, ind.unit);
    if (!(vmax > vmin)) return undefined;
  } else value = inUnit(q.value, scale, ind.unit);
  const v = value ?? vmax!;
  if (!plausible(v, kind, ind)) return undefined;
  if (vmin !== undefined && !plausible(vmin, kind, ind)) return undefined;
  return {
    indicator: ind.key,
    unit: ind.unit,
    year,
    value,
    value_min: vmin,
    value_max: vmax,
    qualifier,
    approx,
    // every candidate has the same properties from the start: one object shape for the code that reads them
    change_pct: undefined,
    change_vs_year: undefined,
    plan_pct: undefined,
    start: q.start,
    end: q.end,
    quoteStart: sent.start,
    quoteEnd: sent.end,
    block: ctx.block,
    rule: `${kind}.${cue}`,
    evidence: {
      cue,
      contested,
      year: yearFrom,
      ambiguous: q.ambiguous,
      foreignStyle: q.style !== undefined && q.style !== doc.convention && !q.ambiguous,
      bare,
      derived: false,
      assumedCurrency: kind === 'count' && q.scale >= 6 && !q.currency && ind.unit !== 'documents',
      corroborated: false,
    },
    fromTable: false,
  };
}

function plausible(v: number, kind: Kind, ind: CompiledIndicator): boolean {
  if (!(v > 0) || !Number.isFinite(v)) return false;
  if (ind.unit === 'percent') return v <= 100;
  if (ind.unit === 'rank') return Number.isInteger(v) && v <= 100;
  if (ind.unit === 'score') return v <= 1;
  if (countUnits.has(ind.unit) && ind.unit !== 'per_1000_people') return Number.isInteger(v);
  return kind !== 'percent';
}

function readRespectively(st: St, r: PhraseMatch, handled: Set<Quantity>, targetMarks: PhraseMatch[], estimateMarks: PhraseMatch[]): void {
  const { sent, ctx, doc, fold, work, words, quantities, years, bounds, semis, out } = st;
  const chainA = (lastBefore(semis, r.start) ?? lastBefore(bounds.filter((b) => work[b] === ':'), r.start) ?? sent.start - 1) + 1;
  const semiAfter = firstAtOrAfter(semis, r.end) ?? sent.end;
  const values = quantities.filter((q) => q.start > r.end && q.start < semiAfter && !q.slashAfter);
  if (values.length < 2) return;
  const subject = fold.slice(chainA, r.start);
  const parts: Span[] = [];
  const re = /,|[\s\u00a0]va[\s\u00a0]|[\s\u00a0]and[\s\u00a0]/g;
  let s = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(subject))) {
    parts.push({ start: chainA + s, end: chainA + m.index });
    s = m.index + m[0].length;
  }
  parts.push({ start: chainA + s, end: r.start });
  const used = parts.slice(-values.length);
  if (used.length !== values.length) return;
  const yearsOfParts = used.map((p) => years.find((y) => y.start >= p.start && y.end <= p.end && y.role === 'plain'));
  const allYears = yearsOfParts.every((y) => y);
  values.forEach((q, k) => {
    const part = used[k]!;
    const kind = kindOf(q, 'level');
    const fitsQ = (ind: CompiledIndicator): boolean => unitFits(kind, q, ind.unit);
    const win: Windows = allYears
      ? { near: [chainA, r.start], far: [sent.start, r.start], trail: [q.surfaceEnd, q.surfaceEnd] }
      : { near: [part.start, part.end], far: [part.start, part.end], trail: [q.surfaceEnd, q.surfaceEnd] };
    const choice = chooseIndicator(words, doc.matches, win, fitsQ);
    if (!choice) return;
    handled.add(q);
    const y = allYears ? yearsOfParts[k]!.year : (years.filter((yy) => yy.start < r.start && yy.role === 'plain').pop()?.year ?? ctx.paragraphYear ?? ctx.heading.year ?? doc.reportYear);
    const targetWord = targetMarks.some((t) => t.end <= r.start) || ctx.heading.target;
    const qualifier: Qualifier = targetWord || y > doc.reportYear ? 'target' : estimateMarks.some((e) => e.end <= r.start && e.start >= chainA) ? 'estimate' : 'actual';
    const cand = makeCandidate(st, q, choice.indicator, kind, y, qualifier, readApprox(fold.slice(r.end, q.prefixStart), ctx.approx), 'respectively', choice.contested, 'explicit', false);
    if (cand) out.push(cand);
  });
}
