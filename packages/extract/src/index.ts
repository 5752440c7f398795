import type { ExtractedFact } from '@chiso/shared';
import { AUTO_ACCEPT_THRESHOLD, autoAccept } from './confidence';
import { extractReport, type ExtractOptions } from './extract';
import { readDocument, type ReadOptions } from './readers/index';
import { ocrEvidence, withOcrFactor } from './readers/ocr/evidence';
import { cellLocator } from './readers/sheet/cells';
import type { ReadDocument } from './readers/types';

export { extract, extractReport, candidates, type ExtractOptions } from './extract';
export { AUTO_ACCEPT_THRESHOLD, autoAccept, confidenceOf } from './confidence';
export { indicatorWords, unitNouns, qualifierWords, approxWords } from './vocabulary/index';
export type { IndicatorWords } from './vocabulary/index';
export { parseNumber, scanQuantities, toNumber } from './numbers';
export type { Convention, Decimal, Quantity } from './numbers';
export { defaultCatalogue, defaultRegions, parseCatalogue } from './catalogue';
export * from './readers/index';

export interface DocumentFacts {
  document: ReadDocument;
  facts: ExtractedFact[];
  /** The year the report is about, as the extractor worked it out; undefined when nothing in or about it names one. */
  reportYear: number | undefined;
}

/**
 * Reads a document (format sniffed from the bytes) and extracts its facts; offsets refer to `document.text`.
 * A title or publication date the caller knows (an upload form, a manifest) outranks what the document says.
 */
export async function extractDocument(bytes: Uint8Array, opts: Omit<ExtractOptions, 'blocks'> & { read?: ReadOptions } = {}): Promise<DocumentFacts> {
  const { read, ...extractOpts } = opts;
  const document = await readDocument(bytes, read);
  const { facts, reportYear } = extractReport(document.text, {
    ...extractOpts,
    blocks: document.blocks,
    title: opts.title ?? document.title,
    published: opts.published ?? document.published ?? (document.publishedMonth ? `${document.publishedMonth}-01` : undefined),
  });
  const cellAt = document.tables?.some((t) => t.sheet !== undefined) ? cellLocator(document.tables) : null;
  return { document, facts: facts.map((fact) => located(fact, document, cellAt)), reportYear };
}

/**
 * A fact with where its file holds it beyond the text offsets: the workbook cell, or the OCR'd page region with
 * Tesseract's confidence in its words, which lowers the fact's confidence (decision 0010).
 */
function located(fact: ExtractedFact, document: ReadDocument, cellAt: ReturnType<typeof cellLocator> | null): ExtractedFact {
  const cell = cellAt?.(fact.start, fact.end) ?? null;
  if (cell) return { ...fact, cell };
  const ocr = document.ocr ? ocrEvidence(fact, document.ocr) : null;
  if (!ocr) return fact;
  const confidence = withOcrFactor(fact.confidence, ocr, AUTO_ACCEPT_THRESHOLD ?? 1);
  return { ...fact, ocr, confidence, auto_accept: fact.auto_accept && autoAccept(confidence) };
}
