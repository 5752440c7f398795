import type { Unit } from '@chiso/shared';
import { countUnits, isMoney, moneyCurrency } from './facts';
import { matchesIn, type PhraseMatch } from './lexicon';
import type { Quantity } from './numbers';
import type { CompiledIndicator, Words } from './words';

/** What kind of number a quantity is, as far as units go. */
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
}

export interface Choice {
  indicator: CompiledIndicator;
  score: number;
  /** Where the winning cue lay. */
  where: 'clause' | 'sentence' | 'context';
  contested: boolean;
}

const has = (ms: PhraseMatch[], set: Set<number>): boolean => ms.some((m) => set.has(m.id));

/** The first noun after a count (`847 dịch vụ`), read from the trailing window. */
export function leadingNoun(words: Words, matches: PhraseMatch[], trail: [number, number], fold: string): { units?: Set<Unit>; foreign: boolean; none: boolean } {
  let p = trail[0];
  while (p < trail[1] && /[\s\u00a0]/.test(fold[p]!)) p++;
  if (p >= trail[1] || !/[a-z]/.test(fold[p]!)) return { none: true, foreign: false };
  const here = matchesIn(matches, p, trail[1]).filter((m) => m.start === p);
  // the longest phrase starting here decides: `lượt cán bộ` is foreign though `lượt` alone is an item
  let best: PhraseMatch | undefined;
  for (const m of here) if ((words.nounUnits.has(m.id) || words.foreign.has(m.id)) && (!best || m.end > best.end)) best = m;
  if (!best) return { none: false, foreign: false };
  if (words.foreign.has(best.id) && !words.nounUnits.has(best.id)) return { foreign: true, none: false };
  return { units: words.nounUnits.get(best.id), foreign: false, none: false };
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

interface Seen {
  where: Map<number, number>;
  weight: Map<number, number>;
  candidates: Set<CompiledIndicator>;
}

function see(words: Words, seen: Seen, ms: PhraseMatch[], place: number, factor: number): void {
  const { where, weight, candidates } = seen;
  for (const m of ms) {
    const users = words.usedBy.get(m.id);
    if (!users) continue;
    const wgt = factor * (m.end - m.start);
    if ((weight.get(m.id) ?? 0) < wgt) weight.set(m.id, wgt);
    const p = where.get(m.id);
    if (p === undefined || place < p) where.set(m.id, place);
    for (const u of users) candidates.add(u);
  }
}

/**
 * The indicator a number belongs to: the cue phrases found around it, scored by length, nearer phrases weighing more;
 * an indicator is out when its unit does not fit or one of its `not` phrases stands in the number's own clause.
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
  const where = new Map<number, number>();
  const weight = new Map<number, number>();
  const candidates = new Set<CompiledIndicator>();
  const seen: Seen = { where, weight, candidates };
  see(words, seen, near, 1, 1);
  see(words, seen, trail, 1, 1);
  // a noun phrase after a number that names an indicator on its own is the number's subject: look no further back
  let ownSubject = false;
  if (!trailIsBase && trail.length) {
    const inTrail = new Set(trail.map((m) => m.id));
    for (const ind of candidates) if (ind.cues.some((cue) => cue.every((id) => inTrail.has(id)))) ownSubject = true;
  }
  if (!ownSubject) {
    see(words, seen, matchesIn(matches, w.far[0], w.near[0]), 2, 0.5);
    if (w.context) see(words, seen, matchesIn(matches, w.context[0], w.context[1]), 3, 0.3);
  }
  const scored: Choice[] = [];
  for (const ind of candidates) {
    if (!fits(ind)) continue;
    if (ind.not.some((id) => where.get(id) === 1)) continue;
    let best = 0;
    let at: Choice['where'] = 'context';
    for (const cue of ind.cues) {
      let s = 0;
      let nearest = 3;
      let ok = true;
      for (const id of cue) {
        const wgt = weight.get(id);
        if (!wgt) {
          ok = false;
          break;
        }
        s += wgt;
        nearest = Math.min(nearest, where.get(id) ?? 3);
      }
      if (ok && s > best) {
        best = s;
        at = nearest === 1 ? 'clause' : nearest === 2 ? 'sentence' : 'context';
      }
    }
    if (best > 0) scored.push({ indicator: ind, score: best, where: at, contested: false });
  }
  if (!scored.length) return undefined;
  scored.sort((a, b) => b.score - a.score || words.indicators.indexOf(a.indicator) - words.indicators.indexOf(b.indicator));
  const top = scored[0]!;
  const second = scored[1];
  if (second && second.score >= top.score * 0.85 && second.indicator.unit === top.indicator.unit) top.contested = true;
  return top;
}

export { has as hasAny };
