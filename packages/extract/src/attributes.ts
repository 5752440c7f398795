import type { Approx } from '@chiso/shared';

/**
 * What a number is, read from the words around it (folded text): a level, a change, plan attainment, an index
 * against a year, a rank, a score, a target named after `vượt chỉ tiêu`, an increment (`tăng 58 trạm`).
 */
export type Role = 'level' | 'change' | 'plan' | 'index' | 'rank' | 'score' | 'targetValue' | 'increment' | 'from';

const S = '[\\s\\u00a0]';
const tail = (s: string): string => s.replace(/[\s\u00a0(]+$/, '');

const reChangeBefore = new RegExp(
  `(?:^|[^a-z])(tang|giam|tang truong|tang them|giam them|increased?|increasing|rose|rising|grew|growing|growth of|up|down|fell|dropped|declined|decreased?|a rise of|a fall of|a drop of|an increase of|a decrease of|higher|lower)(?:${S}+(?:khoang|hon|gan|xap xi|by|nearly|about|some|over|more than|almost|around))?${S}*$`,
);
const reFromBefore = new RegExp(`(?:^|[^a-z])(?:tu|from)${S}*$`);
const reToBefore = new RegExp(`(?:^|[^a-z])(?:len|xuong|xuong con|giam con|con|to)${S}*$`);
const rePlanAfter = new RegExp(`^${S}*(?:so voi${S}+)?(?:ke hoach|kh\\b|chi tieu|muc tieu|of (?:the |its )?(?:plan|target|annual plan|yearly plan))`);
const reIndexBefore = new RegExp(`(?:^|[^a-z])(?:bang|equal to|equivalent to)${S}*$`);
const reComparedAfter = new RegExp(`^${S}*(?:so voi|compared (?:with|to)|of (?:the )?(?:same period|previous year|last year))`);
const reExceedBefore = new RegExp(`(?:^|[^a-z])(?:vuot|exceeded(?: the (?:plan|target) by)?|beat(?: the (?:plan|target) by)?)${S}*$`);
const reTargetBefore = new RegExp(`(?:^|[^a-z])(?:vuot|dat|so voi|than)${S}+(?:muc${S}+)?(?:chi tieu|ke hoach|muc tieu|the target of|a target of|the plan of)${S}*$`);
const reIncrementBefore = new RegExp(`(?:^|[^a-z])(?:tang|giam|tang them|giam them|up|down|rose|fell|increased|decreased|more|fewer|add|adding)(?:${S}+(?:khoang|hon|gan|by|nearly|about))?${S}*$`);
const reRankBefore = new RegExp(`(?:^|[^a-z])(?:xep thu|xep hang|dung thu|xep vi tri thu|vi tri thu|hang|thu hang|ranked|ranks|ranking|placed|came|no\\.)(?:${S}+(?:thu|no\\.))?${S}*$`);
const reScoreBefore = new RegExp(`(?:^|[^a-z])(?:a score of|score of|scoring|scored|so diem|voi so diem|diem so)${S}*$`);
const rePlanExceedAfter = new RegExp(`^${S}*(?:so voi${S}+)?(?:ke hoach|kh\\b|chi tieu)`);

export interface Reading {
  role: Role;
  sign?: 1 | -1;
  /** Plan attainment stated as the excess (`vượt 20% kế hoạch` → 120). */
  excess?: boolean;
}

/** The role of a number from the folded text just before it (`before`, its own clause) and just after (`after`). */
export function readRole(before: string, after: string, percent: boolean, followedByPoints: boolean): Reading {
  const b = tail(before);
  if (percent) {
    if (/(?:^|[^a-z])(?:them|tang them|giam them|bo sung)[\s\u00a0]*$/.test(b)) return { role: 'increment' };
    if (rePlanAfter.test(after)) return { role: 'plan', excess: reExceedBefore.test(b) };
    if (reIndexBefore.test(b) && reComparedAfter.test(after)) return { role: 'index' };
    if (reTargetBefore.test(b)) return { role: 'targetValue' };
    const c = reChangeBefore.exec(b);
    if (c) {
      const w = c[1]!;
      const neg = /^(?:giam|fell|dropped|declined|decreased?|down|a fall of|a drop of|a decrease of|lower)/.test(w);
      return { role: 'change', sign: neg ? -1 : 1 };
    }
  } else {
    if (followedByPoints) return { role: 'increment' };
    if (reTargetBefore.test(b)) return { role: 'targetValue' };
    if (reIncrementBefore.test(b)) return { role: 'increment' };
  }
  if (reRankBefore.test(b)) return { role: 'rank' };
  // `0,8654 điểm`, `đạt 612,5 điểm.`; not `215 điểm phát Wi-Fi` (points of service)
  // `with a score of 0.6212`, `scoring 0.6212`, `số điểm 0,4682`
  if (!percent && reScoreBefore.test(b)) return { role: 'score' };
  if (!percent && /^[\s\u00a0]*(?:diem|points?)(?![a-z])(?![\s\u00a0]+(?!tren\b|va\b|voi\b|out\b|and\b)[a-z])/.test(after)) return { role: 'score' };
  if (reFromBefore.test(b)) return { role: 'from' };
  return { role: 'level' };
}

export const isPlanExceed = (after: string): boolean => rePlanExceedAfter.test(after);
export const endsWithTo = (before: string): boolean => reToBefore.test(tail(before));

/** Whitespace as `\s` and `String.prototype.trimEnd` see it. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The last word of `s[from..]` with brackets read as spaces: the last item of `readApprox`'s split. */
function lastWord(from: number, s: string): string {
  let e = s.length;
  while (e > from && (isSpace(s.charCodeAt(e - 1)) || s.charCodeAt(e - 1) === 0x28 || s.charCodeAt(e - 1) === 0x29)) e--;
  let b = e;
  while (b > from && !isSpace(s.charCodeAt(b - 1)) && s.charCodeAt(b - 1) !== 0x28 && s.charCodeAt(b - 1) !== 0x29) b--;
  return s.slice(b, e);
}

const lastWords = new WeakMap<Map<string, Approx>, Set<string>>();
function lastWordsOf(phrases: Map<string, Approx>): Set<string> {
  let set = lastWords.get(phrases);
  if (!set) {
    set = new Set([...phrases.keys()].map((k) => k.split(' ').pop()!));
    lastWords.set(phrases, set);
  }
  return set;
}

const fillers = new Set(['dat', 'la', 'muc', 'o muc', 'reached', 'at', 'of', 'to', 'by', 'was', 'is', 'con', 'len']);

/** Approximation from the words right before a number (`hơn`, `gần`, `khoảng`, `(ước khoảng)`). */
export function readApprox(beforeFold: string, approxPhrases: Map<string, Approx>): Approx {
  // most numbers follow a word that ends no approximation phrase and is no filler: nothing to split
  const last = lastWord(beforeFold.length > 40 ? beforeFold.length - 40 : 0, beforeFold);
  if (!fillers.has(last) && !lastWordsOf(approxPhrases).has(last)) return 'exact';
  const b = (beforeFold.length > 40 ? beforeFold.slice(-40) : beforeFold).replace(/[()]/g, ' ').replace(/[\s\u00a0]+/g, ' ');
  const words = b.trimEnd().split(' ');
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const phrase = words.slice(words.length - n).join(' ');
    const a = approxPhrases.get(phrase);
    if (a) return a;
  }
  // `đạt khoảng`: one filler word between
  if (words.length >= 2 && fillers.has(words[words.length - 1]!)) {
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const phrase = words.slice(words.length - 1 - n, words.length - 1).join(' ');
      const a = approxPhrases.get(phrase);
      if (a === 'about') return a;
    }
  }
  return 'exact';
}
