import type { Block } from '@chiso/shared';
import type { PhraseMatch } from './lexicon';
import { scanQuantities, type Convention, type Quantity } from './numbers';
import { layout, type Unit as LayoutUnit } from './structure';
import { fold, views, type TextViews } from './text';
import { isLetter, trapMask, trapName } from './traps';
import { indexYears, type YearIndex } from './years';
import type { Words } from './words';

/** Everything about a document that the sentence and table readers share. */
export interface Doc {
  v: TextViews;
  convention: Convention;
  mask: Uint8Array;
  /** Numbers that may be figures (traps removed), ordered by start. */
  quantities: Quantity[];
  matches: PhraseMatch[];
  years: YearIndex;
  units: LayoutUnit[];
  reportYear: number;
  /**
   * How the report year was found: given by the caller, named in the title or opening (`tổng kết công tác năm 2024`),
   * read from a dateline and `last year`, or only guessed (the most frequent year, the publication date, the clock).
   */
  reportYearFrom: 'given' | 'named' | 'guessed';
  /** A report on part of a year (`Sơ kết 6 tháng`): its targets are for its own year. */
  partYearReport: boolean;
  /** Folded names of the report's region. */
  ownRegion: string[];
  /** Other regions named in the text: [start, end). */
  otherRegions: { start: number; end: number }[];
  /** Offsets where the report's own region is named, ordered. */
  ownRegionMentions: number[];
  words: Words;
  blocks?: Block[];
}

const viMarks = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/g;
const enWords = /\b(?:the|and|of|in|to|with|from|was|were|reached|million|billion|percent|revenue|year)\b/g;

/** Vietnamese unless the text reads as English (few Vietnamese letters, many English function words). */
export function detectConvention(lower: string): Convention {
  const sample = lower.length > 200_000 ? lower.slice(0, 200_000) : lower;
  const vi = sample.match(viMarks)?.length ?? 0;
  const en = sample.match(enWords)?.length ?? 0;
  return en > 3 * vi + 5 ? 'en' : 'vi';
}

const yearTrapNames = new Set(['year-range', 'label', 'duration']);

const reReportYear = /(?:tong ket|so ket|ket qua|bao cao|review of|report on|results? of|tinh hinh)[^.\n]{0,80}?(?:nam|in)[\s\u00a0]+((?:19|20)\d\d)(?!\d)/;

const reLastYear = /^(?:last year|the past year)$/;
const reComparedBefore = /(?:from|than|with|to|over|since|vs\.?)[\s\u00a0]+$/;
const months = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
/** `January 12, 2024`, `12 January 2024`: a dateline near the top of an English story. */
const reDateline = new RegExp(`\\b(?:(?:${months})[a-z]*\\.?[\\s\\u00a0]+\\d{1,2},?[\\s\\u00a0]+|\\d{1,2}[\\s\\u00a0]+(?:${months})[a-z]*,?[\\s\\u00a0]+)((?:19|20)\\d\\d)\\b`);

function datelineYear(foldText: string): number | undefined {
  const m = reDateline.exec(foldText.slice(0, 400));
  return m ? Number(m[1]) : undefined;
}

function inferReportYear(foldText: string, years: YearIndex, title?: string, published?: string): { year: number; from: Doc['reportYearFrom'] } {
  const head = `${title ? fold(title) : ''}\n${foldText.slice(0, 3000)}`;
  const m = reReportYear.exec(head);
  if (m) return { year: Number(m[1]), from: 'named' };
  // English press: a story that speaks of `last year` as its subject reviews the year before it was published
  // (`January 12, 2024 … the digital economy accounted for 18.6 percent of GRDP last year`); a comparison with last
  // year (`compared with last year`, `up from last year`) says nothing of the kind
  const dated = published ? Number(published.slice(0, 4)) : datelineYear(foldText);
  if (dated && years.years.some((y) => y.relative === 'current' && reLastYear.test(foldText.slice(y.start, y.end)) && !reComparedBefore.test(foldText.slice(Math.max(0, y.start - 16), y.start))))
    return { year: dated - 1, from: 'named' };
  const pubYear = published ? Number(published.slice(0, 4)) : undefined;
  const counts = new Map<number, number>();
  for (const y of years.years) {
    if (y.role !== 'plain' && y.role !== 'span' && y.role !== 'fullYear') continue;
    if (!y.year || (pubYear && y.year > pubYear)) continue;
    counts.set(y.year, (counts.get(y.year) ?? 0) + (y.role === 'span' ? 0.5 : 1));
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [y, c] of counts) if (c > bestCount || (c === bestCount && best !== undefined && y > best)) [best, bestCount] = [y, c];
  if (best) return { year: best, from: 'guessed' };
  if (published) return { year: Number(published.slice(0, 4)) - (Number(published.slice(5, 7) || '12') <= 3 ? 1 : 0), from: 'guessed' };
  return { year: new Date().getFullYear(), from: 'guessed' };
}

