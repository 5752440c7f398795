import { CitedUploadReport, UploadFields, UploadResponse } from '@chiso/shared';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { HttpProblem } from '../http/problem';
import { authProblems, jsonContent, problems, route, type ApiRouter } from '../http/route';
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

/** The uploaded file, documented as binary. */
const FileField = (description: string) =>
  z.file({ error: 'add the file in a form field named "file"' }).meta({ type: 'string', format: 'binary', description });
const DocumentUpload = UploadFields.extend({ file: FileField('the report: .txt, .html, .docx or .pdf') });
const CsvUpload = z.object({
  file: FileField(
    'UTF-8 CSV with the columns of data/facts/danang-facts.csv: region, indicator, year, value, unit, qualifier, approx, change_pct, change_vs_year, plan_pct, source_url, source_published, note',
  ),
});
const multipart = <S extends z.ZodObject>(schema: S, description: string) => ({
  required: true,
  description,
  content: { 'multipart/form-data': { schema } },
});

function tooLarge(mb: number): HttpProblem {
  return new HttpProblem(413, `The file is larger than the ${mb} MB limit (MAX_UPLOAD_MB). Split it, or ask the operator to raise the limit.`);
}

/** `POST /sources` (a report to read) and `POST /facts/cited` (a CSV of cited figures); editor token. */
export function uploadRoute(app: ApiRouter, deps: AppDeps, opts: UploadOptions): void {
  const db = deps.db.db;
  const maxBytes = Math.floor(opts.maxUploadMb * 1024 * 1024);
  const upload = { auth: 'editor', maxBodyBytes: maxBytes + FORM_OVERHEAD, tooLarge: () => tooLarge(opts.maxUploadMb) } as const;
  const limitNote = 'size limit MAX_UPLOAD_MB (default 20 MB) → 413';

  app.openapi(
    route(deps.auth, upload, {
      method: 'post',
      path: '/sources',
      summary:
        'Upload a report (multipart: file, region, optional title, publisher, url, published). 201 with the new source and its facts counted by status; 200 with the existing source when the same bytes were uploaded before. Facts the extractor is sure of are accepted, the rest are pending review. One transaction: a failure leaves nothing.',
      tags: ['editors'],
      request: { body: multipart(DocumentUpload, limitNote) },
      responses: {
        200: jsonContent(UploadResponse, 'The same bytes were uploaded before'),
        201: jsonContent(UploadResponse, 'Created'),
        ...problems(400, 413, 415, 422, ...authProblems),
      },
    }),
    async (c) => {
      const { file, ...f } = c.req.valid('form');
      if (file.size > maxBytes) throw tooLarge(opts.maxUploadMb);
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
      const headers = { Location: `/api/v1/sources/${result.source.id}`, 'Cache-Control': 'no-store' };
      return result.created ? c.json(result, 201, headers) : c.json(result, 200, headers);
    },
  );

  app.openapi(
    route(deps.auth, upload, {
      method: 'post',
      path: '/facts/cited',
      summary:
        'Upload a CSV of cited figures: a row-by-row report. Valid rows land as accepted curated facts (the same row again changes nothing, a changed row updates its fact); invalid rows are listed with their line and reasons.',
      tags: ['editors'],
      request: { body: multipart(CsvUpload, limitNote) },
      responses: { 200: jsonContent(CitedUploadReport), ...problems(400, 413, 415, 422, ...authProblems) },
    }),
    async (c) => {
      const { file } = c.req.valid('form');
      if (file.size > maxBytes) throw tooLarge(opts.maxUploadMb);
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
    },
  );
}
