import type { ExtractedFact, Indicator } from '@chiso/shared';

export interface ExtractJob {
  id: number;
  bytes: Uint8Array;
  /** The catalogue to look for; the extractor's default (data/indicators.csv) when absent. */
  opts: { region: string; catalogue?: Indicator[]; title?: string; published?: string };
}

export interface Extraction {
  format: string;
  text: string;
  title: string | null;
  published: string | null;
  reportYear: number | null;
  /** Each fact says whether an upload accepts it without review (`auto_accept`). */
  facts: ExtractedFact[];
}

/** An error as it crosses the thread boundary: enough to rebuild a reader's `ReadError`. */
export interface WorkerError {
  name: string;
  message: string;
  code?: string;
}

export type ExtractReply = { id: number; ok: true; result: Extraction } | { id: number; ok: false; error: WorkerError };
