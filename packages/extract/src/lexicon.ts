import { firstAtOrAfter } from './search';
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
  /** Children by character code: an array for ASCII (most of a folded text), a map for the rest. */
  ascii: (TrieNode | undefined)[];
  next: Map<number, TrieNode>;
  ids: number[];
  /** A phrase's leading word ends here (the path from the root spells it). */
  leadEnd: boolean;
}

const newNode = (): TrieNode => ({ ascii: new Array<TrieNode | undefined>(128), next: new Map(), ids: [], leadEnd: false });
const child = (node: TrieNode, c: number): TrieNode | undefined => (c < 128 ? node.ascii[c] : node.next.get(c));

const SPACE = 0x20;
const isWordCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0xa0 || c === 0x0d || c === 0x09;

export class Lexicon {
  private readonly root: TrieNode = newNode();
  private readonly ids = new Map<string, number>();
  readonly phrases: string[] = [];
  /** One-word phrases with diacritics match only with them (`thêm` is not the English `them`, `tăng` not `tầng`). */
  private readonly strict: (string | undefined)[] = [];
  /** Acronyms of two or three capitals match only in capitals (`IT` is not the pronoun `it`, `VN` not `.vn`). */
  private readonly capitals: (string | undefined)[] = [];
  /** First two characters of the lead words (letters and digits; 0 for a one-character word), 128 × 128 flags. */
  private readonly leadPairs = new Uint8Array(128 * 128);
  private readonly leadSymbols = new Set<number>();

  /** The id of a phrase (folded, spaces collapsed); the same phrase always gets the same id. */
  add(phrase: string): number {
    const key = fold(phrase).replace(/\s+/g, ' ').trim();
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.phrases.length;
    this.phrases.push(key);
    this.ids.set(key, id);
    const lead = /^[a-z0-9]+/.exec(key);
    if (lead) {
      this.leadPairs[lead[0].charCodeAt(0) * 128 + (lead[0].charCodeAt(1) || 0)] = 1;
    }
    else this.leadSymbols.add(key.charCodeAt(0));
    const lower = phrase.normalize('NFC').toLocaleLowerCase('vi').trim();
    this.strict.push(!/\s/.test(lower) && lower !== key ? lower : undefined);
    const trimmed = phrase.normalize('NFC').trim();
    this.capitals.push(/^\p{Lu}{2,3}$/u.test(trimmed) ? trimmed : undefined);
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let next = child(node, c);
      if (!next) {
        next = newNode();
        if (c < 128) node.ascii[c] = next;
        else node.next.set(c, next);
      }
      node = next;
    }
    node.ids.push(id);
    if (lead) {
      let l: TrieNode | undefined = this.root;
      for (let i = 0; l && i < lead[0].length; i++) l = child(l, lead[0].charCodeAt(i));
      if (l) l.leadEnd = true;
    }
    return id;
  }

  idOf(phrase: string): number | undefined {
    return this.ids.get(fold(phrase).replace(/\s+/g, ' ').trim());
  }

  /**
   * The trie node of `folded[s, e)` (letters and digits) when that word leads a phrase: a walk down the trie, no
   * substring. No phrase can end inside the word, so the scan goes on from this node.
   */
  private leadNode(folded: string, s: number, e: number): TrieNode | undefined {
    let node: TrieNode | undefined = this.root;
    for (let i = s; node && i < e; i++) node = node.ascii[folded.charCodeAt(i)];
    return node !== undefined && node.leadEnd ? node : undefined;
  }

  /**
   * Every match in `folded`, ordered by start; `lower` (the same text in lower case, accents kept) checks strict
   * phrases, `cased` (the same text as written) acronyms.
   */
  scan(folded: string, lower: string, cased: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const n = folded.length;
    for (let s = 0; s < n; s++) {
      const c0 = folded.charCodeAt(s);
      if (isSpaceCode(c0)) continue;
      let node: TrieNode | undefined;
      let i: number;
      if (isWordCode(c0)) {
        if (s > 0 && isWordCode(folded.charCodeAt(s - 1))) continue;
        let e = s + 1;
        while (e < n && isWordCode(folded.charCodeAt(e))) e++;
        const c1 = e > s + 1 ? folded.charCodeAt(s + 1) : 0;
        node = this.leadPairs[c0 * 128 + c1] ? this.leadNode(folded, s, e) : undefined;
        if (!node) {
          s = e - 1;
          continue;
        }
        i = e;
      } else if (!this.leadSymbols.has(c0)) continue;
      else {
        node = child(this.root, c0);
        i = s + 1;
      }
      while (node) {
        if (node.ids.length && (i >= n || !isWordCode(folded.charCodeAt(i)) || !isWordCode(folded.charCodeAt(i - 1)))) {
          for (const id of node.ids) {
            const exact = this.strict[id];
            const caps = this.capitals[id];
            if ((exact === undefined || (exact.length === i - s && lower.startsWith(exact, s))) && (caps === undefined || cased.startsWith(caps, s))) out.push({ id, start: s, end: i });
          }
        }
        if (i >= n) break;
        const c = folded.charCodeAt(i);
        if (isSpaceCode(c)) {
          const afterSpace: TrieNode | undefined = node.ascii[SPACE];
          if (!afterSpace) break;
          while (i < n && isSpaceCode(folded.charCodeAt(i))) i++;
          node = afterSpace;
          continue;
        }
        node = child(node, c);
        i++;
      }
    }
    return out;
  }
}

/** Index of the first match starting at or after `pos` (matches ordered by start). */
export function firstFrom(matches: PhraseMatch[], pos: number): number {
  return firstAtOrAfter(matches, pos);
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
