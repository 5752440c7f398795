import { z } from 'zod';
import { IndicatorKey, RegionKey } from './catalogue';
import { CellRef, OcrEvidence } from './location';

export const qualifiers = ['actual', 'estimate', 'target'] as const;
export const Qualifier = z.enum(qualifiers);
export type Qualifier = z.infer<typeof Qualifier>;

export const approxes = ['exact', 'over', 'under', 'about'] as const;
export const Approx = z.enum(approxes);
export type Approx = z.infer<typeof Approx>;

export const FactStatus = z.enum(['pending', 'accepted', 'rejected']);
export type FactStatus = z.infer<typeof FactStatus>;

export const FactMethod = z.enum(['extracted', 'curated', 'manual']);
export type FactMethod = z.infer<typeof FactMethod>;

export const Year = z.coerce.number().int().min(1900).max(2100);

/** Where in the extracted text of a document a figure was read. */
export const Block = z.object({
  kind: z.enum(['paragraph', 'heading', 'table_row', 'page', 'list_item']),
  index: z.number().int().nonnegative(),
  page: z.number().int().positive().optional(),
  row: z.number().int().nonnegative().optional(),
  column: z.number().int().nonnegative().optional(),
  /** A heading's level as its source marked it (`<h2>` is 2), when it did. */
  level: z.number().int().min(1).max(6).optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Block = z.infer<typeof Block>;

/**
 * One thing the extractor found out about a figure, and at which stage of reading (`year`: "year from the heading";
 * `subject`: "subject inherited from the figure before"): what its confidence rests on, for a reviewer to read.
 */
export const FactEvidence = z.object({
  stage: z.string(),
  code: z.string(),
  note: z.string(),
  value: z.number().optional(),
});
export type FactEvidence = z.infer<typeof FactEvidence>;

/**
 * A figure read from a document by the extractor: the command-line contract (`npm run extract -- FILE --json`)
 * and what ingestion stores. Either `value`, or `value_min` and `value_max` for a range.
 */
export const ExtractedFact = z.object({
  indicator: IndicatorKey,
  year: z.number().int(),
  value: z.number().optional(),
  value_min: z.number().optional(),
  value_max: z.number().optional(),
  qualifier: Qualifier,
  approx: Approx,
  change_pct: z.number().nullable().optional(),
  change_vs_year: z.number().int().nullable().optional(),
  plan_pct: z.number().nullable().optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
  quote_start: z.number().int().nonnegative(),
  block: Block.optional(),
  confidence: z.number().min(0).max(1),
  /** What an upload does with it: accepted without review (its confidence cleared the calibrated threshold) or left pending. */
  auto_accept: z.boolean(),
  evidence: z.array(FactEvidence),
  rule: z.string().optional(),
  /** Read by OCR: the page region and Tesseract's confidence in the words (decision 0010). */
  ocr: OcrEvidence.optional(),
  /** Read from a workbook: its sheet and cell. */
  cell: CellRef.optional(),
});
export type ExtractedFact = z.infer<typeof ExtractedFact>;

/** A fact as stored and served. */
export const Fact = z.object({
  id: z.number().int(),
  indicator: IndicatorKey,
  region: RegionKey,
  year: z.number().int(),
  value: z.number().nullable(),
  value_min: z.number().nullable(),
  value_max: z.number().nullable(),
  qualifier: Qualifier,
  approx: Approx,
  change_pct: z.number().nullable(),
  change_vs_year: z.number().int().nullable(),
  plan_pct: z.number().nullable(),
  source_id: z.number().int(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  quote: z.string().nullable(),
  /** Offset of the quote in the source text: the figure is `quote.slice(start - quote_start, end - quote_start)`. */
  quote_start: z.number().int().nullable(),
  method: FactMethod,
  rule: z.string().nullable(),
  confidence: z.number().nullable(),
  status: FactStatus,
  /**
   * The curators' internal note: only in answers to an editor's token (`Authorization: Bearer TOKEN`); never in a
   * public answer, page, download or embed.
   */
  note: z.string().nullable().optional(),
  /** A note written for the public, in Vietnamese and in English (absent in stored data written before them). */
  public_note_vi: z.string().nullable().default(null),
  public_note_en: z.string().nullable().default(null),
  /**
   * Accepted without a person reading it (the auto-accept policy at upload, or a bulk accept by confidence), and not
   * accepted or edited by a person since: shown as "đọc tự động, chưa duyệt / machine-read, not yet reviewed".
   */
  machine_read: z.boolean(),
  /** Of a rank: how many units were ranked. */
  denominator: z.number().int().positive().nullable().optional(),
  /** The date of the later map whose territory the figure is about (decision 0060); absent or null: the region as it was. */
  territory_as_of: z.string().nullable().optional(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Fact = z.infer<typeof Fact>;
