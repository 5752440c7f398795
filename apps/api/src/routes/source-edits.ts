import { RowId, Source, SourcePatch, SourceRevisionsResponse } from '@chiso/shared';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { json } from '../http/body';
import { HttpProblem } from '../http/problem';
import { docs, authProblems, jsonContent, problems, read, route, type ApiRouter } from '../http/route';
import { ReviewError } from '../services/review-error';
import { editSource, sourceRevisions } from '../services/source-edits';

const IdParam = z.object({ id: RowId });

/** A source's title (and outlet, address) edited by an editor, with its history. */
export function sourceEditsRoute(app: ApiRouter, deps: AppDeps): void {
  const db = deps.db.db;

  app.openapi(
    route(deps.auth, { auth: 'editor' }, {
      method: 'patch',
      path: '/sources/{id}',
      summary: 'Edit a source’s title, publisher (outlet) or URL, with an optional reason; every change is a revision',
      ...docs('Sửa tiêu đề, nơi công bố hoặc địa chỉ của một nguồn, kèm lý do tuỳ chọn; mỗi lần sửa là một phiên bản', 'PATCH /api/v1/sources/7 {"title":"Báo cáo tổng kết công tác năm 2018","reason":"theo tiêu đề văn bản"}'),
      tags: ['editors'],
      request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: SourcePatch } } } },
      responses: { 200: jsonContent(Source), ...problems(400, 404, 413, 415, ...authProblems) },
    }),
    async (c) => {
      const { source } = await editSource(db, c.req.valid('param').id, c.req.valid('json'), c.var.editor.name).catch((e: unknown) => {
        if (e instanceof ReviewError) throw new HttpProblem(e.kind === 'not_found' ? 404 : 400, e.message);
        throw e;
      });
      return c.json(source, 200, { 'Cache-Control': 'no-store' });
    },
  );

  read(
    app,
    deps.reads,
    {
      path: '/sources/{id}/revisions',
      summary: 'The history of a source’s title, publisher and URL, oldest first: who, when, why, before and after',
      summaryVi: 'Lịch sử tiêu đề, nơi công bố và địa chỉ của một nguồn, cũ nhất trước',
      example: '/api/v1/sources/1/revisions',
      tag: 'read',
      params: IdParam,
      response: { type: 'application/json', schema: SourceRevisionsResponse },
      errors: [404],
    },
    async ({ param: { id } }) => {
      const revisions = await sourceRevisions(db, id);
      if (!revisions) throw new HttpProblem(404, `There is no source ${id}.`);
      const body: SourceRevisionsResponse = { source_id: id, revisions };
      return json(body);
    },
  );
}
