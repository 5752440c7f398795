import { RowId } from '@chiso/shared';
import { Hono } from 'hono';
import type { SourceDetail, SourcesResponse } from '@chiso/shared';
import type { AppDeps } from '../context';
import { HttpProblem } from '../http/problem';
import { json, readRoute } from '../http/read';
import { param } from '../http/validate';
import { countFacts } from '../services/ingest';
import { toFact, toSource } from '../services/views';

export function sourcesRoute(deps: AppDeps): Hono {
  const app = new Hono();
  const db = deps.db.db;

  readRoute(app, deps, '/sources', () => ({
    compute: async () => {
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
  }));

  readRoute(app, deps, '/sources/:id', (c) => {
    const id = param(c, 'id', RowId);
    const compute = async () => {
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
    };
    return { compute };
  });

  return app;
}
