import type { Approx, Block, ExtractedFact, Indicator } from '@chiso/shared';
import { defaultCatalogue } from './catalogue';
import { confidenceOf } from './confidence';
import { analyse, type Doc, type DocOptions } from './document';
import { mergeCandidates, type Candidate } from './facts';
import { readSentence, type Context } from './sentence';
import type { Unit as LayoutUnit } from './structure';
import { readTable } from './tables';
import { fold } from './text';
import { approxWords } from './vocabulary';
import { compileWords } from './words';
import { within } from './years';

export interface ExtractOptions extends DocOptions {
  /** Indicators to look for; the project's `data/indicators.csv` when omitted. */
  catalogue?: Indicator[];
}

let approxPhrases: Map<string, Approx> | undefined;
function approxMap(): Map<string, Approx> {
  if (approxPhrases) return approxPhrases;
  approxPhrases = new Map();
  for (const [kind, phrases] of Object.entries(approxWords) as [Approx, string[]][]) for (const p of phrases) approxPhrases.set(fold(p), kind);
  return approxPhrases;
}

interface HeadingContext {
  level: number;
  year?: number;
  target?: boolean;
  partYear: boolean;
}

const reTargetHeading = /\b(?:ke hoach|phuong huong|nhiem vu|muc tieu|dinh huong|plans?|targets?|tasks)\b/;
const reActualHeading = /\b(?:ket qua|thuc hien|tinh hinh|danh gia|results?|performance)\b/;

function headingContext(doc: Doc, u: Extract<LayoutUnit, { kind: 'heading' }>): HeadingContext {
  const text = doc.v.fold.slice(u.start, u.end);
  const ys = new Set(within(doc.years.years, u.start, u.end).filter((y) => !y.relative && y.role !== 'comparison' && y.role !== 'span' && y.role !== 'publication').map((y) => y.year));
  const partYear = within(doc.years.markers, u.start, u.end).some((m) => m.kind === 'partYear');
  const target = reActualHeading.test(text) ? false : reTargetHeading.test(text) ? true : undefined;
  return { level: u.level, year: ys.size === 1 ? [...ys][0] : undefined, target, partYear };
}

function effective(stack: HeadingContext[]): Context['heading'] {
  let year: number | undefined;
  let target: boolean | undefined;
  let partYear = false;
  for (const h of stack) {
    if (h.year !== undefined) year = h.year;
    if (h.target !== undefined) target = h.target;
    partYear ||= h.partYear;
  }
  return { year, target: target ?? false, partYear };
}

function blockOf(doc: Doc, u: LayoutUnit): Block {
  const kind = u.kind === 'heading' ? 'heading' : u.kind === 'table' ? 'table_row' : u.listItem ? 'list_item' : 'paragraph';
  const page = doc.blocks?.find((b) => b.kind === 'page' && b.start <= u.start && u.start < b.end)?.page ?? doc.blocks?.find((b) => b.start <= u.start && u.start < b.end && b.page)?.page;
  return { kind, index: u.block, start: u.start, end: u.end, ...(page ? { page } : {}) };
}

/** Candidate facts of a text, before merging (exposed for tests that look at rules). */
export function candidates(text: string, opts: ExtractOptions = {}): { doc: Doc; cands: Candidate[] } {
  const nfc = text.normalize('NFC');
  const words = compileWords(opts.catalogue ?? defaultCatalogue());
  const doc = analyse(nfc, words, opts);
  const cands: Candidate[] = [];
  const stack: HeadingContext[] = [];
  for (const u of doc.units) {
    if (u.kind === 'heading') {
      while (stack.length && stack[stack.length - 1]!.level >= u.level) stack.pop();
      stack.push(headingContext(doc, u));
    }
    const heading = effective(stack);
    if (u.kind === 'table') {
      readTable(doc, u, heading, cands);
      continue;
    }
    const ctx: Context = { doc, heading, block: blockOf(doc, u), approx: approxMap() };
    for (const s of u.sentences) readSentence(s, ctx, cands);
  }
  return { doc, cands };
}

/**
 * Facts of a document's text: figures of the catalogue's indicators, each with its year, qualifier, approximation,
 * stated change and plan attainment, the offsets of the number in `text` (NFC), the sentence or table row it was read
 * from and a confidence. Never throws on odd input; returns only catalogue keys.
 */
export function extract(text: string, opts: ExtractOptions = {}): ExtractedFact[] {
  return extractReport(text, opts).facts;
}

/** The facts of a text and the year the report is about (as `extract`, plus what the figures' years rest on). */
export function extractReport(
  text: string,
  opts: ExtractOptions = {},
): { facts: ExtractedFact[]; reportYear: number; reportYearFrom: Doc['reportYearFrom'] } {
  const nfc = text.normalize('NFC');
  const { doc, cands } = candidates(nfc, opts);
  const merged = mergeCandidates(cands);
  // a year that rests on a guessed report year is a guess twice over (a blind English story: 13 figures put in 2022)
  if (doc.reportYearFrom === 'guessed') for (const c of merged) if (c.evidence.year === 'report' || c.evidence.year === 'next') c.evidence = { ...c.evidence, guessedReportYear: true };
  return { facts: merged.map((c) => toFact(nfc, c)), reportYear: doc.reportYear, reportYearFrom: doc.reportYearFrom };
}

function toFact(text: string, c: Candidate): ExtractedFact {
  const f: ExtractedFact = {
    indicator: c.indicator,
    year: c.year,
    ...(c.value !== undefined ? { value: c.value } : { value_min: c.value_min, value_max: c.value_max }),
    qualifier: c.qualifier,
    approx: c.approx,
    change_pct: c.change_pct ?? null,
    change_vs_year: c.change_pct !== undefined ? (c.change_vs_year ?? null) : null,
    plan_pct: c.plan_pct ?? null,
    start: c.start,
    end: c.end,
    quote: text.slice(c.quoteStart, c.quoteEnd),
    quote_start: c.quoteStart,
    confidence: confidenceOf(c.evidence),
    rule: c.rule,
  };
  if (c.block) f.block = c.block;
  return f;
}
