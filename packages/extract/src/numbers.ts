import { alt, endsWithOne, firstCharacters, S } from './patterns';
import { fold, isLetter } from './text';
import {
  attachedScales, currencyPrefixes, currencyWords, millionDongShort, moveFrom, moveTo, notScaleAfter, ordinalSuffixes, percentWords, pointsWords, scaleWords,
  shareOpeners, valueRangeAndOpeners, valueRangeAndWords, valueRangeWords,
} from './vocabulary/index';

/**
 * Number grammar: digits with Vietnamese (`25.200`, `98,1`) or English (`25,200`, `98.1`) separators, no-break
 * spaces as thousands separators (`8 740`), scale words and currencies.
 */
export type Convention = 'vi' | 'en';

/** An exact decimal: value = digits × 10^exp (kept as a string so that `8,74 nghìn tỷ` → 8740 exactly). */
export interface Decimal {
  digits: string;
  exp: number;
  negative?: boolean;
}

export interface ParsedNumber {
  value: Decimal;
  /** The separators allow another reading under the other convention (`25,200`, `1.5`). */
  ambiguous: boolean;
  /** Separators that only one convention writes, if any. */
  style?: Convention;
}

const groupsOf3 = (groups: string[]): boolean => groups.slice(1).every((g) => g.length === 3);

function allDigits(s: string): boolean {
  if (!s.length) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** `digits` without the zeros that lead a digit (`05` → `5`, `000` → `0`). */
function withoutLeadingZeros(digits: string): string {
  let i = 0;
  while (i + 1 < digits.length && digits.charCodeAt(i) === 0x30 && isDigitCode(digits.charCodeAt(i + 1))) i++;
  return i ? digits.slice(i) : digits;
}

function decimal(intPart: string, fracPart: string, negative: boolean): Decimal {
  return { digits: withoutLeadingZeros(intPart + fracPart), exp: -fracPart.length, negative: negative || undefined };
}

function countOf(s: string, code: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === code) n++;
  return n;
}

/**
 * Reads one number token. `raw` holds digits and separators only (`.`, `,`, U+00A0 or space), optionally a leading
 * minus. Returns undefined when the separators make no number (`1..2`).
 */
export function parseNumber(raw: string, convention: Convention): ParsedNumber | undefined {
  // most tokens are plain digits (`2018`, `12`): no separators to weigh
  if (allDigits(raw)) return { value: decimal(raw, '', false), ambiguous: false };
  let s = raw.trim();
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  if (!/^\d+(?:[.,\u00a0 ]\d+)*$/.test(s)) return undefined;
  let spaced = '';
  if (/[\u00a0 ]/.test(s)) {
    // A space only ever groups thousands; what follows the last group may still carry a decimal part.
    const parts = s.split(/[\u00a0 ]/);
    const last = parts[parts.length - 1]!;
    const m = /^(\d{3})([.,]\d+)?$/.exec(last);
    if (!parts.slice(1, -1).every((g) => /^\d{3}$/.test(g)) || !m || !/^\d{1,3}$/.test(parts[0]!)) return undefined;
    spaced = parts.slice(0, -1).join('') + m[1]!;
    if (!m[2]) return { value: decimal(spaced, '', negative), ambiguous: false };
    s = spaced + m[2];
  }
  const dots = countOf(s, 0x2e);
  const commas = countOf(s, 0x2c);
  if (dots === 0 && commas === 0) return { value: decimal(s, '', negative), ambiguous: false };
  if (dots > 0 && commas > 0) {
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    const [group, dec, style]: [string, string, Convention] = lastComma > lastDot ? ['.', ',', 'vi'] : [',', '.', 'en'];
    const [intPart, frac, ...rest] = s.split(dec);
    if (rest.length || intPart === undefined || frac === undefined || frac.includes(group)) return undefined;
    const groups = intPart.split(group);
    if (!groupsOf3(groups) || groups[0]!.length > 3) return undefined;
    return { value: decimal(groups.join(''), frac, negative), ambiguous: false, style };
  }
  const sep = dots > 0 ? '.' : ',';
  const groups = s.split(sep);
  const thousandsStyle: Convention = sep === '.' ? 'vi' : 'en';
  const decimalStyle: Convention = sep === '.' ? 'en' : 'vi';
  if (groups.length > 2) {
    if (!groupsOf3(groups) || groups[0]!.length > 3) return undefined;
    return { value: decimal(groups.join(''), '', negative), ambiguous: false, style: thousandsStyle };
  }
  const [a, b] = groups as [string, string];
  const couldBeThousands = b.length === 3 && a.length <= 3 && !/^0\d/.test(a) && a !== '0';
  if (!couldBeThousands) return { value: decimal(a, b, negative), ambiguous: false, style: decimalStyle };
  // `1.150` or `25,200`: thousands in one convention, a decimal in the other.
  if (convention === thousandsStyle) return { value: decimal(a + b, '', negative), ambiguous: false, style: thousandsStyle };
  return { value: decimal(a, b, negative), ambiguous: true };
}

