import type { Block, ExtractedFact, Indicator } from '@chiso/shared';
import { defaultCatalogue, defaultRegions } from './catalogue';
import { autoAccept, confidenceOf } from './confidence';
import { dropCorrected } from './corrections';
import { analyse, type Doc, type DocOptions } from './document';
import { dropRestatements, markConflicts, mergeCandidates, type Candidate } from './facts';
import { alt, S } from './patterns';
import { ev, evidenceNotes, stageOf, type Evidence } from './reading/evidence';
import { bulletOf, readSentence, type Context } from './reading/sentence';
import type { Heading } from './reading/year';
import type { Unit as LayoutUnit } from './structure';
import { readTable } from './tables';
import { periodicEventWords, planHeading, qualifierWords, itemOrdinals, resultHeading } from './vocabulary/index';
import { compileWords } from './words';
import { deadlineBefore, within } from './years';

export interface ExtractOptions extends DocOptions {
  /** Indicators to look for; the project's `data/indicators.csv` when omitted. */
  catalogue?: Indicator[];
  /**
   * How sure a reader is of the words it read (an OCR reader: 0–1 per word, spans into the text, ordered by start).
   * Each fact gets the lowest confidence of the words of its figure as evidence (`reader.ocr-confidence`), which the
   * confidence model reads once it is fitted with such facts.
   */
  wordConfidence?: { start: number; end: number; confidence: number }[];
}

interface HeadingContext {
  level: number;
  year?: number;
  target?: boolean;
  partYear: boolean;
  /** Words of the whole year (`Ước cả năm vượt kế hoạch` under a nine-month title): the part of the year above ends. */
  fullYear?: boolean;
}

/** Ordinal words that open the items of a list written as paragraphs (`Một là, …`, `Thứ hai, …`, `Secondly, …`). */
const reOrdinalOpener = new RegExp(`^[\\s\\u00a0]*(?:${alt(itemOrdinals)})(?![a-z0-9])`);
const reActualHeading = new RegExp(`(?<![a-z0-9])(?:${alt(resultHeading)})(?![a-z0-9])`);
const rePlanHeading = new RegExp(`(?<![a-z0-9])(?:${alt(planHeading)})(?![a-z0-9])`, 'g');
const reIndicatorSense = new RegExp(`^${S}+(?:${alt(qualifierWords.targetIndicatorSense)})(?![a-z0-9])`);
const reMetBefore = new RegExp(`\\d|(?<![a-z0-9])(?:${alt([...qualifierWords.targetNegations, ...qualifierWords.targetCounted])})(?![a-z0-9])`);

/** A heading of plans (`II. NHIỆM VỤ NĂM 2023`), not one of results, of plans met (`đạt và vượt 8/10 chỉ tiêu kế hoạch`) or of indicators counted (`Một số chỉ tiêu chủ yếu năm 2023`). */
function headingTarget(text: string): boolean | undefined {
  if (reActualHeading.test(text)) return false;
  rePlanHeading.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = rePlanHeading.exec(text))) if (!reMetBefore.test(text.slice(Math.max(0, m.index - 30), m.index)) && !reIndicatorSense.test(text.slice(m.index + m[0].length))) return true;
  return undefined;
}

/**
 * What a heading tells the figures under it: its year, whether it is about plans, whether about part of a year. The
 * document's title (its first heading, a news headline) gives part of a year only to a part-year report: a headline
 * `11 tháng, doanh thu CNTT đạt …` does not make the article's other figures part-year.
 */
const rePeriodicEvent = new RegExp(`(?<![a-z0-9])(?:${alt(periodicEventWords)})(?![a-z0-9])`);

function headingContext(doc: Doc, u: Extract<LayoutUnit, { kind: 'heading' }>, title: boolean): HeadingContext {
  const text = doc.v.fold.slice(u.start, u.end);
  // (not a title's deadline: `… digital economy to make up a quarter of GRDP by 2030` is no year of the story's figures)
  const ys = new Set(within(doc.years.years, u.start, u.end).filter((y) => !y.relative && y.role !== 'comparison' && y.role !== 'span' && y.role !== 'publication' && y.role !== 'priceBase' && !(title && deadlineBefore(doc.v.fold, y.start))).map((y) => y.year));
  // `KẾT QUẢ 6 THÁNG ĐẦU NĂM VÀ ƯỚC THỰC HIỆN CẢ NĂM 2024`: a heading on both leaves each figure's own words to decide
  const markers = within(doc.years.markers, u.start, u.end);
  const partYear = (!title || doc.partYearReport) && markers.some((m) => m.kind === 'partYear') && !markers.some((m) => m.kind === 'fullYear') && !rePeriodicEvent.test(text);
  // a headline that states a figure (`Bờ Hải eyes digital economy at 25 per cent of GRDP by 2030`), or a heading inside
  // the text that states a target by a year (`3. Kinh tế số chiếm 14,2% GRDP, đặt mục tiêu 30% vào năm 2030` over an item of a
  // list of events), is a sentence of the story, not a heading over it: its year and target words are its own figure's
  if ((title || within(doc.years.years, u.start, u.end).some((y) => deadlineBefore(doc.v.fold, y.start, u.start))) && within(doc.quantities, u.start, u.end).length > 0) return { level: u.level, year: undefined, target: undefined, partYear };
  const fullYear = markers.some((m) => m.kind === 'fullYear') && !partYear;
  return { level: u.level, year: ys.size === 1 ? [...ys][0] : undefined, target: headingTarget(text), partYear, ...(fullYear ? { fullYear } : {}) };
}

