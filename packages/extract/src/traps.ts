/**
 * Numbers that are never statistics: dates, document and decree numbers, phone numbers and hotline names,
 * addresses, page counters, ordinals, levels, labels (`4.0`, `Top 10`), durations, denominators.
 * Each pattern runs once over the folded text (lower case, no accents); the numbers inside a match are masked.
 */
import { alt, S } from './patterns';
import { isLetter } from './text';
import {
  addressHeads,
  addressWords,
  counterWords,
  dayWords,
  denominatorNouns,
  documentWords,
  durationUnits,
  hotlineFillers,
  hotlineWords,
  labelWords,
  levelWords,
  listJoiners,
  months,
  multipleWords,
  nounPairs,
  numberWord,
  numberWordNotAfter,
  ordinalHeads,
  pageOf,
  pageWords,
  perWords,
  phoneWords,
  serviceNumberHeads,
  serviceNumbers,
  topWords,
  untilWords,
} from './vocabulary/index';

export interface TrapPattern {
  name: string;
  re: RegExp;
  /** Mask only this capture group (1-based); the whole match otherwise. */
  group?: number;
  /** The view the pattern runs on: folded (default) or lower case with accents, where folding would collide. */
  view?: 'lower';
  /** The match must start a word (checked in code: a lookbehind on every position of a long text is slow). */
  wordStart?: boolean;
  /**
   * For a pattern on the lower-case view: the same words on the folded view, which match wherever the pattern does
   * (the folded view is the lower-case one without accents). Scanned first, and the pattern tried only where it
   * matched: a long alternation of accented words is slow to scan.
   */
  foldedHint?: RegExp;
}

const D = '\\d+';
const lo = (list: readonly string[]): string => alt(list, 'lower');

