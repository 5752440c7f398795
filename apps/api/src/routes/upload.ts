import { Job, maxCitedRows, RowId, UploadFields, UploadResponse } from '@chiso/shared';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { HttpProblem } from '../http/problem';
import { docs, authProblems, jsonContent, problems, route, type ApiRouter } from '../http/route';
import { ingestDocument } from '../services/ingest';
import { startCitedUpload } from '../services/cited-upload';
import { readFailure } from '../services/read-failure';
import { sha256 } from '../util/hash';

export interface UploadOptions {
  maxUploadMb: number;
}

/** Room for the multipart boundaries and the text fields around the file. */
const FORM_OVERHEAD = 64 * 1024;

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
      ...docs('Tải lên một báo cáo (multipart: file, region, tuỳ chọn title, publisher, url, published); không có tiêu đề thì lấy dòng tiêu đề của văn bản', 'POST /api/v1/sources (multipart: file=@baocao-2019.docx, region=da-nang)'),
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
        autoAccept: deps.autoAccept,
      }).catch((e: unknown) => {
        const failure = readFailure(e);
        logIngest({ refused: failure?.code ?? 'error', ...(failure?.reason ? { reason: failure.reason } : {}) });
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
        'Upload a CSV of cited figures. Answers 202 at once with the import job (Location: /api/v1/jobs/{id}), which reads and stores the file after the answer, in steps, reporting its progress; its report lists what landed and, row by row, what did not. Valid rows land as accepted curated facts, each pointing to its article, the file itself becomes one source (a dataset); the same row again changes nothing, a changed row updates its fact.',
      ...docs('Tải lên CSV các số liệu được dẫn: trả lời 202 ngay với việc nhập (Location: /api/v1/jobs/{id}); báo cáo từng dòng cho biết dòng nào được nhận, dòng nào lỗi và vì sao', 'POST /api/v1/facts/cited (multipart: file=@so-lieu.csv)'),
      tags: ['editors'],
      request: { body: multipart(CsvUpload, limitNote) },
      responses: { 202: jsonContent(Job, 'Accepted: the import runs; follow it at Location'), ...problems(400, 413, 415, 422, ...authProblems) },
    }),
    async (c) => {
      const { file } = c.req.valid('form');
      if (file.size > maxBytes) throw tooLarge(opts.maxUploadMb);
      const name = file.name || 'The file';
      const bytes = new Uint8Array(await file.arrayBuffer());
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw new HttpProblem(422, `${name} is not UTF-8 text: save the sheet as "CSV UTF-8".`);
      }
      text = text.replace(/^\uFEFF/, '');
      if (text.trim() === '') throw new HttpProblem(422, `${name} is empty.`);
      // Lines bound rows from above (a quoted field may hold several): a file past the bound is refused unread.
      if (linesOf(text) > maxCitedRows + 1) {
        throw new HttpProblem(422, `${name} has more than ${maxCitedRows.toLocaleString('en')} rows, the most one upload may have: split it into several files.`);
      }
      const job = await startCitedUpload(deps.db, deps.jobs, deps.catalogue(), { text, fileName: file.name || 'cited.csv', sha256: sha256(bytes), actor: c.var.editor.name });
      return c.json(job, 202, { Location: `/api/v1/jobs/${job.id}`, 'Cache-Control': 'no-store' });
    },
  );

  app.openapi(
    route(deps.auth, { auth: 'editor' }, {
      method: 'get',
      path: '/jobs/{id}',
      summary: 'A job (the import of a cited CSV, the retirement of a source): queued, running (done of total), done (with its report), failed or interrupted (with why)',
      ...docs('Một việc chạy nền (nhập CSV số liệu được dẫn, thu hồi một nguồn): đang chờ, đang chạy (đã xong/tổng số), xong (kèm báo cáo), lỗi hoặc bị ngắt (kèm lý do)', 'GET /api/v1/jobs/12 (Authorization: Bearer TOKEN)'),
      tags: ['editors'],
      request: { params: z.object({ id: RowId }) },
      responses: { 200: jsonContent(Job), ...problems(400, 404, ...authProblems) },
    }),
    async (c) => {
      const job = await deps.jobs.get(c.req.valid('param').id);
      if (!job) throw new HttpProblem(404, `There is no job ${c.req.valid('param').id}.`);
      return c.json(job, 200, { 'Cache-Control': 'no-store' });
    },
  );
}

/** Line breaks in a text, plus one for a last line without one: an upper bound of its CSV rows. */
function linesOf(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
