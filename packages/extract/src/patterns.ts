import { fold } from './text';

/**
 * Regular expressions built from the vocabulary's phrase lists, so that no phrase is written inside a pattern.
 * Phrases are folded (lower case, no accents, đ → d) unless the pattern runs on the lower-case view; a space in a
 * phrase matches any run of white space; longer phrases are tried first.
 */
export const S = '[\\s\\u00a0]';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The phrases as a pattern of `view` matches them: folded, or in lower case with accents. */
const formsOf = (phrases: readonly string[], view: 'fold' | 'lower'): Set<string> =>
  new Set(phrases.map((p) => (view === 'fold' ? fold(p) : p.normalize('NFC').toLocaleLowerCase('vi')).trim()));

/** The alternation of `phrases` as a pattern source (no group). */
export function alt(phrases: readonly string[], view: 'fold' | 'lower' = 'fold'): string {
  const forms = formsOf(phrases, view);
  return [...forms]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((p) => p.split(/\s+/).map(escape).join(`${S}+`))
    .join('|');
}

/** The characters a match of `alt(phrases, view)` can start with. */
export function firstCharacters(phrases: readonly string[], view: 'fold' | 'lower' = 'fold'): Set<number> {
  return new Set([...formsOf(phrases, view)].map((p) => p.charCodeAt(0)));
}

/** Whether a folded text ends with one of the phrases (a whole word: no letter just before it). */
export function endsWithOne(phrases: readonly string[], tail = ''): RegExp {
  return new RegExp(`(?:^|[^a-z0-9])(?:${alt(phrases)})${tail}${S}*$`);
}

/** Whether a folded text starts with one of the phrases (after white space; a whole word). */
export function startsWithOne(phrases: readonly string[], head = ''): RegExp {
  return new RegExp(`^${S}*${head}(?:${alt(phrases)})(?![a-z0-9])`);
}

/** A pattern that finds the phrases anywhere in a folded text, as whole words. */
export function anyOf(phrases: readonly string[], flags = ''): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${alt(phrases)})(?![a-z0-9])`, flags);
}