/** The decimal as a JavaScript number, times 10^shift. */
export function toNumber(d: Decimal, shift = 0): number {
  const n = Number(`${d.digits}e${d.exp + shift}`);
  return d.negative ? -n : n;
}

export type Currency = 'VND' | 'USD';

const SP = '[ \\u00a0]';
const words = (list: readonly string[]): string => alt(list, 'lower').replaceAll(`${S}+`, SP);
const NUM = '\\d+(?:(?:[.,]|\\u00a0| )\\d+)*';
/**
 * A sticky pattern of the words that may follow a number, with the characters its match can start with after the
 * one optional space the patterns allow: most numbers are followed by none of them, and testing a character is much
 * cheaper than running the pattern (`wordAt`).
 */
interface WordsAfter {
  re: RegExp;
  starts: Set<number>;
}
const wordsAfter = (source: string, list: readonly string[]): WordsAfter => ({ re: new RegExp(source, 'uy'), starts: firstCharacters(list, 'lower') });
const scaleList = scaleWords.map(([w]) => w);
const attachedList = attachedScales.map(([w]) => w);
const currencyList = currencyWords.map(([w]) => w);
const reScale = wordsAfter(`${SP}?(${words(scaleList)})(?![\\p{L}\\p{N}])`, scaleList);
const reScaleAttached = wordsAfter(`(${words(attachedList)})(?![\\p{L}\\p{N}])`, attachedList);
const reCurrency = wordsAfter(`${SP}?(${words(currencyList)})(?![\\p{L}\\p{N}])`, currencyList);
const rePercent = wordsAfter(`${SP}?(%|(?:${words(percentWords.filter((w) => w !== '%'))})(?![\\p{L}\\p{N}]))`, percentWords);
const rePoints = wordsAfter(`${SP}?((?:${words(pointsWords)})(?![\\p{L}\\p{N}]))`, pointsWords);
const reMillionDong = new RegExp(`^${SP}?(${words(millionDongShort)})(?!\\p{L})`, 'u');
const millionDongStarts = firstCharacters(millionDongShort, 'lower');
const reNotScaleAfter = new RegExp(`^${SP}(?:${words(notScaleAfter)})`, 'u');
const currencyPrefixOf = new Map(currencyPrefixes);
const rePercentUnit = new RegExp(`^(?:${words([...percentWords.filter((w) => w !== '%'), ...shareOpeners])})(?![\\p{L}\\p{N}])`, 'u');
const reRange = wordsAfter(`${SP}?(?:%${SP}?)?-${SP}?(${NUM})(?![\\p{L}\\p{N}]|[.,]\\d)`, ['%', '-']);
const reWordRange = wordsAfter(`${SP}(${words([...valueRangeWords, ...valueRangeAndWords])})${SP}(${NUM})(?![\\p{L}\\p{N}]|[.,]\\d)`, [...valueRangeWords, ...valueRangeAndWords]);
const moveEnds = new Set(moveTo.map(fold));
const andWords = new Set(valueRangeAndWords.map(fold));
const reMoveStartBefore = endsWithOne(moveFrom);
const reRangeAndOpenerBefore = endsWithOne(valueRangeAndOpeners);
const reOrdinal = new RegExp(`^(?:${words(ordinalSuffixes)})(?![\\p{L}\\p{N}])`, 'u');
/**
 * Where a number starts (with its currency prefix): the first digit of `(prefix SP?)? NUM`. The number's extent is
 * measured by `runEnd`, not by the pattern: a run of space-separated numbers (`12 34 56 …`, a flattened table) is one
 * NUM match, and matching it again from each of its numbers made the scan cubic in the run's length.
 */
const reNumber = new RegExp(`(?:(${words(currencyPrefixes.map(([w]) => w))})${SP}?)?\\d`, 'g');

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isSepCode = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x20 || c === 0xa0;

/** Characters the number scan measures (runs and readable prefixes): a test keeps it linear in the text. */
export const scanWork = { chars: 0 };

