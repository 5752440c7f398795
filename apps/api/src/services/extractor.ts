import type { ExtractedFact, Indicator } from '@chiso/shared';
import { extractDocument, AUTO_ACCEPT_THRESHOLD } from '@chiso/extract';

export interface Extraction {
  format: string;
  text: string;
  title: string | null;
  published: string | null;
  reportYear: number | null;
  facts: ExtractedFact[];
  autoAcceptThreshold: number;
}

/** The one place the API calls the extraction engine. */
export async function extractFromBytes(
  bytes: Uint8Array,
  opts: { region: string; catalogue: Indicator[]; published: string | null; title: string | null },
): Promise<Extraction> {
  const r = await extractDocument(bytes, opts);
  return {
    format: r.document.format,
    text: r.document.text,
    title: r.document.title ?? null,
    published: r.document.published ?? null,
    // extractDocument keeps the year it inferred to itself; the source's report_year stays empty until it says.
    reportYear: null,
    facts: r.facts,
    autoAcceptThreshold: AUTO_ACCEPT_THRESHOLD,
  };
}