export const trapPatterns: TrapPattern[] = [
  { name: 'date', re: new RegExp(`\\b\\d{1,2}${S}?[/.-]${S}?\\d{1,2}${S}?[/.-]${S}?\\d{2,4}\\b`, 'g') },
  { name: 'date', re: /\b\d{1,2}\/\d{4}\b/g },
  { name: 'date', re: new RegExp(`\\b(?:${alt([...dayWords, ...untilWords])})${S}+\\d{1,2}${S}?/${S}?\\d{1,2}\\b`, 'g') },
  { name: 'date', re: new RegExp(`\\bngay${S}+${D}(?:${S}+thang${S}+${D})?(?:${S}+nam${S}+${D})?`, 'g') },
  { name: 'date', re: new RegExp(`\\bthang${S}+${D}(?:${S}*/${S}*${D})?`, 'g') },
  { name: 'date', re: new RegExp(`\\b(?:${alt(months)})[a-z]*\\.?${S}+\\d{1,2}(?:,${S}*(?:19|20)\\d\\d)?\\b`, 'g') },
  { name: 'date', re: new RegExp(`\\b\\d{1,2}${S}+(?:${alt(months)})[a-z]*\\b`, 'g') },
  { name: 'time', re: /\b\d{1,2}:\d{2}\b/g },
  { name: 'document', re: new RegExp(`\\b(?:${alt(documentWords)})${S}*(?:so${S}*)?:?${S}*${D}`, 'g') },
  {
    name: 'document',
    re: new RegExp(`${numberWordNotAfter.map((w) => `(?<!${lo([w])}${S})`).join('')}${lo([numberWord])}${S}*:?${S}*\\d+(?![.,]\\d)`, 'g'),
    view: 'lower',
    wordStart: true,
  },
  { name: 'document', re: /\b\d+(?:\/\d+)*(?:\/|-)[a-zđ]{1,6}(?:[-/][a-zđ&]+)*\b/g },
  { name: 'phone', re: new RegExp(`\\b(?:${alt(phoneWords)})${S}*:?${S}*[(+\\d][\\d\\s\\u00a0().+\\-/]{5,}`, 'g') },
  { name: 'phone', re: new RegExp(`\\(${S}?\\+?\\d{2,4}${S}?\\)${S}?[\\d\\s\\u00a0.]{5,}`, 'g') },
  { name: 'phone', re: /(?<![\d.,])\b0\d{2,3}[.\s\u00a0]\d{1,4}[.\s\u00a0]\d{3,4}(?:[.\s\u00a0]\d{3,4})?\b/g },
  // (an area code before a short number: `0297 1022`)
  { name: 'phone', re: /(?<![\d.,])\b0\d{2,3}[\s\u00a0]\d{4}\b(?![.,]\d)/g },
  // (`1900 6868 18`: a third group after the number's two)
  { name: 'phone', re: /\b1[89]00[\s.\u00a0]?\d{3,4}(?:[\s.\u00a0]\d{2,4})?\b/g },
  {
    name: 'hotline',
    re: new RegExp(`\\b(?:${alt(hotlineWords)})(?:${S}+(?:${alt(hotlineFillers)}))*${S}*:?${S}*(\\d{3,5})(?!\\d|[.,]\\d)`, 'g'),
    group: 1,
  },
  { name: 'hotline', re: new RegExp(`(?<![\\d.,])(\\d{3,5})${S}+(?:${alt(hotlineWords)})\\b`, 'g'), group: 1 },
  { name: 'address', re: new RegExp(`(?:${lo(addressWords)})${S}+\\d+(?![\\d.,])`, 'g'), view: 'lower', wordStart: true },
  { name: 'address', re: new RegExp(`\\b(?:${alt(addressHeads)})${S}*:?(?:[^\\n;.]|\\.(?=\\S)){0,60}`, 'g') },
  // (a line of a table of contents, its title's number and its page: `384  Số trạm BTS phân theo huyện ........ 497`)
  { name: 'contents', re: /^[^\n]*(?:\.{5,}|…{3,})[ \t\u00a0]*\d{1,4}[ \t\u00a0]*$/gm },
  { name: 'page', re: new RegExp(`\\b(?:${alt(pageWords)})${S}*\\d+(?:${S}*(?:${alt(pageOf)})${S}*\\d+)?`, 'g') },
  { name: 'counter', re: new RegExp(`\\b(?:${alt(counterWords)})${S}*:${S}*[\\d.,\\s\\u00a0]+`, 'g') },
  { name: 'ordinal', re: new RegExp(`(?:${lo(ordinalHeads)})${S}+thứ${S}+\\d+`, 'g'), view: 'lower', wordStart: true },
  { name: 'weekday', re: new RegExp(`thứ${S}+[2-7](?![\\d/.,])${S}*,?${S}*(?:ngày${S}+)?\\d{1,2}${S}?/`, 'g'), view: 'lower', wordStart: true },
  // (`Industry 4.0`, `Web 2.0`; not a rate: `1.0 per 1,000 people`, `2.0 doanh nghiệp/1.000 dân`, `1.0%`)
  { name: 'label', re: new RegExp(`\\b\\d\\.0\\b(?![.,]\\d)(?!${S}*(?:%|/|per\\b|percent\\b|doanh nghiệp\\b|enterprises\\b))`, 'g') },
  { name: 'label', re: new RegExp(`\\b(?:${alt(topWords)})${S}*\\d+`, 'g') },
  { name: 'label', re: new RegExp(`\\b(?:${alt(levelWords)})${S}+[1-4](?!\\d|[.,]\\d)(?:${S}*(?:,|-|&|${alt(listJoiners)})${S}*[1-4](?!\\d|[.,]\\d))*`, 'g') },
  { name: 'label', re: new RegExp(`(?:${lo(labelWords)})${S}+\\d+`, 'g'), view: 'lower', wordStart: true, foldedHint: new RegExp(`(?:${alt(labelWords)})${S}+\\d+`, 'g') },
  { name: 'duration', re: new RegExp(`\\b\\d+${S}+(?:${alt(durationUnits)})\\b(?!${S}+(?:19|20)\\d\\d\\b)`, 'g') },
  { name: 'denominator', re: new RegExp(`(?:${alt(perWords)})${S}*(?:1[.,]000|100|10[.,]000|100[.,]000)${S}+(?:${alt(denominatorNouns)})\\b`, 'g') },
  { name: 'multiple', re: new RegExp(`\\b(?:${alt(multipleWords.before)})${S}+(?:khoang${S}+|hon${S}+|gan${S}+)?\\d+(?:[.,]\\d+)?${S}+(?:${alt(multipleWords.after)})\\b`, 'g') },
  { name: 'enumeration', re: /^[ \t\u00a0]*\d+(?:\.\d+)*[.)](?=[\s\u00a0])/gm },
  // (items numbered in brackets after a colon or a semicolon, the last after a joiner: `qua 05 kênh: (1) Tổng đài 1022 …;
  // (2) Cổng …`, `…; and (5) cyber security`)
  { name: 'enumeration', re: new RegExp(`[:;,][ \\t\\u00a0\\n]*(?:(?:${alt(listJoiners)})${S}+)?\\(\\d{1,2}\\)(?=[ \\t\\u00a0])`, 'g') },
  // (a noun written as a pair, `612 cơ quan, đơn vị`: its comma is no clause bound)
  { name: 'noun-pair', re: new RegExp(`(?<![a-z0-9])(?:${alt(nounPairs)})(?![a-z0-9])`, 'g') },
  { name: 'hotline', re: new RegExp(`\\b(?:${alt(serviceNumberHeads)})${S}+(?:${alt(serviceNumbers)})\\b(?![.,]\\d)`, 'g') },
  { name: 'year-range', re: new RegExp(`\\b(?:19|20)\\d\\d${S}*-${S}*(?:19|20)?\\d\\d\\b`, 'g') },
];

