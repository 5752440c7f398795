import type { FactsQuery, FactWithSource } from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { filtered, sorted } from './facts-query';
import { toFact, toSource } from './views';

/** A fact with its source, or null. */
export async function getFact(db: Kysely<Database>, id: number): Promise<FactWithSource | null> {
  const row = await db.selectFrom('facts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  // What toSource reads: the document text, the one large column, stays on disk.
  const src = await db
    .selectFrom('sources')
    .select(['id', 'kind', 'title', 'publisher', 'url', 'published_on', 'region', 'report_year', 'format', 'sha256', 'created_at'])
    .where('id', '=', row.source_id)
    .executeTakeFirstOrThrow();
  return { ...toFact(row), source: toSource({ ...src, text: null }) };
}

/** The columns of the CSV download, each fact with its source's citation, in the list's order. */
export function listFactsCsvRows(db: Kysely<Database>, q: FactsQuery) {
  return sorted(
    filtered(db, q)
      .innerJoin('sources as s', 's.id', 'f.source_id')
      .select([
        'f.id',
        'f.indicator',
        'f.region',
        'f.year',
        'f.value',
        'f.value_min',
        'f.value_max',
        'f.qualifier',
        'f.approx',
        'f.change_pct',
        'f.change_vs_year',
        'f.plan_pct',
        'f.method',
        'f.source_id',
        'f.quote',
        's.kind as source_kind',
        's.publisher as source_publisher',
        's.title as source_title',
        's.url as source_url',
        's.published_on as source_published',
      ]),
    q.sort,
  )
    .limit(q.limit)
    .offset(q.offset)
    .execute();
}
