import { FactsQuery, FactsResponse, FactWithSource, RevisionsResponse, RowId } from '@chiso/shared';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { json, JSON_TYPE } from '../http/body';
import { HttpProblem } from '../http/problem';
import { read, type ApiRouter } from '../http/route';
import { getFact, withNotes } from '../services/facts';
import { factsPageBody } from '../services/facts-json';
import { factRevisions } from '../services/review';
import { toEditorFact } from '../services/views';

const IdParam = z.object({ id: RowId });

const editorsNote = ' With an editor’s token, each fact also carries the curators’ internal `note`.';

/** Facts: the filtered list, one fact, its history. The public never sees the internal notes; editors do. */
export function factsRoute(app: ApiRouter, deps: AppDeps): void {
  const db = deps.db.db;
  const { auth } = deps;
  const oneFact = async (id: number, editor: boolean) => {
    const fact = await getFact(db, id, editor ? toEditorFact : undefined);
    if (!fact) throw new HttpProblem(404, `There is no fact ${id}.`);
    return fact;
  };
  const history = async (id: number, editor: boolean): Promise<RevisionsResponse> => {
    const revisions = await factRevisions(db, id, editor ? toEditorFact : undefined);
    if (!revisions) throw new HttpProblem(404, `There is no fact ${id}.`);
    return { fact_id: id, revisions };
  };

  read(
    app,
    deps.reads,
    {
      path: '/facts',
      summary: 'Facts with their source and quote, filtered',
      summaryVi: 'Các số liệu kèm nguồn và trích dẫn, theo bộ lọc; có mã biên tập viên thì kèm ghi chú nội bộ',
      example: '/api/v1/facts?indicator=ict_revenue&year=2023',
      description: `The review queue is ?status=pending&sort=confidence.${editorsNote}`,
      tag: 'read',
      query: FactsQuery,
      response: { type: 'application/json', schema: FactsResponse },
      editors: {
        auth,
        compute: async ({ query }) => {
          const body = await factsPageBody(deps.db, query);
          const page = JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body)) as FactsResponse;
          return json({ ...page, facts: await withNotes(db, page.facts) });
        },
      },
    },
    async ({ query }) => ({ body: await factsPageBody(deps.db, query), type: JSON_TYPE }),
  );

  read(
    app,
    deps.reads,
    {
      path: '/facts/{id}',
      summary: 'One fact with its source and quote',
      summaryVi: 'Một số liệu kèm nguồn và trích dẫn',
      example: '/api/v1/facts/1',
      description: editorsNote.trim(),
      tag: 'read',
      params: IdParam,
      response: { type: 'application/json', schema: FactWithSource },
      errors: [404],
      editors: { auth, compute: async ({ param }) => json(await oneFact(param.id, true)) },
    },
    async ({ param }) => json(await oneFact(param.id, false)),
  );

  read(
    app,
    deps.reads,
    {
      path: '/facts/{id}/revisions',
      summary: 'The history of a fact, oldest first: action, who (token name), when, reason, the fact before and after',
      summaryVi: 'Lịch sử của một số liệu, cũ nhất trước: thao tác, người làm, thời điểm, lý do, trước và sau',
      example: '/api/v1/facts/1/revisions',
      description: 'With an editor’s token, the facts before and after carry the internal `note`.',
      tag: 'read',
      params: IdParam,
      response: { type: 'application/json', schema: RevisionsResponse },
      errors: [404],
      editors: { auth, compute: async ({ param }) => json(await history(param.id, true)) },
    },
    async ({ param }) => json(await history(param.id, false)),
  );
}
