import {
  BulkAcceptResponse,
  type CitedUploadReport,
  FactWithSource,
  Job,
  Me,
  Problem,
  UploadResponse,
  type FactPatch,
} from '@chiso/shared';
import type { z } from 'zod';
import { ApiError, apiUrl } from '../../lib/api';
import { clearSession, type Session } from '../../lib/session';

/** A failed write: the API's problem, and for 429 how many seconds to wait. */
export class EditorApiError extends ApiError {
  constructor(
    message: string,
    status: number | null,
    problem: Problem | null,
    readonly retryAfter: number | null,
  ) {
    super(message, status, problem);
    this.name = 'EditorApiError';
  }
}

function failure(status: number, body: unknown, retryAfterHeader: string | null): EditorApiError {
  const problem = Problem.safeParse(body);
  const retry = retryAfterHeader !== null && /^\d+$/.test(retryAfterHeader) ? Number(retryAfterHeader) : null;
  return new EditorApiError(
    problem.success ? problem.data.detail || problem.data.title : `HTTP ${status}`,
    status,
    problem.success ? problem.data : null,
    retry,
  );
}

function parse<T>(schema: z.ZodType<T>, status: number, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new EditorApiError('invalid-response', status, null, null);
  return parsed.data;
}

/** A revoked or unknown token ends the session; the editor pages then send the user to sign in again. */
function onStatus(status: number): void {
  if (status === 401) clearSession('expired');
}

async function call<T>(token: string, method: string, path: string, schema: z.ZodType<T>, body?: unknown, endOn401 = true): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path), {
      method,
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new EditorApiError('network', null, null, null);
  }
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    if (endOn401) onStatus(res.status);
    throw failure(res.status, json, res.headers.get('retry-after'));
  }
  return parse(schema, res.status, json);
}

export interface UploadResult<T> {
  status: number;
  body: T;
}

/** A multipart upload through XMLHttpRequest, which (unlike fetch) reports the upload's progress. */
function upload<T>(session: Session, path: string, form: FormData, schema: z.ZodType<T>, onProgress: (fraction: number) => void): Promise<UploadResult<T>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path));
    xhr.setRequestHeader('authorization', `Bearer ${session.token}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    });
    xhr.addEventListener('error', () => reject(new EditorApiError('network', null, null, null)));
    xhr.addEventListener('abort', () => reject(new EditorApiError('network', null, null, null)));
    xhr.addEventListener('load', () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = null;
      }
      if (xhr.status < 200 || xhr.status >= 300) {
        onStatus(xhr.status);
        reject(failure(xhr.status, json, xhr.getResponseHeader('retry-after')));
        return;
      }
      try {
        resolve({ status: xhr.status, body: parse(schema, xhr.status, json) });
      } catch (e) {
        reject(e);
      }
    });
    xhr.send(form);
  });
}

/** How often a job is asked for while it runs. */
const JOB_POLL_MS = 500;

/** Follows a job (`GET /jobs/{id}`) until it ends; a job that failed or was interrupted is an error with its reason. */
async function finishedJob(s: Session, id: number): Promise<Job> {
  for (;;) {
    const job = await call(s.token, 'GET', `/jobs/${id}`, Job);
    if (job.status === 'done') return job;
    if (job.status === 'failed' || job.status === 'interrupted') throw new EditorApiError(job.error ?? job.status, 500, null, null);
    await new Promise((r) => setTimeout(r, JOB_POLL_MS));
  }
}

/** A cited CSV: sent (202 with its import job), then followed until the job has its report. */
async function uploadCited(s: Session, form: FormData, onProgress: (f: number) => void): Promise<UploadResult<CitedUploadReport>> {
  const accepted = await upload(s, '/facts/cited', form, Job, onProgress);
  const job = await finishedJob(s, accepted.body.id);
  if (!job.report) throw new EditorApiError('invalid-response', 200, null, null);
  return { status: 200, body: job.report };
}

export const editorApi = {
  /** Checks a token at sign-in; a 401 here is a wrong token, not an ended session. */
  me: (token: string) => call(token, 'GET', '/auth/me', Me, undefined, false),
  accept: (s: Session, id: number) => call(s.token, 'POST', `/facts/${id}/accept`, FactWithSource),
  reject: (s: Session, id: number, reason: string) => call(s.token, 'POST', `/facts/${id}/reject`, FactWithSource, { reason }),
  edit: (s: Session, id: number, patch: FactPatch) => call(s.token, 'PATCH', `/facts/${id}`, FactWithSource, patch),
  bulkAccept: (s: Session, sourceId: number, minConfidence: number) =>
    call(s.token, 'POST', `/sources/${sourceId}/accept`, BulkAcceptResponse, { min_confidence: minConfidence }),
  uploadReport: (s: Session, form: FormData, onProgress: (f: number) => void) => upload(s, '/sources', form, UploadResponse, onProgress),
  uploadCited,
};
