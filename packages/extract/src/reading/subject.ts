import type { Unit } from '@chiso/shared';
import type { Doc } from '../document';
import { countUnits, isMoney, moneyCurrency } from '../facts';
import { matchesIn, type PhraseMatch } from '../lexicon';
import { firstAtOrAfter } from '../search';
import type { Quantity } from '../numbers';
import { alt, endsWithOne, S } from '../patterns';
import type { Span } from '../structure';
import { bodyHeads, leaderNational, leaderTopic, linkWords, perPeople, perWords, sharePredicates, totalBefore, totalFillers } from '../vocabulary/index';
import type { Base, Generation, Sector } from '../vocabulary/index';
import type { CompiledIndicator, Words } from '../words';
import { ev, type Evidence } from './evidence';
import type { Role } from './roles';
import { hasMatch, inBracket, lastBefore, type Segment } from './segment';

/**
 * Stage 3, the subject noun phrase: which indicator a figure is a value of. The indicator's words (cues) are looked
 * for around the number, nearer ones weighing more; the noun phrase's facets (the sector, the base of a share, the
 * network generation it names) must fit the indicator: `doanh thu bưu chính` is revenue, but of one sector, not the
 * sector's total; `99,2% dân số` is a share of the population, not of the BTS sites.
 */
export type Kind = 'money' | 'percent' | 'count' | 'rank' | 'score';

export interface Windows {
  /** The number's own clause before it. */
  near: [number, number];
  /** The sentence before the number (its own clause included). */
  far: [number, number];
  /** What follows the number up to the next clause break or number. */
  trail: [number, number];
  /** The previous sentence of the paragraph, for a subject named there. */
  context?: [number, number];
  /** Where `not` phrases of the trail stop counting (a conjunction starts another clause). */
  notEnd?: number;
  /** The number's own clause opens with a conjunction (`…, and now offers …`): a subject it names is its own. */
  opensClause?: boolean;
}

export interface Choice {
  indicator: CompiledIndicator;
  score: number;
  /** Where the winning cue lay. */
  where: 'clause' | 'sentence' | 'context';
  contested: boolean;
  /** Start of the nearest phrase of the winning cue. */
  cueAt: number;
}

/** The facets of a figure's noun phrase. */
export interface NounPhrase {
  sectors: Set<Sector>;
  base?: Base;
  generations: Set<Generation>;
}

export function kindOf(q: Quantity, role: 'level' | 'rank' | 'score'): Kind {
  if (role === 'rank') return 'rank';
  if (role === 'score') return 'score';
  if (q.percent) return 'percent';
  if (q.currency) return 'money';
  return 'count';
}

/** Whether a number of this kind can be a value of this indicator. */
export function unitFits(kind: Kind, q: Quantity | undefined, unit: Unit): boolean {
  switch (kind) {
    case 'percent':
      return unit === 'percent';
    case 'money':
      return isMoney(unit) && (!q?.currency || q.currency === moneyCurrency(unit));
    case 'rank':
      return unit === 'rank';
    case 'score':
      return unit === 'score';
    case 'count':
      if (q && q.scale >= 6 && isMoney(unit) && moneyCurrency(unit) === 'VND') return true;
      return countUnits.has(unit);
  }
}

export interface FitContext {
  kind: Kind;
  q: Quantity;
  units?: Set<Unit>;
  isFlow: boolean;
  perThousand: boolean;
  np: NounPhrase;
}

/** Whether an indicator can take this figure: unit, counted noun, flow or stock, density, and the noun phrase's facets. */
export function fitsFor(ind: CompiledIndicator, f: FitContext): boolean {
  const { kind, q, units, isFlow, perThousand } = f;
  if (!unitFits(kind, q, ind.unit)) return false;
  if (kind === 'count') {
    if (ind.unit === 'per_1000_people') return perThousand;
    if (perThousand) return false;
    if (units && countUnits.has(ind.unit) && !units.has(ind.unit)) return false;
    if (isFlow && countUnits.has(ind.unit) && !ind.flow) return false;
    if (!isFlow && ind.needsFlowMark) return false;
  }
  return facetsFit(ind, f.np);
}

/** Whether the facets a noun phrase names are ones the indicator allows. */
export function facetsFit(ind: CompiledIndicator, np: NounPhrase): boolean {
  if (ind.sectors) for (const s of np.sectors) if (!ind.sectors.has(s)) return false;
  if (ind.base && np.base && np.base !== ind.base) return false;
  if (ind.generations) for (const g of np.generations) if (!ind.generations.has(g)) return false;
  return true;
}

/**
 * The facets named in a figure's noun phrase: the words from `from` to the number and after it (`trail`), without
 * brackets that do not hold the number and without relative clauses (`which also covers …`). Three sectors or more
 * named together are an enumeration of the whole sector (`bưu chính, viễn thông, CNTT, báo chí`); two generations or
 * more, of all stations.
 */