function effective(stack: HeadingContext[]): Heading {
  let year: number | undefined;
  let target: boolean | undefined;
  let partYear = false;
  for (const h of stack) {
    if (h.year !== undefined) year = h.year;
    if (h.target !== undefined) target = h.target;
    partYear = h.fullYear ? false : partYear || h.partYear;
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
  return candidatesOfNfc(text.normalize('NFC'), opts);
}

/** `candidates` of a text already in NFC: `extractReport` normalises once, not twice (each a pass over the whole text). */
function candidatesOfNfc(nfc: string, opts: ExtractOptions): { doc: Doc; cands: Candidate[] } {
  const regions = opts.regions ?? defaultRegions();
  const words = compileWords(opts.catalogue ?? defaultCatalogue(), regions);
  const doc = analyse(nfc, words, { ...opts, regions });
  const cands: Candidate[] = [];
  const stack: HeadingContext[] = [];
  const title = doc.units.find((u) => u.kind === 'heading');
  const memory: Context['memory'] = {};
  let before: (typeof doc.units)[number] | undefined;
  for (const u of doc.units) {
    const previous = before;
    before = u;
    if (u.kind === 'heading') {
      while (stack.length && stack[stack.length - 1]!.level >= u.level) stack.pop();
      stack.push(headingContext(doc, u, u === title && u.start < 400));
    }
    const heading = effective(stack);
    // a list's lead-in reaches its items, not a heading, a plain paragraph or an item of its own rank
    // (a paragraph opened by an ordinal, `Hai là, kim ngạch xuất khẩu phần mềm đạt 25 triệu USD.`, is an item too)
    const item = u.kind === 'paragraph' && (u.listItem || reOrdinalOpener.test(doc.v.fold.slice(u.start, u.start + 16)));
    if (memory.leadIn && (!item || (u.listItem && bulletOf(doc.v.work, u.start) === memory.leadInBullet))) memory.leadIn = memory.leadInYear = undefined;
    if (memory.partsOf && (u.kind !== 'paragraph' || !u.listItem || bulletOf(doc.v.work, u.start) === memory.partsBullet)) memory.partsOf = memory.partsBullet = undefined;
    if (u.kind === 'table') {
      // a short line right before a table is its caption (`DTI 2023: provinces ranked fifth to 12th`)
      const caption = previous && previous.kind !== 'table' && previous.end - previous.start <= 320 ? { start: previous.start, end: previous.end } : undefined;
      readTable(doc, u, heading, cands, caption);
      memory.paragraphIndicator = undefined;
      continue;
    }
    // the items of a list whose lead-in names a year (`b) Đến năm 2030:`) are about that year unless they say otherwise
    const ctx: Context = { doc, heading, block: blockOf(doc, u), memory, ...(memory.leadIn && memory.leadInYear ? { paragraphYear: memory.leadInYear } : {}) };
    for (const s of u.sentences) readSentence(s, ctx, cands);
    memory.paragraphIndicator = u.kind === 'paragraph' ? ctx.prevIndicator : undefined;
  }
  return { doc, cands };
}

/**
 * Facts of a document's text: figures of the catalogue's indicators, each with its year, qualifier, approximation,
 * stated change and plan attainment, the offsets of the number in `text` (NFC), the sentence or table row it was read
 * from, the evidence it rests on, a confidence and whether an upload would accept it without review. Never throws
 * on odd input; returns only catalogue keys.
 */
export function extract(text: string, opts: ExtractOptions = {}): ExtractedFact[] {
  return extractReport(text, opts).facts;
}

const documentEvidence: Record<NonNullable<Doc['reportYearFrom']>, Evidence> = {
  given: ev('document.year-given'),
  named: ev('document.year-named'),
  guessed: ev('document.year-guessed'),
  dated: ev('document.year-dated'),
};

/** The facts of a text and the year the report is about (as `extract`, plus what the figures' years rest on). */
export function extractReport(text: string, opts: ExtractOptions = {}): { facts: ExtractedFact[]; reportYear: number | undefined; reportYearFrom: Doc['reportYearFrom'] } {
  const nfc = text.normalize('NFC');
  const { doc, cands: read } = candidatesOfNfc(nfc, opts);
  const cands = dropCorrected(doc, read);
  const merged = doc.without.has('restatements') ? mergeCandidates(cands) : dropRestatements(mergeCandidates(cands));
  markConflicts(merged);
  const docEvidence: Evidence[] = [];
  if (doc.reportYearFrom) docEvidence.push(documentEvidence[doc.reportYearFrom]);
  if (doc.convention === 'en') docEvidence.push(ev('document.english'));
  for (const c of merged) {
    c.evidence = [...c.evidence, ...docEvidence];
    const words = opts.wordConfidence ? within(opts.wordConfidence, c.start - 64, c.end).filter((w) => w.end > c.start) : [];
    if (words.length) c.evidence.push(ev('reader.ocr-confidence', Math.min(...words.map((w) => w.confidence))));
  }
  return { facts: merged.map((c) => toFact(nfc, c)), reportYear: doc.reportYear, reportYearFrom: doc.reportYearFrom };
}

function toFact(text: string, c: Candidate): ExtractedFact {
  const confidence = confidenceOf(c.evidence);
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
    confidence,
    auto_accept: autoAccept(confidence),
    evidence: c.evidence.map((e) => ({ stage: stageOf(e.code), code: e.code, note: evidenceNotes[e.code], ...(e.value !== undefined ? { value: e.value } : {}) })),
    rule: c.rule,
  };
  if (c.block) f.block = c.block;
  return f;
}