/** End of NUM matched greedily from the digit at `d`: digits, each separator followed by a digit, digits… */
function runEndFrom(lower: string, d: number): number {
  const n = lower.length;
  let i = d;
  for (;;) {
    while (i < n && isDigitCode(lower.charCodeAt(i))) i++;
    if (i + 1 < n && isSepCode(lower.charCodeAt(i)) && isDigitCode(lower.charCodeAt(i + 1))) i++;
    else {
      scanWork.chars += i - d;
      return i;
    }
  }
}

/**
 * The longest prefix of the run [d, end) that `parseNumber` can read when cut at a space: a space only groups
 * thousands, so past the first token every part must be three digits, the last one maybe with a decimal part
 * (`8 740,5`); a longer prefix holds a part that fails, and `parseNumber` returns undefined on it.
 */
function longestReadable(lower: string, d: number, end: number): number {
  let i = d;
  while (i < end && !isSpace(lower.charCodeAt(i))) i++;
  if (i === end) return end;
  // the first token must be one to three digits to start a space-grouped number
  if (i - d > 3) return i;
  for (let k = d; k < i; k++) if (!isDigitCode(lower.charCodeAt(k))) return i;
  for (;;) {
    const a = i + 1;
    let b = a;
    while (b < end && !isSpace(lower.charCodeAt(b))) b++;
    let k = a;
    while (k < b && isDigitCode(lower.charCodeAt(k))) k++;
    if (k - a !== 3) return i;
    if (k === b) {
      if (b === end) return end;
      i = b;
      continue;
    }
    // `\d{3}[.,]\d+` ends the number; anything else after the three digits ends it before this part
    if (k + 1 < b && (lower.charCodeAt(k) === 0x2e || lower.charCodeAt(k) === 0x2c)) {
      let j = k + 1;
      while (j < b && isDigitCode(lower.charCodeAt(j))) j++;
      if (j === b) return b;
    }
    return i;
  }
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0xa0;

/** Whether a word starting with one of `starts` can stand at `at`, after at most one space. */
function mayStartAt(lower: string, at: number, starts: Set<number>): boolean {
  const c = lower.charCodeAt(at);
  return starts.has(c) || (isSpace(c) && starts.has(lower.charCodeAt(at + 1)));
}

/**
 * A range written in words after a first value that has no unit of its own: `từ 12 đến 13%`, `12 to 13 per cent`,
 * `between 12 and 13 per cent`. The second value must carry a unit and be the larger; `from 12 to 13 per cent` is a
 * move (its `to` ends one), and `and` joins a range only after `between`.
 */
function wordRangeAt(lower: string, start: number, at: number, first: Decimal, convention: Convention): { max: Decimal; ambiguous: boolean; end: number } | undefined {
  const w = wordAt(reWordRange, lower, at);
  if (!w) return undefined;
  const joiner = fold(w[1]!);
  const before = fold(lower.slice(Math.max(0, start - 24), start));
  if (moveEnds.has(joiner) && reMoveStartBefore.test(before)) return undefined;
  if (andWords.has(joiner) && !reRangeAndOpenerBefore.test(before)) return undefined;
  const second = parseNumber(w[2]!, convention);
  const end = w.index + w[0].length;
  if (!second || toNumber(second.value) <= toNumber(first)) return undefined;
  const unit = wordAt(rePercent, lower, end) ?? wordAt(reScale, lower, end) ?? wordAt(reCurrency, lower, end);
  if (!unit) return undefined;
  return { max: second.value, ambiguous: second.ambiguous, end };
}

/** The match of a pattern of words after a number at `at`, if one can start there. */
function wordAt(p: WordsAfter, lower: string, at: number): RegExpExecArray | null {
  if (!mayStartAt(lower, at, p.starts)) return null;
  p.re.lastIndex = at;
  return p.re.exec(lower);
}
const reGlued = /[\p{L}\p{N}_.,/\\]/u;
/** A number glued to what precedes it (`COVID-19`, `H1`, `1.2.3`, `/2018`) is not one. */
function glued(lower: string, at: number): boolean {
  const c = lower[at - 1];
  if (c === undefined || c === ' ' || c === '(' || c === '\n') return false;
  if (reGlued.test(c)) return true;
  return c === '-' && reGlued.test(lower[at - 2] ?? '') && !/\d/.test(lower[at - 2] ?? '');
}
const scaleExp = new Map(scaleWords);
const attachedExp = new Map(attachedScales);
const currencyOf = new Map(currencyWords);

/** A number as it stands in the text, with what follows it (range, %, scale, currency). */
export interface Quantity {
  /** Offsets of the number itself (both numbers of a range). */
  start: number;
  end: number;
  /** Start of a currency prefix (`US$78`), or `start`. */
  prefixStart: number;
  /** End of the number with its %, scale word and currency. */
  surfaceEnd: number;
  raw: string;
  value: Decimal;
  max?: Decimal;
  /** Power of ten of the scale word (`tỷ` → 9). */
  scale: number;
  currency?: Currency;
  percent: boolean;
  /** Percentage points (`điểm phần trăm`), never a percentage change. */
  points: boolean;
  ambiguous: boolean;
  style?: Convention;
  /** Digits directly followed by `/digits` (`25/63`, `1/8/2018`). */
  slashAfter: boolean;
  /** An English ordinal (`5th`): only ever a rank. */
  ordinal: boolean;
}

/**
 * Every number in `lower[from, to)`, read with what follows it. `lower` is the lower-case view (U+00A0 kept).
 */
export function scanQuantities(lower: string, convention: Convention, from = 0, to = lower.length): Quantity[] {
  const out: Quantity[] = [];
  reNumber.lastIndex = from;
  let m: RegExpExecArray | null;
  // the run the last number lay in: a number starting inside it runs to the same end
  let runStart = -1;
  let runEnd = -1;
  while ((m = reNumber.exec(lower)) && m.index < to) {
    const d = m.index + m[0].length - 1;
    if (!(d >= runStart && d < runEnd)) {
      runStart = d;
      runEnd = runEndFrom(lower, d);
    }
    if (glued(lower, m.index)) {
      // skip the rest of the glued token
      reNumber.lastIndex = runEnd;
      continue;
    }
    const prefix = m[1];
    const readable = longestReadable(lower, d, runEnd);
    scanWork.chars += readable - d;
    let raw = lower.slice(d, readable);
    let start = d;
    // A trailing NBSP group that is not three digits belongs to the next word ("8 740" yes, "2021 100" no).
    let parsed = parseNumber(raw, convention);
    while (!parsed && /[\u00a0 ]/.test(raw)) {
      raw = raw.slice(0, Math.max(raw.lastIndexOf('\u00a0'), raw.lastIndexOf(' ')));
      parsed = parseNumber(raw, convention);
    }
    if (!parsed) {
      // Separators in an order no convention writes: read the leading digits only.
      const lead = /^\d+/.exec(raw)![0];
      reNumber.lastIndex = start + lead.length + 1;
      continue;
    }
    let end = start + raw.length;
    reNumber.lastIndex = end;
    const letterNext = isLetter(lower.charCodeAt(end));
    let p = end;
    let scale = 0;
    let currency: Currency | undefined = prefix ? currencyPrefixOf.get(prefix) : undefined;
    let ordinal = false;
    if (letterNext && reOrdinal.test(lower.slice(end, end + 3))) {
      ordinal = true;
      p = end + 2;
    } else if (letterNext) {
      const a = wordAt(reScaleAttached, lower, p);
      const c = wordAt(reCurrency, lower, p);
      const s = wordAt(reScale, lower, p);
      if (!a && !c && !s) continue; // 4G, 3G: a label, not a number
    }
    let max: Decimal | undefined;
    let ambiguous = parsed.ambiguous;
    const r = wordAt(reRange, lower, p);
    if (r) {
      const second = parseNumber(r[1]!, convention);
      if (second) {
        max = second.value;
        ambiguous ||= second.ambiguous;
        end = p = r.index + r[0].length;
        reNumber.lastIndex = end;
      }
    }
    if (max === undefined && !letterNext) {
      const w = wordRangeAt(lower, start, p, parsed.value, convention);
      if (w) {
        max = w.max;
        ambiguous ||= w.ambiguous;
        end = p = w.end;
        reNumber.lastIndex = end;
      }
    }
    let points = false;
    const pts = wordAt(rePoints, lower, p);
    let percent = false;
    if (pts) {
      points = true;
      p = pts.index + pts[0].length;
    } else {
      const pc = wordAt(rePercent, lower, p);
      if (pc) {
        percent = true;
        p = pc.index + pc[0].length;
      }
    }
    if (!percent && !points && !ordinal) {
      const s = wordAt(reScale, lower, p);
      const trd = mayStartAt(lower, p, millionDongStarts) ? reMillionDong.exec(lower.slice(p, p + 10)) : null;
      if (trd) {
        scale = 6;
        currency = 'VND';
        p += trd[0].length;
      } else if (s && !reNotScaleAfter.test(lower.slice(s.index + s[0].length, s.index + s[0].length + 7))) {
        scale = scaleExp.get(s[1]!.replace(/\u00a0/g, ' ')) ?? 0;
        p = s.index + s[0].length;
      } else {
        const a = wordAt(reScaleAttached, lower, p);
        if (a && (currency || lower[p - 1] !== ' ')) {
          scale = attachedExp.get(a[1]!) ?? 0;
          p = a.index + a[0].length;
        }
      }
      // (or on the next line of hard-wrapped text: `ước đạt 46,8 triệu\nUSD`)
      const c = wordAt(reCurrency, lower, p) ?? (scale > 0 && lower[p] === '\n' ? wordAt(reCurrency, lower, p + 1) : null);
      if (c) {
        currency = currencyOf.get(c[1]!.replace(/\u00a0/g, ' ')) ?? currency;
        p = c.index + c[0].length;
      }
    }
    out.push({
      start,
      end,
      prefixStart: m.index,
      surfaceEnd: p,
      raw: lower.slice(start, end),
      value: parsed.value,
      max,
      scale,
      currency,
      percent,
      points,
      ambiguous,
      style: parsed.style,
      slashAfter: lower[end] === '/' && /\d/.test(lower[end + 1] ?? ''),
      ordinal,
    });
  }
  shareMoveUnits(out, lower);
  return out;
}

const reMoveGap = new RegExp(`^${S}*(?:${alt(moveTo)})${S}*$`);
const unitless = (q: Quantity): boolean => !q.percent && !q.points && !q.ordinal && q.scale === 0 && !q.currency && q.max === undefined;
const yearLike = (q: Quantity): boolean => /^(19|20)\d\d$/.test(q.raw);
/** A move's start written without its unit takes its end's (`from 9.1 to 10.4 per cent`, `từ 4.200 lên 4.800 tỷ đồng`). */
function shareMoveUnits(out: Quantity[], lower: string): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const q = out[i]!;
    const next = out[i + 1]!;
    if (!unitless(q) || unitless(next) || yearLike(q) || next.ordinal || next.prefixStart - q.surfaceEnd > 16) continue;
    if (!reMoveGap.test(fold(lower.slice(q.surfaceEnd, next.prefixStart)))) continue;
    if (!reMoveStartBefore.test(fold(lower.slice(Math.max(0, q.prefixStart - 24), q.prefixStart)))) continue;
    out[i] = { ...q, percent: next.percent, points: next.points, scale: next.scale, currency: next.currency };
  }
}