export function nounPhrase(doc: Doc, seg: Segment, q: Quantity, from: number, trail: [number, number], shareOpenerFrom = from): NounPhrase {
  const words = doc.words;
  // only facet words and relative markers matter: collected without building the windows' match lists
  const ms: PhraseMatch[] = [];
  collectFacets(doc, from, q.prefixStart, ms);
  collectFacets(doc, trail[0], trail[1], ms);
  const bareClause = (): boolean => !matchesIn(doc.matches, from, q.prefixStart).some((m) => words.usedBy.has(m.id));
  if (!ms.length) {
    const base = q.percent ? baseOf(doc, [], q, shareOpenerFrom, trail, bareClause()) : undefined;
    return { sectors: new Set(), generations: new Set(), ...(base ? { base } : {}) };
  }
  const own = inBracket(seg, q.start);
  const excluded: Span[] = seg.brackets.filter((b) => b !== own && !(b.start < q.start && q.end <= b.end));
  // a relative clause runs to the clause bound before the number (`…, which also covers telecommunications, postal services, press and publishing, hit …`) or, after it, to the next bound
  for (const m of ms) {
    if (!words.relative.has(m.id)) continue;
    let end: number;
    if (m.end <= q.prefixStart) {
      const last = seg.bounds.filter((b) => b > m.end && b < q.prefixStart).pop();
      end = last ?? q.prefixStart;
    } else end = seg.bounds.find((b) => b > m.end) ?? trail[1];
    excluded.push({ start: m.start, end });
  }
  const lower = doc.v.lower;
  const kept = ms.filter((m) => words.facets.has(m.id) && !excluded.some((e) => e.start <= m.start && m.end <= e.end) && !reBodyHead.test(lower.slice(Math.max(0, m.start - 16), m.start)));
  const { np, facetMatches } = facetsOf(words, kept);
  if (q.percent) np.base = baseOf(doc, facetMatches, q, shareOpenerFrom, trail, bareClause());
  return np;
}

/** How many network generations the words in [a, b) name. */
function generationsIn(doc: Doc, a: number, b: number): number {
  const ms: PhraseMatch[] = [];
  collectFacets(doc, a, b, ms);
  const named = new Set<Generation>();
  for (const m of ms) for (const f of doc.words.facets.get(m.id) ?? []) if (f.kind === 'generation') named.add(f.value);
  return named.size;
}

/** Facet words and relative markers lying in [a, b), added to `out`. A module function: tsx names every nested one on each call. */
function collectFacets(doc: Doc, a: number, b: number, out: PhraseMatch[]): void {
  const all = doc.matches;
  const { facets, relative } = doc.words;
  for (let i = firstAtOrAfter(all, a); i < all.length && all[i]!.start < b; i++) {
    const m = all[i]!;
    if (m.end <= b && (facets.has(m.id) || relative.has(m.id))) out.push(m);
  }
}

