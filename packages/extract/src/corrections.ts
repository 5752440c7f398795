import type { Doc } from './document';
import type { Candidate } from './facts';
import type { Quantity } from './numbers';
import { alt, S } from './patterns';
import { correctedValueLinks, correctionOpeners } from './vocabulary/index';

/** Correction words, then at most a few words, right before a value (`Tôi xin đính chính một chút: con số 3.400 tỷ đồng`). */
const reCorrectedAhead = new RegExp(`(?<![a-z0-9])(?:${alt(correctionOpeners)})(?![a-z0-9])[^.;\\d]{0,40}$`);
const reRightValue = new RegExp(`(?<![a-z0-9])(?:${alt(correctedValueLinks)})${S}*$`);

const sameValue = (a: Quantity, b: Quantity): boolean => a.raw === b.raw && a.scale === b.scale && a.currency === b.currency && a.percent === b.percent;

/**
 * A value named again after words that correct it (a journalist's `3.400 tỷ đồng`, then the director's `Tôi xin đính
 * chính một chút: con số 3.400 tỷ đồng là số ước …`) withdraws the earlier figures of that value.
 */
export function dropCorrected(doc: Doc, cands: Candidate[]): Candidate[] {
  const { fold } = doc.v;
  const corrected = doc.quantities.filter((q) => {
    const before = fold.slice(Math.max(0, q.prefixStart - 80), q.prefixStart);
    return reCorrectedAhead.test(before) && !reRightValue.test(before);
  });
  if (!corrected.length) return cands;
  const at = new Map(doc.quantities.map((q) => [q.start, q]));
  return cands.filter((c) => {
    const q = at.get(c.start);
    return !q || !corrected.some((k) => k.start > q.end && sameValue(k, q));
  });
}