/** The quantity `1 unit` reads as. */
const probeUnit = (unit: string): Quantity | undefined => scanQuantities(`1 ${unit}`, 'vi')[0];

export interface UnitText {
  scale: number;
  currency?: Currency;
  percent: boolean;
}

/**
 * Units read so far, by text: a table asks for the unit of each of its rows, and its rows write the same few units.
 * Emptied when full (a server reads many documents).
 */
const unitTexts = new Map<string, UnitText | undefined>();

/**
 * Reads a unit written on its own (a table's unit column or a header's parentheses, lower case): `tỷ đồng`, `triệu
 * usd`, `%`. The same object for the same text: callers must not change it.
 */
export function parseUnitText(lowerUnit: string): UnitText | undefined {
  if (unitTexts.has(lowerUnit)) return unitTexts.get(lowerUnit);
  const unit = readUnitText(lowerUnit);
  if (unitTexts.size >= 1000) unitTexts.clear();
  unitTexts.set(lowerUnit, unit);
  return unit;
}

function readUnitText(lowerUnit: string): UnitText | undefined {
  const s = lowerUnit.trim().replace(/^\(|\)$/g, '').trim();
  if (s === '%' || s === '(%)' || rePercentUnit.test(s)) return { scale: 0, percent: true };
  // a currency written before its scale word (`VND billion`, `US$ million`: column units of English tables), read
  // as the scale word followed by the currency or as the currency symbol before the number
  const m = /^(\S+)\s+(\S.*)$/.exec(s);
  const swapped = m ? [probeUnit(`${m[2]} ${m[1]}`), scanQuantities(`${m[1]}1 ${m[2]}`, 'en')[0]].find((p) => p?.currency && p.scale > 0) : undefined;
  const straight = probeUnit(s);
  const q = swapped?.currency && swapped.scale > 0 && !(straight && straight.scale > 0) ? swapped : straight;
  if (!q || (q.scale === 0 && !q.currency && !q.percent)) {
    if (reMillionDong.test(s)) return { scale: 6, currency: 'VND', percent: false };
    return undefined;
  }
  return { scale: q.scale, currency: q.currency, percent: q.percent };
}