function facetsOf(words: Words, kept: PhraseMatch[]): { np: NounPhrase; facetMatches: PhraseMatch[] } {
  // a facet word inside a longer one (`ICT` in `công nghiệp ICT`) says nothing of its own
  const facetMatches = kept.filter((m) => !kept.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
  const sectors = new Set<Sector>();
  const generations = new Set<Generation>();
  for (const m of facetMatches) {
    for (const f of words.facets.get(m.id)!) {
      if (f.kind === 'sector') sectors.add(f.value);
      else if (f.kind === 'generation') generations.add(f.value);
    }
  }
  const parts = [...sectors].filter((s) => s !== 'whole');
  // (two named after the whole are its enumeration too: `the whole sector, including telecoms, post and the press`)
  const enumeration = parts.length >= 3 || (sectors.has('whole') && parts.length >= 2);
  return { np: { sectors: enumeration ? new Set(['whole']) : sectors, generations }, facetMatches };
}

/** The facets of a table cell or header (`Doanh thu bưu chính`): sectors and generations, brackets left out. */
export function facetsOfSpan(doc: Doc, start: number, end: number): NounPhrase {
  const text = doc.v.work;
  const excluded: Span[] = [];
  for (let i = start; i < end; i++) {
    if (text[i] !== '(') continue;
    const close = text.indexOf(')', i);
    excluded.push({ start: i, end: close < 0 || close > end ? end : close + 1 });
  }
  const inSpan = matchesIn(doc.matches, start, end);
  const kept = inSpan.filter((m) => doc.words.facets.has(m.id) && !excluded.some((e) => e.start <= m.start && m.end <= e.end));
  const np = facetsOf(doc.words, kept).np;
  // `Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến`: a share of what the first noun after `tỷ lệ` names
  const opener = inSpan.find((m) => doc.words.shareOpener.has(m.id));
  const base = opener ? longestFirst(inSpan.filter((m) => m.start >= opener.end && m.start - opener.end < 40 && baseWord(doc.words, m) !== undefined)) : undefined;
  if (base) np.base = baseWord(doc.words, base);
  return np;
}

function baseWord(words: Words, m: PhraseMatch): Base | undefined {
  const f = words.facets.get(m.id);
  if (f) for (const x of f) if (x.kind === 'base') return x.value;
  return undefined;
}

/** What a share is of: the first base noun after `tỷ lệ` / `share of` before the number, else right after the `%`. */
function baseOf(doc: Doc, facetMatches: PhraseMatch[], q: Quantity, from: number, trail: [number, number], bareClause: boolean): Base | undefined {
  const words = doc.words;
  const openers = matchesIn(doc.matches, from, q.prefixStart).filter((m) => words.shareOpener.has(m.id));
  const opener = openers[openers.length - 1];
  if (opener) {
    // the base follows `tỷ lệ` into a later clause that names no subject of its own (`Tỷ lệ hồ sơ … 9 tháng đạt 52,6%; ước cả năm đạt 55%`)
    const near = facetMatches.find((m) => m.start >= opener.end && m.start < q.prefixStart && m.start - opener.end < 40 && baseWord(words, m) !== undefined);
    const first = near ?? (bareClause ? longestFirst(matchesIn(doc.matches, opener.end, Math.min(opener.end + 40, q.prefixStart)).filter((m) => baseWord(words, m) !== undefined)) : undefined);
    if (first) return baseWord(words, first);
  }
  const after = facetMatches.find((m) => m.start >= trail[0] && m.start < trail[0] + 30 && baseWord(words, m) !== undefined);
  return after ? baseWord(words, after) : undefined;
}

/** The earliest match, the longest of those starting there (`thủ tục hành chính`, not `thủ tục`). */
function longestFirst(ms: PhraseMatch[]): PhraseMatch | undefined {
  let best: PhraseMatch | undefined;
  for (const m of ms) if (!best || m.start < best.start || (m.start === best.start && m.end > best.end)) best = m;
  return best;
}

/** The first noun after a count (`847 dịch vụ`), read from the trailing window. */
export function leadingNoun(words: Words, matches: PhraseMatch[], trail: [number, number], fold: string): { units?: Set<Unit>; foreign: boolean; none: boolean } {
  let p = trail[0];
  while (p < trail[1] && /[\s\u00a0]/.test(fold[p]!)) p++;
  if (p >= trail[1] || !/[a-z]/.test(fold[p]!)) return { none: true, foreign: false };
  let best: PhraseMatch | undefined;
  // a sector word before the noun (`1,000 IT firms`, `30.000 lao động CNTT` needs none) is skipped, twice at most
  for (let skips = 0; skips <= 2 && !best; skips++) {
    const here = matchesIn(matches, p, trail[1]).filter((m) => m.start === p);
    // the longest phrase starting here decides: `lượt cán bộ` is foreign though `lượt` alone is an item
    for (const m of here) if ((words.nounUnits.has(m.id) || words.foreign.has(m.id)) && (!best || m.end > best.end)) best = m;
    const sector = here.find((m) => words.facets.get(m.id)?.some((f) => f.kind === 'sector'));
    if (best || !sector) break;
    p = sector.end;
    while (p < trail[1] && /[\s\u00a0]/.test(fold[p]!)) p++;
  }
  if (!best) return { none: false, foreign: false };
  if (words.foreign.has(best.id) && !words.nounUnits.has(best.id)) return { foreign: true, none: false };
  return { units: words.nounUnits.get(best.id), foreign: false, none: false };
}

/**
 * Where each phrase was seen around a number, by phrase id: the nearest place (0 unseen, 1 near the number, 2 earlier
 * in the sentence, 3 the previous sentence), its largest weight and where that phrase lay; and the indicators those
 * phrases are cues of. Typed arrays as long as the lexicon and the catalogue, kept between calls and cleared for what
 * a call saw: maps and sets made per figure were among the largest allocations of a reading.
 */
class Seen {
  readonly where: Uint8Array;
  readonly weight: Float64Array;
  readonly at: Int32Array;
  /** Where the phrase was first seen (valid where `where` is not 0). */
  readonly first: Int32Array;
  private readonly seenIds: number[] = [];
  /** The indicators with a cue or a `not` among the phrases seen, in the order first seen. */
  readonly candidates: CompiledIndicator[] = [];
  private readonly isCandidate: Uint8Array;

  constructor(
    readonly phrases: number,
    readonly indicators: number,
  ) {
    this.where = new Uint8Array(phrases);
    this.weight = new Float64Array(phrases);
    this.at = new Int32Array(phrases);
    this.first = new Int32Array(phrases);
    this.isCandidate = new Uint8Array(indicators);
  }

  see(words: Words, ms: PhraseMatch[], place: number, factor: number): void {
    const { where, weight, at, first, candidates, isCandidate } = this;
    for (const m of ms) {
      const users = words.usedBy.get(m.id);
      if (!users) continue;
      if (where[m.id] === 0) {
        this.seenIds.push(m.id);
        first[m.id] = m.start;
      } else if (m.start < first[m.id]!) first[m.id] = m.start;
      const wgt = factor * (m.end - m.start);
      if (weight[m.id]! < wgt) {
        weight[m.id] = wgt;
        at[m.id] = m.start;
      }
      if (where[m.id] === 0 || place < where[m.id]!) where[m.id] = place;
      for (const u of users) {
        if (isCandidate[u.index]) continue;
        isCandidate[u.index] = 1;
        candidates.push(u);
      }
    }
  }

  clear(): void {
    for (const id of this.seenIds) {
      this.where[id] = 0;
      this.weight[id] = 0;
    }
    this.seenIds.length = 0;
    for (const ind of this.candidates) this.isCandidate[ind.index] = 0;
    this.candidates.length = 0;
  }
}

let scratch: Seen | undefined;
/** The cleared `Seen` for these words. */
function seenFor(words: Words): Seen {
  if (!scratch || scratch.phrases < words.lex.phrases.length || scratch.indicators < words.indicators.length) scratch = new Seen(words.lex.phrases.length, words.indicators.length);
  else scratch.clear();
  return scratch;
}

/** Where the number's clause ends after it: the next clause bound or the next figure. */
function clauseEndAfter(seg: Segment, q: Quantity): number {
  const bound = seg.bounds.find((b) => b >= q.surfaceEnd) ?? seg.sent.end;
  const next = seg.quantities.find((x) => x.start >= q.surfaceEnd);
  return next ? Math.min(bound, next.prefixStart) : bound;
}

/**
 * Whether another part of the same whole as `part` (another channel) is named between `from` and `to`, joined to a
 * phrase of `part` with no figure between them (`through the 1022 hotline and the Góp ý portal`), not with a figure of
 * its own (`qua đường dây nóng là 4.915 ý kiến và qua Cổng Góp ý là 1.927 ý kiến`).
 */
function twoChannels(doc: Doc, part: CompiledIndicator, from: number, to: number): boolean {
  const ms = matchesIn(doc.matches, from, to);
  const others = doc.words.indicators.filter((ind) => ind !== part && ind.partOf === part.partOf);
  // (only the phrases that name a channel on their own: `ý kiến` of `ý kiến + đường dây nóng` names none)
  const own = singlePhrases(part);
  const ofOthers = new Set(others.flatMap((o) => [...singlePhrases(o)]));
  const ofOther = (id: number): boolean => (ofOthers.has(id) || doc.words.otherChannel.has(id)) && !own.has(id);
  for (const a of ms) {
    if (!own.has(a.id) || ofOthers.has(a.id)) continue;
    for (const b of ms) {
      if (!ofOther(b.id)) continue;
      const [from, to] = b.start > a.end ? [a.end, b.start] : a.start > b.end ? [b.end, a.start] : [-1, -1];
      // (no figure between them; a hotline's own number is none: `The hotline 1022, the online feedback portal and …`)
      if (from >= 0 && !doc.quantities.some((x) => x.start >= from && x.end <= to)) return true;
    }
  }
  return false;
}

/** Whether one of the indicator's `not` phrases stands between `from` and `to`. */
function ruledOutBefore(doc: Doc, ind: CompiledIndicator, from: number, to: number): boolean {
  return matchesIn(doc.matches, from, to).some((m) => ind.not.includes(m.id));
}

/** The phrases that are a cue of the indicator on their own (not one part of a cue of several). */
function singlePhrases(ind: CompiledIndicator): Set<number> {
  return new Set(ind.cues.filter((cue) => cue.length === 1).flatMap((cue) => cue[0]!));
}

/** Whether every part of one of the indicator's cues is among `ids` (by one of its alternatives). */
function cueAmong(ind: CompiledIndicator, ids: Set<number>): boolean {
  for (const cue of ind.cues) if (partsAmong(cue, ids)) return true;
  return false;
}

function partsAmong(cue: number[][], ids: Set<number>): boolean {
  for (const part of cue) if (!anyAmong(part, ids)) return false;
  return true;
}

function anyAmong(alternatives: number[], ids: Set<number>): boolean {
  for (const id of alternatives) if (ids.has(id)) return true;
  return false;
}

/**
 * Whether one of the indicator's `not` phrases stands near the number (`where` 1): in its clause, or in its trail
 * before `cut`. Loops rather than nested callbacks: this runs for every candidate indicator of every figure.
 */
function ruledOut(ind: CompiledIndicator, where: Uint8Array, near: PhraseMatch[], trail: PhraseMatch[], cut: number | undefined): boolean {
  for (const id of ind.not) {
    if (where[id] !== 1) continue;
    if (cut === undefined) return true;
    for (const m of near) if (m.id === id) return true;
    for (const m of trail) if (m.id === id && m.start < cut) return true;
  }
  return false;
}

/**
 * The indicator a number belongs to: the cue phrases found around it, scored by length, nearer phrases weighing more;
 * an indicator is out when `fits` refuses it or one of its `not` phrases stands in the number's own clause.
 */
export function chooseIndicator(
  words: Words,
  matches: PhraseMatch[],
  w: Windows,
  fits: (ind: CompiledIndicator) => boolean,
  /** A percentage whose trailing words are its base (`chiếm 47,2% tổng số dịch vụ`), not its subject. */
  trailIsBase = false,
): Choice | undefined {
  const trail = matchesIn(matches, w.trail[0], w.trail[1]);
  const near = matchesIn(matches, w.near[0], w.near[1]);
  // where each phrase was seen: 1 near the number (own clause or after it), 2 earlier in the sentence, 3 the previous sentence
  const seen = seenFor(words);
  seen.see(words, near, 1, 1);
  seen.see(words, trail, 1, 1);
  // `not` phrases rule in the number's clause and its trail up to a conjunction (`notEnd`)
  const cut = w.notEnd !== undefined && w.notEnd < w.trail[1] ? w.notEnd : undefined;
  // a noun phrase after a number that names an indicator on its own is the number's subject: look no further back
  let ownSubject = false;
  if (!trailIsBase && trail.length) {
    const inTrail = new Set<number>();
    for (const m of trail) inTrail.add(m.id);
    // (not a share named after a count: `2,287 now broadcast 4G` names the 4G sites, counted by the words before)
    for (const ind of seen.candidates) if (cueAmong(ind, inTrail) && (fits(ind) || !ind.shareOf)) ownSubject = true;
  }
  // nor when the number's own clause, opened by a conjunction, names one that fits (`…, and now offers free public
  // Wi-Fi at 146 stations`: not the environment-friendly sites of the clause before)
  if (!ownSubject && w.opensClause && near.length) {
    const inNear = new Set<number>();
    for (const m of near) inNear.add(m.id);
    for (const ind of seen.candidates) if (cueAmong(ind, inNear) && fits(ind)) ownSubject = true;
  }
  if (!ownSubject) {
    seen.see(words, matchesIn(matches, w.far[0], w.near[0]), 2, 0.5);
    if (w.context) seen.see(words, matchesIn(matches, w.context[0], w.context[1]), 3, 0.3);
  }
  const { where, weight, at } = seen;
  const scored: Choice[] = [];
  for (const ind of seen.candidates) {
    if (!fits(ind)) continue;
    if (ruledOut(ind, where, near, trail, cut)) continue;
    let best = 0;
    let place: Choice['where'] = 'context';
    let cueAt = -1;
    for (const cue of ind.cues) {
      let s = 0;
      let nearest = 3;
      let first = Infinity;
      let ok = true;
      for (const part of cue) {
        let wgt = 0;
        let id = -1;
        for (const alt of part) {
          const x = weight[alt]!;
          if (x > wgt) {
            wgt = x;
            id = alt;
          }
        }
        if (!wgt) {
          ok = false;
          break;
        }
        s += wgt;
        nearest = Math.min(nearest, where[id]!);
        first = Math.min(first, at[id]!);
      }
      if (ok && s > best) {
        best = s;
        place = nearest === 1 ? 'clause' : nearest === 2 ? 'sentence' : 'context';
        cueAt = first;
      }
    }
    if (best > 0) scored.push({ indicator: ind, score: best, where: place, contested: false, cueAt });
  }
  if (!scored.length) return undefined;
  scored.sort((a, b) => b.score - a.score || a.indicator.index - b.indicator.index);
  const [first, second] = scored as [Choice, Choice | undefined];
  const close = second !== undefined && second.score >= first.score * 0.85 && second.indicator.unit === first.indicator.unit;
  // a part named first in the figure's own clause, close behind its whole, is the more specific subject (`tổng đài
  // 1022 tiếp nhận 7.722 ý kiến`: the hotline's, though `tiếp nhận … ý kiến` names the whole too); named after the
  // whole, it is the way the whole came in (`Hệ thống tiếp nhận phản ánh qua tổng đài 1022 …`)
  const earliest = (ind: CompiledIndicator): number => Math.min(...ind.cues.flatMap((cue) => cue.flatMap((part) => part.filter((id) => where[id]! > 0).map((id) => seen.first[id]!))));
  const top = close && second.indicator.partOf === first.indicator.key && second.where === 'clause' && earliest(second.indicator) < earliest(first.indicator) ? second : first;
  if (close) top.contested = true;
  return top;
}

/** The figure before in the sentence, that later figures may refer to. */
export interface Host {
  indicator?: CompiledIndicator;
  year: number;
  end: number;
}

export interface SubjectInput {
  doc: Doc;
  seg: Segment;
  q: Quantity;
  role: Role;
  kind: Kind;
  leader: boolean;
  w: Windows;
  fc: FitContext;
  host: Host | undefined;
  /** The first value of a move (`từ 2,3% …`) waiting for its end. */
  moveFrom: CompiledIndicator | undefined;
  /** The number ends a move (`… xuống còn 0,8%`). */
  moveEnd: boolean;
  /** `so với năm 2021 (98,5 triệu USD)`: a value of the comparison year. */
  comparisonAside: boolean;
  /** The previous sentence of the paragraph. */
  prevSentence?: Span;
  /** A count with a counted noun after it. */
  counted: boolean;
  /** The sentence where the document last named the index a rank or score belongs to. */
  lastIndex?: Span;
  /** The line that introduces the list this figure's item belongs to (`- Tổng doanh thu toàn ngành:`). */
  leadIn?: Span;
  /** The indicator of the last figure of the sentence before, for `that share` opening this one. */
  prevIndicator?: CompiledIndicator;
  /** The indicator of the last figure of the paragraph before, for `the figure` opening this one. */
  paragraphIndicator?: CompiledIndicator;
}

export interface Subject {
  choice?: Choice;
  evidence: Evidence[];
}

/** (on the lower-case view: `sở` is not `số`) */
const reBodyHead = new RegExp(`(?:^|[^\\p{L}0-9])(?:${alt(bodyHeads, 'lower')})${S}*$`, 'u');
const reOfAfter = /^[\s\u00a0]+(?:of|của)(?![a-z0-9])/;
const reLinkWord = new RegExp(`^${S}*(?:${alt(linkWords)})\\b`);
const reLeaderTopicOnly = new RegExp(`^${S}*(?:(?:${alt(leaderNational)})${S}*)?(?:${alt(leaderTopic)})\\b`);
const rePredicateAfter = new RegExp(`^[\\s\\u00a0)]*,${S}*(?:${alt(sharePredicates)})(?![a-z0-9])`);
export const rePerThousand = new RegExp(`(?:${alt(perWords)})${S}*1[.,]?000`);
/** A density's thousand right after its figure, perhaps after the counted noun (`1.2 per 1,000 people`, `1,2 doanh nghiệp/1.000 dân`). */
export const reDensityTail = new RegExp(`^(?:${S}+[a-z]+){0,3}?${S}*(?:${alt(perWords)})${S}*1[.,]?000(?:${S}*(?:${alt(perPeople)})(?![a-z0-9]))?`);

/**
 * The phrases in [from, to) that name an index: a cue of a rank or score indicator (`DTI`, `ICT Index`), or, with
 * `other`, an index the catalogue does not hold — a `not` phrase of one (`PAR Index`, `PCI`).
 */
export function indexPhrases(doc: Doc, from: number, to: number, other = false): PhraseMatch[] {
  return matchesIn(doc.matches, from, to).filter((m) => doc.words.usedBy.get(m.id)?.some((ind) => (ind.unit === 'rank' || ind.unit === 'score') && ind.cueIds.has(m.id) !== other));
}

/** Whether a phrase that is a cue of some indicator (other than `except`'s) lies between `from` and `to`. */
export function namesIndicator(doc: Doc, from: number, to: number, except?: CompiledIndicator): boolean {
  return matchesIn(doc.matches, from, to).some((m) => doc.words.usedBy.has(m.id) && !except?.cueIds.has(m.id));
}

/** The indicator filter of a figure, made by a module function so that the reader does not name a closure per figure. */
function fitsOf(fc: FitContext): (ind: CompiledIndicator) => boolean {
  return (ind) => fitsFor(ind, fc);
}

const inherit = (indicator: CompiledIndicator): Choice => ({ indicator, score: 1, where: 'clause', contested: false, cueAt: -1 });

/** Reads the subject of a level, rank or score; the evidence says where it was found. */
const reTotalBefore = endsWithOne(totalBefore, `(?:${S}+(?:${alt(totalFillers)}))?${S}*:?`);

export function readSubject(s: SubjectInput): Subject {
  const { doc, seg, q, role, kind, leader, fc, host } = s;
  const w: Windows = { ...s.w };
  const { words } = doc;
  const { fold, work } = doc.v;
  const fits = fitsOf(fc);
  if (s.moveEnd && s.moveFrom && fits(s.moveFrom)) return { choice: inherit(s.moveFrom), evidence: [ev('subject.inherited'), ev('role.move-end')] };
  if (role === 'targetValue' && host?.indicator && fits(host.indicator)) return { choice: inherit(host.indicator), evidence: [ev('subject.inherited')] };
  // (a bare `tỷ lệ`, `the rate` names no indicator: `chiếm 1,24%, giảm so với tỷ lệ 3,05% của năm 2023`)
  if (s.comparisonAside && host?.indicator && fits(host.indicator) && !matchesIn(seg.matches, w.near[0], w.near[1]).some((m) => words.usedBy.has(m.id) && !words.shareOpener.has(m.id)))
    return { choice: inherit(host.indicator), evidence: [ev('subject.inherited')] };
  let choice: Choice | undefined;
  const evidence: Evidence[] = [];
  if (leader) {
    const t = fold.slice(q.end, w.trail[1]);
    const onlyTrail = reLeaderTopicOnly.test(t);
    choice = chooseIndicator(words, doc.matches, onlyTrail ? { near: [q.end, q.end], far: [q.end, q.end], trail: [q.end, w.trail[1]] } : { ...w, trail: [q.end, w.trail[1]] }, fits);
    if (!choice && !onlyTrail && s.prevSentence) choice = chooseIndicator(words, doc.matches, { ...w, context: [s.prevSentence.start, s.prevSentence.end] }, fits);
  } else {
    // `1.690 vị trí trạm, chiếm khoảng 92%`: a share's subject is the count just before it
    // (a count: the share before it is no count of anything, `100% dịch vụ … toàn trình, tỷ lệ hồ sơ trực tuyến đạt 75%`)
    if (kind === 'percent' && host && host.indicator?.unit !== 'percent' && host.end < w.near[0] && hasMatch(seg, words.shareVerb, w.near[0], w.near[1]) && !/[;.]/.test(work.slice(host.end, w.near[0]))) w.near = [host.end, w.near[1]];
    // after `chiếm 47,2%` the words are the base; after `100%` alone they are the subject (`100% hồ sơ được số hóa`)
    const shareNear = hasMatch(seg, words.shareVerb, w.near[0], w.near[1]);
    const nounAfter = /^[\s\u00a0]*[a-z]/.test(fold.slice(w.trail[0], w.trail[0] + 4)) && !reLinkWord.test(fold.slice(w.trail[0], w.trail[0] + 16));
    const trailIsBase = kind === 'percent' && (shareNear || !nounAfter);
    if (kind === 'percent' && !trailIsBase) w.far = [w.near[0], w.near[0]];
    // a clause chain after `;` that names a subject of its own keeps it: the far words look back past the `;` only
    // when the chain alone names none (`… đạt khoảng 3.400 trạm; …; nâng số trạm phát WiFi công cộng lên 350 trạm`)
    const chain = (lastBefore(seg.semis, q.prefixStart) ?? seg.sent.start - 1) + 1;
    // (not a chain that points back: `; tính theo quy mô GRDP chung, tỷ trọng này đạt 12,4%`)
    if (chain > w.far[0] && chain <= w.near[0] && !hasMatch(seg, words.anaphor, chain, q.prefixStart)) choice = chooseIndicator(words, doc.matches, { ...w, far: [chain, w.near[0]] }, fits, trailIsBase);
    // (nor one the chains before rule out: `The digital economy is still small; it was … 5.8 per cent of the GRDP`)
    if (choice && chain > w.far[0] && ruledOutBefore(doc, choice.indicator, w.far[0], chain)) choice = undefined;
    choice ??= chooseIndicator(words, doc.matches, w, fits, trailIsBase);
    // `tỷ trọng kinh tế số đạt 15% GRDP và đến năm 2030 đạt 30% GRDP`: a share whose only subject word is its base after
    // it (`GRDP`) is the share of the figure before with that base
    // (or of the sentence before's, when no figure comes before it: `… kinh tế số chiếm khoảng 13,5% GRDP. Mục tiêu … đến
    // năm 2030 đạt 30% GRDP`)
    const before = host?.indicator ?? s.prevIndicator;
    if (kind === 'percent' && choice && choice.cueAt >= q.surfaceEnd && !/\S/.test(fold.slice(q.surfaceEnd, choice.cueAt)) && !fc.np.sectors.size && !namesIndicator(doc, w.near[0], w.near[1]) && before && before !== choice.indicator && before.base !== undefined && before.base === choice.indicator.base && fits(before)) choice = inherit(before);
    // `A và B tiếp nhận …, nâng tổng số lên 3.842 ý kiến`: a total named right before the figure of a channel is the whole
    if (choice?.indicator.partOf && reTotalBefore.test(fold.slice(Math.max(w.near[0], q.prefixStart - 32), q.prefixStart))) {
      const whole = words.indicators.find((ind) => ind.key === choice!.indicator.partOf && fits(ind));
      if (whole) choice = inherit(whole);
    }
    // `Đường dây nóng … trong 11 tháng đã tiếp nhận 3.418 phản ánh; dự kiến cả năm tiếp nhận khoảng 3.700 ý kiến`: the
    // whole year of the channel's part-year figure before it, not the whole of the channels
    if (choice && host?.indicator?.partOf === choice.indicator.key && fits(host.indicator) && seg.markers.some((m) => m.kind === 'fullYear' && m.start >= host.end && m.start < q.prefixStart)) choice = inherit(host.indicator);
    // `12,480 complaints through the 1022 hotline and the Góp ý portal`: two channels of one whole named together give the whole
    // (from the chain's start when no figure comes before this one: `The hotline 1022, the online feedback portal and
    // the Zalo account together received 7,940 …`)
    const firstFigure = !seg.quantities.some((x) => x.end <= q.prefixStart && x.start >= w.far[0]);
    if (choice?.indicator.partOf && twoChannels(doc, choice.indicator, firstFigure ? w.far[0] : w.near[0], clauseEndAfter(seg, q))) {
      const whole = words.indicators.find((ind) => ind.key === choice!.indicator.partOf && fits(ind));
      if (whole) choice = inherit(whole);
    }
    // `12.870 ý kiến, 98,6% đã được xử lý`: a share whose words after it name a count is the share of that count
    if (!choice && kind === 'percent' && !trailIsBase) {
      const counted = chooseIndicator(words, doc.matches, { near: [w.trail[0], w.trail[0]], far: [w.trail[0], w.trail[0]], trail: w.trail }, (ind) => ind.unit !== 'percent');
      // (not one its clause rules out: `tỷ lệ ý kiến quá hạn giảm từ 4,6%`)
      const share = counted && words.indicators.find((ind) => ind.shareOf === counted.indicator.key && fits(ind) && !ruledOutBefore(doc, ind, w.near[0], w.near[1]));
      if (share) return { choice: inherit(share), evidence: [ev('subject.share-of-count')] };
    }
    // `con số này`, `that share`: the figure before, in this sentence or the one before it; an anaphor earlier in
    // the sentence carries on to the figures listed after the first (`that share to 20 per cent by 2025 and 30 per cent by 2030`)
    const referent = host?.indicator ?? s.prevIndicator ?? s.paragraphIndicator;
    // (not one that names its own noun: `the number of mobile subscribers`)
    const bare = (m: PhraseMatch): boolean => !reOfAfter.test(fold.slice(m.end, m.end + 4));
    const anaphor = hasMatch(seg, words.anaphor, w.near[0], w.near[1], bare) || (host !== undefined && hasMatch(seg, words.anaphor, w.far[0], w.near[0], bare));
    if (!choice && referent && anaphor && fits(referent)) return { choice: inherit(referent), evidence: [ev('subject.inherited')] };
    // `… ước đạt 4.530 tỷ đồng. Năm ngoái mình được khoảng 4.090 tỷ thôi.`: a short sentence that names no subject, only
    // another year or the plan, speaks of the figure before it
    const elided =
      !choice && !host && s.prevIndicator !== undefined && fits(s.prevIndicator) && seg.sent.end - seg.sent.start < 160 && seg.quantities.length <= 2 &&
      !seg.matches.some((m) => words.usedBy.has(m.id)) && (seg.years.length > 0 || seg.targetMarks.length > 0) && !seg.markers.some((m) => m.kind === 'partYear');
    if (elided) return { choice: inherit(s.prevIndicator!), evidence: [ev('subject.inherited')] };
    // `đã xử lý 6.320 phản ánh (97,5%)`: a share alone in brackets right after a count is the share of that count
    const bracketAfterHost = host !== undefined && /^[^\d;.()]*\([\s\u00a0]*$/.test(work.slice(host.end, q.prefixStart)) && /^[\s\u00a0]*\)/.test(work.slice(q.surfaceEnd, q.surfaceEnd + 3));
    const shareOfHost = kind === 'percent' && host !== undefined && (hasMatch(seg, words.shareVerb, w.near[0], w.near[1]) || bracketAfterHost);
    // `486 services, or 45.3 per cent, were at level 4`, `196,800, or 47.7 per cent, were filed and processed online`:
    // the predicate after the share names what it is a share of
    const predicate = !choice && shareOfHost ? rePredicateAfter.exec(fold.slice(q.surfaceEnd, seg.sent.end)) : null;
    if (predicate) {
      const from = q.surfaceEnd + predicate[0].length;
      const end = seg.bounds.find((b) => b >= from) ?? seg.sent.end;
      // (`Of these, …`: the things counted are the sentence before's)
      const context: [number, number] | undefined = seg.partOfPrevious && s.prevSentence ? [s.prevSentence.start, s.prevSentence.end] : undefined;
      const named = chooseIndicator(words, doc.matches, { near: [from, from], far: [w.near[0], w.near[0]], trail: [from, end], ...(context ? { context } : {}) }, (ind) => ind.unit === 'percent' && fits(ind));
      if (named) return { choice: inherit(named.indicator), evidence: [ev('subject.share-predicate')] };
    }
    if (!choice && shareOfHost && host?.indicator) {
      const hostInd = host.indicator;
      const allowed = (ind: CompiledIndicator): boolean => fits(ind) && !ruledOutBefore(doc, ind, w.near[0], w.near[1]);
      const sibling = words.indicators.find((ind) => ind.shareOf === hostInd.key && allowed(ind)) ?? (allowed(hostInd) ? hostInd : undefined);
      if (sibling) return { choice: inherit(sibling), evidence: [ev('subject.share-of-count')] };
    }
    // `Trong đó, …`, `Riêng …`: a part of what the previous sentence named; `Ước cả năm đạt …` after a part-year
    // figure: the whole year of what it named
    const wholeYearOfPrevious = (kind === 'money' || kind === 'count') && seg.markers.some((m) => m.kind === 'fullYear' && m.start < q.prefixStart);
    if (!choice && s.prevSentence && (kind === 'rank' || kind === 'score' || (kind === 'count' && s.counted) || seg.partOfPrevious || wholeYearOfPrevious)) {
      // (one that names a generation of its own is none of the sentence before's other kinds of station: `Sở đã xác
      // nhận 36 vị trí trạm BTS thân thiện môi trường. Các nhà mạng đã lắp đặt 14 trạm 5G thử nghiệm`)
      // (nor, when the sentence before lists generations, one of them: `Số trạm BTS bao gồm trạm 2G, 3G, 4G …. Tổng số vị
      // trí trạm BTS là 926 vị trí` counts every site)
      const ownGeneration = fc.np.generations.size > 0;
      const allGenerations = !ownGeneration && generationsIn(doc, s.prevSentence.start, s.prevSentence.end) >= 2;
      choice = chooseIndicator(words, doc.matches, { ...w, context: [s.prevSentence.start, s.prevSentence.end] }, (ind) => fits(ind) && (ownGeneration ? ind.generations !== undefined : !allGenerations || ind.generations === undefined));
    }
    // `- Nộp ngân sách nhà nước:` over `+ Ước cả năm đạt 242 tỷ đồng`: the item's subject is the list's lead-in
    if (!choice && s.leadIn) {
      // the lead-in is the item's noun phrase: its words rule as the figure's own clause would (`not` words too)
      choice = chooseIndicator(words, doc.matches, { near: [s.leadIn.start, s.leadIn.end], far: [s.leadIn.start, s.leadIn.start], trail: [s.leadIn.end, s.leadIn.end] }, fits);
      if (choice) evidence.push(ev('subject.lead-in'));
    }
    if (!choice && (kind === 'rank' || kind === 'score')) {
      // `ranked 17th out of 63 in the DTI`: an index named after the rank, in its sentence
      choice = chooseIndicator(words, doc.matches, { near: [q.end, q.end], far: [q.end, q.end], trail: [q.end, seg.sent.end] }, fits);
      // `The province ranked 28th in 2022.`: the index the document spoke of last (not when the sentence names another
      // index before the rank: `Chỉ số cải cách hành chính (PAR Index) năm 2019 của tỉnh đạt 84,12%, xếp thứ 22`)
      if (!choice && s.lastIndex && !indexPhrases(doc, seg.sent.start, q.prefixStart, true).length) choice = chooseIndicator(words, doc.matches, { ...w, context: [s.lastIndex.start, s.lastIndex.end] }, fits);
    }
  }
  if (!choice) return { evidence };
  evidence.push(ev(choice.where === 'clause' ? 'subject.clause' : choice.where === 'sentence' ? 'subject.sentence' : 'subject.context'));
  if (choice.contested) evidence.push(ev('subject.contested'));
  if (choice.cueAt >= 0 && choice.cueAt < q.prefixStart && q.prefixStart - choice.cueAt > 80) evidence.push(ev('subject.far-cue'));
  if (fc.np.sectors.size) evidence.push(ev('subject.sector-named'));
  return { choice, evidence };
}

const rePerThousandPeople = new RegExp(`(?:${alt(perWords)})${S}*1[.,]?000${S}*(?:${alt(perPeople)})(?![a-z0-9])`);
/** A density per 1,000 people: named after the figure, or named with its people before it in the clause. */
export const isPerThousand = (fold: string, trail: [number, number], near?: [number, number]): boolean =>
  rePerThousand.test(fold.slice(trail[0], trail[1])) || (near !== undefined && rePerThousandPeople.test(fold.slice(near[0], near[1])));
