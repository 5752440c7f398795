import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { UploadFields, type CitedUploadReport, type UploadResponse } from '@chiso/shared';
import type { AppDeps } from '../context';
import type { Auth, AuthEnv } from '../http/auth';
import { fromZod, HttpProblem } from '../http/problem';
import { importCitedFacts } from '../services/cited';
import { ingestDocument } from '../services/ingest';
import { readFailure } from '../services/read-failure';

export interface UploadOptions {
  maxUploadMb: number;
}

/** Room for the multipart boundaries and the text fields around the file. */
const FORM_OVERHEAD = 64 * 1024;

/** Seed keys of cited figures uploaded through the API: the same row uploaded again is the same fact. */
export const CITED_UPLOAD_KEY = 'upload:cited';

function tooLarge(mb: number): HttpProblem {
  return new HttpProblem(413, `The file is larger than the ${mb} MB limit (MAX_UPLOAD_MB). Split it, or ask the operator to raise the limit.`);
}

/** The multipart form with its `file`, the body read under the size limit by the middleware before. */
async function formWithFile(c: Context, maxBytes: number, mb: number): Promise<{ file: File; fields: Record<string, string> }> {
  const type = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data/i.test(type)) {
    throw new HttpProblem(415, `Send the file as multipart/form-data with a field named "file" (got ${type.split(';')[0] || 'no content type'}).`);
  }
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch {
    throw new HttpProblem(400, 'The multipart body could not be read: it is cut short or malformed.');
  }
  const file = form.file;
  if (!(file instanceof File)) {
    throw new HttpProblem(400, 'The form has no file: add the document in a field named "file".', [{ path: 'file', message: 'required' }]);
  }
  if (file.size > maxBytes) throw tooLarge(mb);
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(form)) if (typeof v === 'string') fields[k] = v;
  return { file, fields };
}

/** `POST /sources` (a report to read) and `POST /facts/cited` (a CSV of cited figures); editor token. */
export function uploadRoute(deps: AppDeps, auth: Auth, opts: UploadOptions): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const db = deps.db.db;
  const maxBytes = Math.floor(opts.maxUploadMb * 1024 * 1024);
  // Counts the bytes as they arrive and stops past the limit, whether or not the client sent a Content-Length.
  const limit = bodyLimit({
    maxSize: maxBytes + FORM_OVERHEAD,
    onError: () => {
      throw tooLarge(opts.maxUploadMb);
    },
  });
  const editor = auth.require('editor');

  app.post('/sources', editor, limit, async (c) => {
    const { file, fields } = await formWithFile(c, maxBytes, opts.maxUploadMb);
    const parsed = UploadFields.safeParse(fields);
    if (!parsed.success) throw fromZod(parsed.error, 'form field');
    const f = parsed.data;
    if (!deps.catalogue().regionByKey.has(f.region)) {
      const known = [...deps.catalogue().regionByKey.keys()].join(', ');
      throw new HttpProblem(400, `There is no region "${f.region}". Known regions: ${known}.`, [{ path: 'region', message: 'unknown region' }]);
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const started = performance.now();
    const logIngest = (outcome: Record<string, unknown>) =>
      deps.log({ kind: 'ingest', editor: c.var.editor.name, region: f.region, bytes: bytes.length, ms: Math.round(performance.now() - started), ...outcome });
    const result = await ingestDocument(db, deps.catalogue(), {
      bytes,
      region: f.region,
      title: f.title,
      publisher: f.publisher,
      url: f.url,
      published: f.published,
      actor: c.var.editor.name,
    }).catch((e: unknown) => {
      const failure = readFailure(e);
      logIngest({ refused: failure?.code ?? 'error' });
      if (!failure) throw e;
      throw new HttpProblem(failure.status, `${file.name || 'The file'}: ${failure.message}`);
    });
    logIngest({ source: result.source.id, created: result.created, format: result.source.format, facts: result.facts });
    const body: UploadResponse = result;
    return c.json(body, result.created ? 201 : 200, {
      Location: `/api/v1/sources/${result.source.id}`,
      'Cache-Control': 'no-store',
    });
  });

  app.post('/facts/cited', editor, limit, async (c) => {
    const { file } = await formWithFile(c, maxBytes, opts.maxUploadMb);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      throw new HttpProblem(422, `${file.name || 'The file'} is not UTF-8 text: save the sheet as "CSV UTF-8".`);
    }
    text = text.replace(/^\uFEFF/, '');
    if (text.trim() === '') throw new HttpProblem(422, `${file.name || 'The file'} is empty.`);
    const r = await importCitedFacts(db, deps.catalogue(), text, { actor: c.var.editor.name, keyPrefix: CITED_UPLOAD_KEY });
    const body: CitedUploadReport = { rows: r.rows, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, invalid: r.invalid };
    return c.json(body, 200, { 'Cache-Control': 'no-store' });
  });

  return app;
}
