import type { ExtractedFact } from '@chiso/shared';
import { extractReport, type ExtractOptions } from './extract';
import { readDocument } from './readers/index';
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
export async function extractDocument(bytes: Uint8Array, opts: Omit<ExtractOptions, 'blocks'> = {}): Promise<DocumentFacts> {
  const document = await readDocument(bytes);
  const { facts, reportYear } = extractReport(document.text, {
    ...opts,
    blocks: document.blocks,
    title: opts.title ?? document.title,
    published: opts.published ?? document.published ?? (document.publishedMonth ? `${document.publishedMonth}-01` : undefined),
  });
  return { document, facts, reportYear };
}
