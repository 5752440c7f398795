import { fold } from './text';

/**
 * Finds every occurrence of a set of phrases in a folded text, overlapping ones included, in one pass over word
 * starts with a character trie. A space in a phrase matches any run of whitespace (a line break from a PDF too).
 */
export interface PhraseMatch {
  id: number;
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  ids: number[];
}

const SPACE = 0x20;
const isWordCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0xa0 || c === 0x0d || c === 0x09;

export class Lexicon {
  private readonly root: TrieNode = { next: new Map(), ids: [] };
  private readonly ids = new Map<string, number>();
  readonly phrases: string[] = [];
  /** One-word phrases with diacritics match only with them (`thêm` is not the English `them`, `tăng` not `tầng`). */
  private readonly strict = new Map<number, string>();

  /** The id of a phrase (folded, spaces collapsed); the same phrase always gets the same id. */
  add(phrase: string): number {
    const key = fold(phrase).replace(/\s+/g, ' ').trim();
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.phrases.length;
    this.phrases.push(key);
    this.ids.set(key, id);
    const lower = phrase.normalize('NFC').toLocaleLowerCase('vi').trim();
    if (!/\s/.test(lower) && lower !== key) this.strict.set(id, lower);
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), ids: [] };
        node.next.set(c, child);
      }
      node = child;
    }
    node.ids.push(id);
    return id;
  }

  idOf(phrase: string): number | undefined {
    return this.ids.get(fold(phrase).replace(/\s+/g, ' ').trim());
  }

  /** Every match in `folded`, ordered by start; `lower` (the same text in lower case, accents kept) checks strict phrases. */
  scan(folded: string, lower: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const n = folded.length;
    for (let s = 0; s < n; s++) {
      const c0 = folded.charCodeAt(s);
      if (isSpaceCode(c0)) continue;
      if (s > 0 && isWordCode(c0) && isWordCode(folded.charCodeAt(s - 1))) continue;
      let node: TrieNode | undefined = this.root.next.get(c0);
      let i = s + 1;
      while (node) {
        if (node.ids.length && (i >= n || !isWordCode(folded.charCodeAt(i)) || !isWordCode(folded.charCodeAt(i - 1)))) {
          for (const id of node.ids) {
            const exact = this.strict.get(id);
            if (exact === undefined || lower.slice(s, i) === exact) out.push({ id, start: s, end: i });
          }
        }
        if (i >= n) break;
        const c = folded.charCodeAt(i);
        if (isSpaceCode(c)) {
          const child: TrieNode | undefined = node.next.get(SPACE);
          if (!child) break;
          while (i < n && isSpaceCode(folded.charCodeAt(i))) i++;
          node = child;
          continue;
        }
        node = node.next.get(c);
        i++;
      }
    }
    return out;
  }
}

/** Index of the first match starting at or after `pos` (matches ordered by start). */
export function firstFrom(matches: PhraseMatch[], pos: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Matches lying wholly inside [from, to). */
export function matchesIn(matches: PhraseMatch[], from: number, to: number): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = firstFrom(matches, from); i < matches.length; i++) {
    const m = matches[i]!;
    if (m.start >= to) break;
    if (m.end <= to) out.push(m);
  }
  return out;
}