/** The first match of `re` (sticky) at or after `from` in `text`, tried only where `hint` (global) matches `hinted`. */
function hintedMatch(re: RegExp, text: string, hint: RegExp, hinted: string, from: number): RegExpExecArray | null {
  hint.lastIndex = from;
  let h: RegExpExecArray | null;
  while ((h = hint.exec(hinted))) {
    re.lastIndex = h.index;
    const m = re.exec(text);
    if (m) return m;
    hint.lastIndex = h.index + 1;
  }
  return null;
}

const stickyOf = new Map(trapPatterns.filter((p) => p.foldedHint).map((p) => [p, new RegExp(p.re.source, p.re.flags.replace('g', 'y'))]));

/** The first match of a trap pattern at or after `from`. */
function nextMatch(p: TrapPattern, fold: string, lower: string, from: number): RegExpExecArray | null {
  const text = p.view === 'lower' ? lower : fold;
  if (p.foldedHint) return hintedMatch(stickyOf.get(p)!, text, p.foldedHint, fold, from);
  p.re.lastIndex = from;
  return p.re.exec(text);
}

/** Marks every character inside a trap; `mask[i]` holds the index of the pattern + 1. */
export function trapMask(fold: string, lower: string): Uint8Array {
  const mask = new Uint8Array(fold.length);
  trapPatterns.forEach((p, index) => {
    const text = p.view === 'lower' ? lower : fold;
    let m: RegExpExecArray | null;
    let from = 0;
    while ((m = nextMatch(p, fold, lower, from))) {
      from = m.index + m[0].length;
      if (m[0].length === 0) {
        from++;
        continue;
      }
      if (p.wordStart && m.index > 0 && isLetter(text.charCodeAt(m.index - 1))) {
        from = m.index + 1;
        continue;
      }
      let s = m.index;
      let e = m.index + m[0].length;
      if (p.group !== undefined) {
        const g = m[p.group];
        if (g === undefined) continue;
        s = m.index + m[0].lastIndexOf(g);
        e = s + g.length;
      }
      for (let i = s; i < e; i++) if (!mask[i]) mask[i] = index + 1;
    }
  });
  return mask;
}

export function trapName(code: number): string | undefined {
  return code ? trapPatterns[code - 1]?.name : undefined;
}
