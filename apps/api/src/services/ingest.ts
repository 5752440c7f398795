import { figureProblems, type AutoAcceptPolicy, type DocumentFormat, type ExtractedFact, type Source } from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Database, NewFact, SourceRow } from '../db/schema';
import { sha256 } from '../util/hash';
import { nowIso } from '../util/time';
import type { Catalogue } from './catalogue';
import { extractFromBytes } from './extractor';
import { commitChange } from './commit';
import { documentTitle } from './title-line';
import { toSource } from './views';

export interface IngestInput {
  bytes: Uint8Array;
  region: string;
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
  published?: string | null;
  actor: string;
  /** What is accepted without a person (`AUTO_ACCEPT`); default `calibrated`, the extractor's own threshold. */
  autoAccept?: AutoAcceptPolicy;
}

export interface FactCounts {
  pending: number;
  accepted: number;
  rejected: number;
}

export interface IngestResult {
  source: Source;
  /** False when the same bytes, or the same content in other bytes, were ingested before: nothing was written. */
  created: boolean;
  facts: FactCounts;
}

/** Test seam: lets a test make the fact writer fail part-way, to show nothing is left half-written. */
export interface IngestHooks {
  afterFactInserted?: (index: number) => void | Promise<void>;
}

export async function countFacts(db: Kysely<Database>, sourceId: number): Promise<FactCounts> {
  const rows = await db
    .selectFrom('facts')
    .select(['status', db.fn.countAll<number>().as('n')])
    .where('source_id', '=', sourceId)
    .groupBy('status')
    .execute();
  const counts: FactCounts = { pending: 0, accepted: 0, rejected: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

/**
 * Reads a document, extracts its figures and stores source, facts, their locations (workbook cell, OCR'd page region)
 * and the page images of OCR'd pages in one transaction. Under the `calibrated` policy, figures the extractor
 * auto-accepts (`auto_accept`: its calibrated threshold, and no doubtful OCR) and its unit can have
 * (shared/plausible.ts) are accepted, marked machine-read until a person confirms them; the rest (and, under `off`,
 * all) wait for review. The same bytes twice, or the same text read from other bytes (a .docx zipped again), → the
 * existing source, nothing duplicated.
 */
export async function ingestDocument(
  db: Kysely<Database>,
  catalogue: Catalogue,
  input: IngestInput,
  hooks: IngestHooks = {},
): Promise<IngestResult> {
  if (!catalogue.regionByKey.has(input.region)) throw new Error(`unknown region "${input.region}"`);
  const hash = sha256(input.bytes);
  const existing = await db.selectFrom('sources').selectAll().where('sha256', '=', hash).executeTakeFirst();
  if (existing) return { source: toSource(existing), created: false, facts: await countFacts(db, existing.id) };

  const extracted = await extractFromBytes(input.bytes, {
    region: input.region,
    catalogue: catalogue.indicators,
    published: input.published ?? null,
    title: input.title ?? null,
  });
  const now = nowIso();
  const contentHash = sha256(new TextEncoder().encode(extracted.text));
  const store = commitChange(db, async ({ trx, revise }): Promise<SourceRow | { same: SourceRow }> => {
    const same = await trx.selectFrom('sources').selectAll().where('content_sha256', '=', contentHash).orderBy('id').executeTakeFirst();
    if (same) return { same };
    const src = await trx
      .insertInto('sources')
      .values({
        kind: 'report',
        title: input.title || documentTitle(extracted.title, extracted.text),
        publisher: input.publisher ?? null,
        url: input.url ?? null,
        published_on: input.published || extracted.published || null,
        region: input.region,
        report_year: extracted.reportYear,
        format: extracted.format as DocumentFormat,
        sha256: hash,
        text: extracted.text,
        content_sha256: contentHash,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    for (const [i, f] of extracted.facts.entries()) {
      const auto = (input.autoAccept ?? 'calibrated') === 'calibrated' && f.auto_accept && plausible(catalogue, f);
      const row = factRow(f, src.id, input.region, auto, now);
      const after = await trx.insertInto('facts').values(row).returningAll().executeTakeFirstOrThrow();
      await revise({ fact_id: after.id, action: 'create', actor: input.actor, before: null, after });
      if (f.cell || f.ocr) {
        await trx
          .insertInto('fact_locations')
          .values({ fact_id: after.id, sheet: f.cell?.sheet ?? null, cell: f.cell?.cell ?? null, page: f.ocr?.page ?? null, ocr: f.ocr ? JSON.stringify(f.ocr) : null })
          .execute();
      }
      await hooks.afterFactInserted?.(i);
    }
    for (const p of extracted.pages) {
      await trx
        .insertInto('source_pages')
        .values({ source_id: src.id, page: p.page, width: p.width, height: p.height, mime: p.mime, image: Buffer.from(p.image), text_start: p.text_start, text_end: p.text_end })
        .execute();
    }
    return src;
  }).then((c) => c.result);
  const source = await store.catch(async (e: unknown) => {
    // The same bytes stored by another request while this one was extracting: theirs stands (sha256 is unique).
    const raced = await db.selectFrom('sources').selectAll().where('sha256', '=', hash).executeTakeFirst();
    if (raced) return { raced };
    throw e;
  });
  if ('raced' in source) return { source: toSource(source.raced), created: false, facts: await countFacts(db, source.raced.id) };
  if ('same' in source) return { source: toSource(source.same), created: false, facts: await countFacts(db, source.same.id) };
  return { source: toSource(source), created: true, facts: await countFacts(db, source.id) };
}

/** Whether the figure can be one of its indicator's unit (shared/plausible.ts); one that cannot waits for an editor. */
function plausible(catalogue: Catalogue, f: ExtractedFact): boolean {
  const unit = catalogue.indicatorByKey.get(f.indicator)?.unit;
  return unit !== undefined && figureProblems(unit, f).length === 0;
}

function factRow(f: ExtractedFact, sourceId: number, region: string, autoAccepted: boolean, now: string): NewFact {
  return {
    indicator: f.indicator,
    region,
    year: f.year,
    value: f.value ?? null,
    value_min: f.value_min ?? null,
    value_max: f.value_max ?? null,
    qualifier: f.qualifier,
    approx: f.approx,
    change_pct: f.change_pct ?? null,
    change_vs_year: f.change_vs_year ?? null,
    plan_pct: f.plan_pct ?? null,
    source_id: sourceId,
    span_start: f.start,
    span_end: f.end,
    quote: f.quote,
    quote_start: f.quote_start,
    method: 'extracted',
    rule: f.rule ?? null,
    confidence: f.confidence,
    status: autoAccepted ? 'accepted' : 'pending',
    machine_read: autoAccepted ? 1 : 0,
    note: null,
    seed_key: null,
    created_at: now,
    updated_at: now,
  };
}
