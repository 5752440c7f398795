import { ExtractionLimitError } from './extraction/pool';

/**
 * Why a document could not be read: a reader's `ReadError` from `@chiso/extract` (unsupported, corrupt, no_text,
 * empty, limit: pages, pixels, rows, nesting, OCR time), or the extraction worker's limits (time or memory).
 */
export interface ReadFailure {
  code: 'unsupported' | 'corrupt' | 'no_text' | 'empty' | 'limit';
  /** 415 for a format no reader handles; 422 for a file that holds nothing readable or cannot be read within limits. */
  status: 415 | 422;
  message: string;
  /** What a library said about the file: for the log, never for the answer. */
  reason?: string;
}

const readerCodes = new Set<string>(['unsupported', 'corrupt', 'no_text', 'empty', 'limit']);

/**
 * The reason a document was refused, or null for any other error (a bug, which must surface as one). A reader's
 * error crosses a thread boundary on its way here, so it is recognised by name and code, not by class.
 */
export function readFailure(e: unknown): ReadFailure | null {
  if (e instanceof ExtractionLimitError) return { code: 'limit', status: 422, message: e.message };
  if (!(e instanceof Error) || e.name !== 'ReadError' || !('code' in e) || typeof e.code !== 'string' || !readerCodes.has(e.code)) {
    return null;
  }
  const code = e.code as ReadFailure['code'];
  const reason = 'reason' in e && typeof e.reason === 'string' ? e.reason : undefined;
  return { code, status: code === 'unsupported' ? 415 : 422, message: e.message, ...(reason ? { reason } : {}) };
}
