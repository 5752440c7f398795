import { RowId, SourceDetail, SourcesResponse } from '@chiso/shared';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { json } from '../http/body';
import { HttpProblem } from '../http/problem';
import { read, type ApiRouter } from '../http/route';
import { countFacts } from '../services/ingest';
import { toFact, toSource } from '../services/views';

/** Sources (reports, articles): the list with their facts counted, and one source with its text and facts. */
export function sourcesRoute(app: ApiRouter, deps: AppDeps): void {
  const db = deps.db.db;

  read(
    app,
    deps.reads,
    {
      path: '/sources',
      summary: 'Sources (reports, articles) with their facts counted by status',
      tag: 'read',
      response: { type: 'application/json', schema: SourcesResponse },
    },
    async () => {
      const rows = await db
        .selectFrom('sources')
        .select(['id', 'kind', 'title', 'publisher', 'url', 'published_on', 'region', 'report_year', 'format', 'sha256', 'created_at'])
        .orderBy('published_on', 'desc')
        .orderBy('id', 'desc')
        .execute();
      const counts = await db
        .selectFrom('facts')
        .select(['source_id', 'status', db.fn.countAll<number>().as('n')])
        .groupBy(['source_id', 'status'])
        .execute();
      const bySource = new Map<number, { pending: number; accepted: number; rejected: number }>();
      for (const r of counts) {
        const entry = bySource.get(r.source_id) ?? { pending: 0, accepted: 0, rejected: 0 };
        entry[r.status] = Number(r.n);
        bySource.set(r.source_id, entry);
      }
      const body: SourcesResponse = {
        sources: rows.map((r) => ({
          ...toSource({ ...r, text: null }),
          facts: bySource.get(r.id) ?? { pending: 0, accepted: 0, rejected: 0 },
        })),
      };
      return json(body);
    },
  );

  read(
    app,
    deps.reads,
    {
      path: '/sources/{id}',
      summary: 'One source with its stored text and facts (offsets into the text)',
      tag: 'read',
      params: z.object({ id: RowId }),
      response: { type: 'application/json', schema: SourceDetail },
      errors: [404],
    },
    async ({ param: { id } }) => {
      const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw new HttpProblem(404, `There is no source ${id}.`);
      const facts = await db.selectFrom('facts').selectAll().where('source_id', '=', id).orderBy('span_start').orderBy('id').execute();
      const body: SourceDetail = {
        ...toSource(row),
        facts: await countFacts(db, id),
        text: row.text,
        fact_list: facts.map(toFact),
      };
      return json(body);
    },
  );
}
