import { AcceptBody, BulkAcceptBody, BulkAcceptResponse, FactPatch, FactWithSource, Job, RejectBody, RetireBody, RowId } from '@chiso/shared';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { fromZod, HttpProblem } from '../http/problem';
import { docs, authProblems, jsonContent, problems, route, type ApiRouter } from '../http/route';
import { getFact } from '../services/facts';
import { startRetirement } from '../services/retire';
import { acceptFact, bulkAccept, editFact, rejectFact, type ReviewResult } from '../services/review';
import { ReviewError } from '../services/review-error';

function asProblem(e: unknown): never {
  if (e instanceof ReviewError) throw new HttpProblem(e.kind === 'not_found' ? 404 : e.kind === 'conflict' ? 409 : 400, e.message);
  throw e;
}

const noStore = { 'Cache-Control': 'no-store' };
const IdParam = z.object({ id: RowId });
const jsonBody = <S extends z.ZodType>(schema: S, required: boolean, description?: string) => ({
  required,
  ...(description ? { description } : {}),
  content: { 'application/json': { schema } },
});

/** Review of facts: accept, reject, edit, bulk accept (editor token); retiring a source (administrator token). */
export function reviewRoute(app: ApiRouter, deps: AppDeps): void {
  const db = deps.db.db;
  const editor = { auth: 'editor' } as const;

  const answer = async (r: Promise<ReviewResult>): Promise<FactWithSource> => {
    const { fact } = await r.catch(asProblem);
    return (await getFact(db, fact.id))!;
  };

  app.openapi(
    route(deps.auth, editor, {
      method: 'post',
      path: '/facts/{id}/accept',
      summary: 'Accept a fact (optional reason); accepting an accepted fact changes nothing. Series and dashboard follow at once.',
      ...docs('Chấp nhận một số liệu (lý do tuỳ chọn); số liệu máy đã tự chấp nhận thì được xác nhận là đã có người duyệt', 'POST /api/v1/facts/42/accept {"reason":"đã đối chiếu với báo cáo"}'),
      tags: ['editors'],
      request: { params: IdParam, body: jsonBody(AcceptBody, false, 'optional') },
      responses: { 200: jsonContent(FactWithSource), ...problems(400, 404, 409, 413, ...authProblems) },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await answer(acceptFact(db, c.req.valid('param').id, c.var.editor.name, body.reason)), 200, noStore);
    },
  );

  app.openapi(
    route(deps.auth, editor, {
      method: 'post',
      path: '/facts/{id}/reject',
      summary: 'Reject a fact, with a reason (required). 409 for a figure of data/facts/*.csv, which is changed in its file.',
      ...docs('Bác bỏ một số liệu, phải nêu lý do', 'POST /api/v1/facts/42/reject {"reason":"năm bị đọc sai"}'),
      tags: ['editors'],
      request: { params: IdParam, body: jsonBody(RejectBody, true) },
      responses: { 200: jsonContent(FactWithSource), ...problems(400, 404, 409, 413, 415, ...authProblems) },
    }),
    async (c) => c.json(await answer(rejectFact(db, c.req.valid('param').id, c.var.editor.name, c.req.valid('json').reason)), 200, noStore),
  );

  app.openapi(
    route(deps.auth, editor, {
      method: 'patch',
      path: '/facts/{id}',
      summary:
        'Edit a fact: indicator, year, value (or value_min and value_max), qualifier, approx, change_pct, change_vs_year, plan_pct, note; optional reason; accept: true also accepts it. A changed figure becomes method "manual".',
      ...docs('Sửa một số liệu (chỉ tiêu, năm, giá trị, loại, cách nêu, tăng trưởng, kế hoạch, ghi chú); accept: true để chấp nhận luôn', 'PATCH /api/v1/facts/42 {"value":36571,"reason":"sửa theo bảng","accept":true}'),
      tags: ['editors'],
      request: { params: IdParam, body: jsonBody(FactPatch, true) },
      responses: { 200: jsonContent(FactWithSource), ...problems(400, 404, 409, 413, 415, ...authProblems) },
    }),
    async (c) => c.json(await answer(editFact(db, deps.catalogue(), c.req.valid('param').id, c.req.valid('json'), c.var.editor.name)), 200, noStore),
  );

  app.openapi(
    route(deps.auth, editor, {
      method: 'post',
      path: '/sources/{id}/accept',
      summary:
        'Bulk accept: every pending fact of the source whose confidence is at least min_confidence (query ?min_confidence=0.8 or JSON body), one revision each',
      ...docs('Chấp nhận hàng loạt các số liệu chờ duyệt của một nguồn có độ tin cậy từ min_confidence trở lên (vẫn được đánh dấu đọc tự động)', 'POST /api/v1/sources/7/accept {"min_confidence":0.9}'),
      tags: ['editors'],
      request: {
        params: IdParam,
        query: z.object({ min_confidence: z.string().optional(), reason: z.string().optional() }).strict(),
        body: jsonBody(BulkAcceptBody.partial(), false, 'optional when min_confidence is in the query'),
      },
      responses: { 200: jsonContent(BulkAcceptResponse), ...problems(400, 404, 413, ...authProblems) },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const fromQuery = c.req.valid('query');
      const inQuery = fromQuery.min_confidence !== undefined;
      const raw = inQuery ? fromQuery : c.req.valid('json');
      const body = BulkAcceptBody.safeParse(raw);
      if (!body.success) {
        if (!inQuery && raw.min_confidence === undefined) {
          throw new HttpProblem(400, 'Say which facts to accept: min_confidence (0 to 1) in the query (?min_confidence=0.8) or in a JSON body.');
        }
        throw fromZod(body.error, inQuery ? 'query parameter' : 'request body');
      }
      const r = await bulkAccept(db, id, body.data.min_confidence, c.var.editor.name, body.data.reason).catch(asProblem);
      const out: BulkAcceptResponse = { source_id: id, min_confidence: body.data.min_confidence, ...r };
      return c.json(out, 200, noStore);
    },
  );

  app.openapi(
    route(deps.auth, { auth: 'admin' }, {
      method: 'post',
      path: '/sources/{id}/retire',
      summary:
        'Retire a source (administrators), with a reason: its text is no longer served and its facts cannot be accepted; answers 202 with the job (Location: /api/v1/jobs/{id}) that rejects each of its facts with a revision. Retiring it again finishes an interrupted job.',
      ...docs('Thu hồi một nguồn (quản trị viên), nêu lý do: văn bản không còn được hiển thị, các số liệu của nó bị bác bỏ trong một việc chạy nền (202, Location: /api/v1/jobs/{id})', 'POST /api/v1/sources/7/retire {"reason":"bài báo đã bị gỡ"} (Authorization: Bearer ADMIN_TOKEN)'),
      tags: ['editors'],
      request: { params: IdParam, body: jsonBody(RetireBody, true) },
      responses: { 202: jsonContent(Job, 'Accepted: the source is retired, its facts follow; see Location'), ...problems(400, 404, 413, 415, ...authProblems) },
    }),
    async (c) => {
      const job = await startRetirement(db, deps.jobs, { sourceId: c.req.valid('param').id, actor: c.var.editor.name, reason: c.req.valid('json').reason }).catch(asProblem);
      return c.json(job, 202, { Location: `/api/v1/jobs/${job.id}`, ...noStore });
    },
  );
}
