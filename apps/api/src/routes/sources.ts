import { maxSourceFacts, RowId, SourceDetail, SourcesQuery, SourcesResponse, type SourceSummary } from '@chiso/shared';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { json } from '../http/body';
import { HttpProblem } from '../http/problem';
import { read, type ApiRouter } from '../http/route';
import { countFacts } from '../services/ingest';
import { retirementOf } from '../services/retire';
import { sourcePages } from '../services/source-pages';
import { toFact, toSource } from '../services/views';

/** Sources (reports, articles, datasets): a page of the list with their facts counted, and one source with its text and facts. */
export function sourcesRoute(app: ApiRouter, deps: AppDeps): void {
  const db = deps.db.db;

  read(
    app,
    deps.reads,
    {
      path: '/sources',
      summary: 'Sources (reports, articles, datasets), newest publication first, a page at a time (limit, offset), with their facts counted by status; status=pending: only those with facts to review',
      summaryVi: 'Các nguồn (báo cáo, bài báo) kèm số số liệu theo trạng thái',
      example: '/api/v1/sources',
      tag: 'read',
      query: SourcesQuery,
      response: { type: 'application/json', schema: SourcesResponse },
    },
    async ({ query: { status, limit, offset } }) => {
      const listed = db
        .selectFrom('sources')
        .$if(status !== undefined, (qb) => qb.where((eb) => eb.exists(eb.selectFrom('facts').select('facts.id').whereRef('facts.source_id', '=', 'sources.id').where('facts.status', '=', status!))));
      const rows = await listed
        .leftJoin('retired_sources', 'retired_sources.source_id', 'sources.id')
        .select(['id', 'kind', 'title', 'publisher', 'url', 'published_on', 'region', 'report_year', 'format', 'sha256', 'created_at', 'retired_at', 'reason'])
        // Undated sources last on both databases (PostgreSQL would put NULL first in a descending order).
        .orderBy('published_on', (ob) => ob.desc().nullsLast())
        .orderBy('id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      const total = await listed.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const ids = rows.map((r) => r.id);
      const counts = ids.length
        ? await db
            .selectFrom('facts')
            .select(['source_id', 'status', db.fn.countAll<number>().as('n')])
            .where('source_id', 'in', ids)
            .groupBy(['source_id', 'status'])
            .execute()
        : [];
      const bySource = new Map<number, SourceSummary['facts']>();
      for (const r of counts) {
        const entry = bySource.get(r.source_id) ?? { pending: 0, accepted: 0, rejected: 0 };
        entry[r.status] = Number(r.n);
        bySource.set(r.source_id, entry);
      }
      const body: SourcesResponse = {
        sources: rows.map((r) => ({
          ...toSource({ ...r, text: null }),
          facts: bySource.get(r.id) ?? { pending: 0, accepted: 0, rejected: 0 },
          retired: r.retired_at === null || r.reason === null ? null : { at: r.retired_at, reason: r.reason },
        })),
        total: Number(total.n),
        limit,
        offset,
      };
      return json(body);
    },
  );

  read(
    app,
    deps.reads,
    {
      path: '/sources/{id}',
      summary: `One source with its stored text (none once retired), its first ${maxSourceFacts.toLocaleString('en')} facts (offsets into the text) and, when read by OCR, its page images with the accepted figures' boxes`,
      summaryVi: 'Một nguồn kèm văn bản đã lưu và các số liệu (vị trí trong văn bản)',
      example: '/api/v1/sources/1',
      tag: 'read',
      params: z.object({ id: RowId }),
      response: { type: 'application/json', schema: SourceDetail },
      errors: [404],
    },
    async ({ param: { id } }) => {
      const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw new HttpProblem(404, `There is no source ${id}.`);
      const retired = await retirementOf(db, id);
      const facts = await db.selectFrom('facts').selectAll().where('source_id', '=', id).orderBy('span_start').orderBy('id').limit(maxSourceFacts).execute();
      const body: SourceDetail = {
        ...toSource(row),
        facts: await countFacts(db, id),
        retired,
        text: retired ? null : row.text,
        fact_list: facts.map(toFact),
        pages: retired ? [] : await sourcePages(db, id),
      };
      return json(body);
    },
  );
}
