import type { Approx } from '@chiso/shared';
import { fold, isWhiteSpace } from '../text';
import { alt, S } from '../patterns';
import { approxAfter, approxFillers, approxWords } from '../vocabulary/index';
import { ev, type Evidence } from './evidence';

/**
 * Stage 7, attributes: the approximation of a figure (`hơn`, `gần`, `khoảng`, `trở lên`) and what its digits say
 * about it (a separator that reads otherwise in the other convention, a currency assumed from the scale word). The
 * change and plan attainment a sentence states are attached to the figure they follow by the sentence reader.
 */
const phrases = new Map<string, Approx>();
for (const [kind, list] of Object.entries(approxWords) as [Approx, string[]][]) for (const p of list) phrases.set(fold(p).replace(/\s+/g, ' '), kind);
const lastWords = new Set([...phrases.keys()].map((k) => k.split(' ').pop()!));
const fillers = new Set(approxFillers.map((f) => fold(f)));
const reOver = new RegExp(`^${S}*(?:${alt(approxAfter.over)})\\b`);
const reUnder = new RegExp(`^${S}*(?:${alt(approxAfter.under)})\\b`);

const isSeparator = (c: number): boolean => isWhiteSpace(c) || c === 0x28 || c === 0x29;

/** The last `max` words of `s[from..]` (fewer if it has fewer), brackets read as spaces, in reading order. */
function lastWordsOf(from: number, s: string, max: number): string[] {
  const words: string[] = [];
  let e = s.length;
  while (words.length < max) {
    while (e > from && isSeparator(s.charCodeAt(e - 1))) e--;
    if (e === from) break;
    let b = e;
    while (b > from && !isSeparator(s.charCodeAt(b - 1))) b--;
    words.unshift(s.slice(b, e));
    e = b;
  }
  return words;
}

/** Approximation from the folded words right before a number (`hơn`, `gần`, `khoảng`, `(ước khoảng)`) and right after it. */
export function readApprox(beforeFold: string, afterFold: string): Approx {
  const before = approxBefore(beforeFold);
  if (before !== 'exact') return before;
  if (reOver.test(afterFold)) return 'over';
  if (reUnder.test(afterFold)) return 'under';
  return 'exact';
}

function approxBefore(beforeFold: string): Approx {
  // most numbers follow a word that ends no approximation phrase and is no filler: nothing to split
  const from = beforeFold.length > 40 ? beforeFold.length - 40 : 0;
  const last = lastWordsOf(from, beforeFold, 1)[0] ?? '';
  if (!fillers.has(last) && !lastWords.has(last)) return 'exact';
  // phrases of up to four words are looked up, right before the number or before one filler word
  const words = lastWordsOf(from, beforeFold, 4);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const a = phrases.get(words.slice(words.length - n).join(' '));
    if (a) return a;
  }
  // `đạt khoảng`: one filler word between
  if (words.length >= 2 && fillers.has(words[words.length - 1]!)) {
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const a = phrases.get(words.slice(words.length - 1 - n, words.length - 1).join(' '));
      if (a === 'about') return a;
    }
  }
  return 'exact';
}

/** Evidence the digits and units of a figure give. */
export function numberEvidence(q: { ambiguous: boolean; foreignStyle: boolean; assumedCurrency: boolean; approx: Approx; range: boolean }): Evidence[] {
  const out: Evidence[] = [];
  if (q.ambiguous) out.push(ev('attributes.ambiguous-separator'));
  if (q.foreignStyle) out.push(ev('attributes.foreign-style'));
  if (q.assumedCurrency) out.push(ev('attributes.assumed-currency'));
  if (q.approx !== 'exact') out.push(ev('attributes.approximate'));
  if (q.range) out.push(ev('attributes.range'));
  return out;
}
