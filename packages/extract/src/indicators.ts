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

/**
 * The indicator a number belongs to: the cue phrases found around it, scored by length, nearer phrases weighing more;
 * an indicator is out when its unit does not fit or one of its `not` phrases stands in the number's own clause.
 */
export function chooseIndicator(
  words: Words,
  matches: PhraseMatch[],
  w: Windows,
  fits: (ind: CompiledIndicator) => boolean,
  percent = false,
): Choice | undefined {
  const trail = matchesIn(matches, w.trail[0], w.trail[1]);
  const near = [...matchesIn(matches, w.near[0], w.near[1]), ...trail];
  // a noun phrase after a count that names an indicator on its own is the count's subject: look no further back
  // (after a percentage it is the base: `chiếm 47,2% tổng số dịch vụ công trực tuyến`)
  const trailIds = new Set(trail.map((m) => m.id));
  const ownSubject = !percent && words.indicators.some((ind) => ind.cues.some((cue) => cue.every((id) => trailIds.has(id))));
  const far = ownSubject ? [] : matchesIn(matches, w.far[0], w.near[0]);
  const ctx = w.context && !ownSubject ? matchesIn(matches, w.context[0], w.context[1]) : [];
  const weightOf = new Map<number, number>();
  const put = (ms: PhraseMatch[], weight: number): void => {
    for (const m of ms) weightOf.set(m.id, Math.max(weightOf.get(m.id) ?? 0, weight * (m.end - m.start)));
  };
  put(ctx, 0.3);
  put(far, 0.5);
  put(near, 1);
  const nearIds = new Set(near.map((m) => m.id));
  const farIds = new Set(far.map((m) => m.id));
  const scored: Choice[] = [];
  for (const ind of words.indicators) {
    if (!fits(ind)) continue;
    if (ind.not.some((id) => nearIds.has(id))) continue;
    let best = 0;
    let where: Choice['where'] = 'context';
    for (const cue of ind.cues) {
      let s = 0;
      let ok = true;
      let anyNear = false;
      let anyFar = false;
      for (const id of cue) {
        const wgt = weightOf.get(id);
        if (!wgt) {
          ok = false;
          break;
        }
        s += wgt;
        if (nearIds.has(id)) anyNear = true;
        else if (farIds.has(id)) anyFar = true;
      }
      if (!ok) continue;
      if (s > best) {
        best = s;
        where = anyNear ? 'clause' : anyFar ? 'sentence' : 'context';
      }
    }
    if (best > 0) scored.push({ indicator: ind, score: best, where, contested: false });
  }
  if (!scored.length) return undefined;
  scored.sort((a, b) => b.score - a.score);
  const top = scored[0]!;
  const second = scored[1];
  if (second && second.score >= top.score * 0.85 && second.indicator.unit === top.indicator.unit) top.contested = true;
  return top;
}

export { has as hasAny };