/** Folded spellings of a region from its key (`da-nang` → `da nang`, `danang`) and its name if known. */
function regionNames(region: string | undefined, regionName: string | undefined): string[] {
  const names = new Set<string>();
  if (regionName) {
    names.add(fold(regionName));
    names.add(fold(regionName).replace(/\s+/g, ''));
  }
  if (region) {
    const spaced = region.replace(/-/g, ' ');
    names.add(spaced);
    names.add(spaced.replace(/\s+/g, ''));
  }
  return [...names].filter((n) => n.length >= 3);
}

const rePrefixedRegion = /(?:tỉnh|thành phố|TP\.?|Tp\.)[ \u00a0]+((?:\p{Lu}[\p{Ll}\p{M}]*)(?:[ \u00a0]+\p{Lu}[\p{Ll}\p{M}]*){0,3})/gu;
const reEnglishRegion = /\b((?:\p{Lu}[\p{Ll}]+)(?:[ \u00a0]+\p{Lu}[\p{Ll}]+){0,2})[ \u00a0]+(?:province|city)\b/gu;

function findRegions(d: { v: TextViews; matches: PhraseMatch[]; words: Words; ownRegion: string[]; convention: Convention }): { others: { start: number; end: number }[]; own: number[] } {
  const others: { start: number; end: number }[] = [];
  const own: number[] = [];
  const isOwn = (name: string): boolean => {
    const f = fold(name).trim();
    return d.ownRegion.some((o) => f === o || f.replace(/\s+/g, '') === o || f.startsWith(`${o} `));
  };
  for (const m of d.matches) {
    if (!d.words.provinces.has(m.id)) continue;
    const first = d.v.text[m.start] ?? '';
    if (first !== first.toLocaleUpperCase('vi') || first === first.toLocaleLowerCase('vi')) continue;
    if (isOwn(d.v.text.slice(m.start, m.end))) own.push(m.start);
    else others.push({ start: m.start, end: m.end });
  }
  for (const re of d.convention === 'en' ? [rePrefixedRegion, reEnglishRegion] : [rePrefixedRegion]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(d.v.work))) {
      const name = m[1]!;
      const start = m.index;
      if (re === rePrefixedRegion && start > 0 && isLetter(d.v.work.charCodeAt(start - 1))) continue;
      if (isOwn(name)) own.push(start);
      else if (!/^(?:Thông|Hành|Trung|Ủy|Sở|Phòng|Nhà|Cổng|Thành|The|This|That|Da)$/u.test(name.split(/\s/)[0]!)) others.push({ start, end: start + m[0].length });
    }
  }
  // own names written without a prefix (`Đà Nẵng`, `Da Nang`)
  for (const name of d.ownRegion) {
    let i = d.v.fold.indexOf(name);
    while (i >= 0) {
      own.push(i);
      i = d.v.fold.indexOf(name, i + name.length);
    }
  }
  others.sort((a, b) => a.start - b.start);
  own.sort((a, b) => a - b);
  return { others, own };
}

export interface DocOptions {
  region?: string;
  regionName?: string;
  blocks?: Block[];
  title?: string;
  published?: string;
  reportYear?: number;
}

export function analyse(text: string, words: Words, opts: DocOptions): Doc {
  const v = views(text);
  const convention = detectConvention(v.lower);
  const mask = trapMask(v.fold, v.lower);
  const all = scanQuantities(v.lower, convention);
  const quantities = all.filter((q) => {
    for (let i = q.start; i < q.end; i++) if (mask[i]) return false;
    // a bare 19xx/20xx is a year, never a figure (a figure that size is written 2.018 or 2,018)
    if (/^(?:19|20)\d\d$/.test(q.raw) && !q.percent && !q.currency && !q.scale) return false;
    return true;
  });
  const matches = words.lex.scan(v.fold, v.lower);
  const years = indexYears(v.fold, mask, (code) => yearTrapNames.has(trapName(code) ?? ''));
  const units = layout(text, opts.blocks);
  const inferred = opts.reportYear !== undefined ? { year: opts.reportYear, from: 'given' as const } : inferReportYear(v.fold, years, opts.title, opts.published);
  const reportYear = inferred.year;
  const head = fold(opts.title ?? '') + v.fold.slice(0, 1500);
  const partYearReport = /(?:so ket|bao cao|ket qua)[^.]{0,80}(?:\d+|sau|chin) thang|(?:so ket|bao cao)[^.]{0,60}quy [ivx\d]/.test(head);
  const ownRegion = regionNames(opts.region, opts.regionName);
  const base = { v, matches, words, ownRegion, convention };
  const regions = findRegions(base);
  return {
    v,
    convention,
    mask,
    quantities,
    matches,
    years,
    units,
    reportYear,
    reportYearFrom: inferred.from,
    partYearReport,
    ownRegion,
    otherRegions: regions.others,
    ownRegionMentions: regions.own,
    words,
    blocks: opts.blocks,
  };
}
