/** Why a document could not be read, as the readers of `@chiso/extract` say it (their `ReadError`). */
export interface ReadFailure {
  code: 'unsupported' | 'corrupt' | 'no_text' | 'empty';
  /** 415 for a format no reader handles; 422 for a file of a known format that holds nothing readable. */
  status: 415 | 422;
  message: string;
}

const codes = new Set<string>(['unsupported', 'corrupt', 'no_text', 'empty']);

/**
 * A reader's refusal, or null for any other error (a bug, which must surface as one). Recognised by name and
 * code rather than by class, so that two copies of the extraction package in one process still agree.
 */
export function readFailure(e: unknown): ReadFailure | null {
  if (!(e instanceof Error) || e.name !== 'ReadError' || !('code' in e) || typeof e.code !== 'string' || !codes.has(e.code)) {
    return null;
  }
  const code = e.code as ReadFailure['code'];
  return { code, status: code === 'unsupported' ? 415 : 422, message: e.message };
}
