/**
 * Binary search over lists ordered by `start`. A document's lists (numbers, phrase matches, years) are long and
 * searched several times per sentence, in reading order. A search that reads `items[mid].start` loads one object per
 * step from all over the heap; so long lists get a packed copy of their starts, built once (lists are not changed
 * after analysis), and each search gallops from where the previous one ended, which is nearly always close.
 */
interface Index {
  starts: Int32Array;
  hint: number;
}
const indexes = new WeakMap<readonly { start: number }[], Index>();

/** Index of the first item whose start is at or after `pos`. */
export function firstAtOrAfter(items: readonly { start: number }[], pos: number): number {
  const n = items.length;
  let lo = 0;
  let hi = n;
  if (n < 64) {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  let ix = indexes.get(items);
  if (!ix || ix.starts.length !== n) {
    const starts = new Int32Array(n);
    for (let i = 0; i < n; i++) starts[i] = items[i]!.start;
    ix = { starts, hint: 0 };
    indexes.set(items, ix);
  }
  const s = ix.starts;
  const h = ix.hint;
  if (h < n && s[h]! < pos) {
    // the answer lies after h: double the step until a start at or after pos
    lo = h + 1;
    let step = 1;
    while (lo + step <= n && s[lo + step - 1]! < pos) {
      lo += step;
      step <<= 1;
    }
    hi = Math.min(n, lo + step);
  } else {
    // the answer is h or before it
    hi = h;
    let step = 1;
    while (hi - step >= 0 && s[hi - step]! >= pos) {
      hi -= step;
      step <<= 1;
    }
    lo = Math.max(0, hi - step);
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  ix.hint = lo;
  return lo;
}
