import type { FactsQuery, FactWithSource } from '@chiso/shared';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { toFact, toSource } from './views';

type FactFilter = Omit<FactsQuery, 'limit' | 'offset' | 'sort'>;

function filtered(db: Kysely<Database>, q: FactFilter) {
  let s = db.selectFrom('facts');
  if (q.indicator) s = s.where('indicator', '=', q.indicator);
  if (q.region) s = s.where('region', '=', q.region);
  if (q.year !== undefined) s = s.where('year', '=', q.year);
  if (q.source !== undefined) s = s.where('source_id', '=', q.source);
  if (q.status) s = s.where('status', '=', q.status);
  return s;
}

function sorted(s: ReturnType<typeof filtered>, sort: FactsQuery['sort']) {
  switch (sort) {
    // Facts without a confidence (curated, manual) are certain: they come last in the least-sure-first queue.
    case 'confidence':
      return s.orderBy(sql`coalesce(confidence, 1)`, 'asc').orderBy('source_id').orderBy('span_start').orderBy('id');
    case '-confidence':
      return s.orderBy(sql`coalesce(confidence, 1)`, 'desc').orderBy('source_id').orderBy('span_start').orderBy('id');
    case 'position':
      return s.orderBy('source_id').orderBy('span_start').orderBy('id');
    default:
      return s.orderBy('indicator').orderBy('year').orderBy('id');
  }
}

/** Facts matching the filter, each with its source, in a stable order (by default indicator, year, id). */
export async function listFacts(
  db: Kysely<Database>,
  q: FactsQuery,
): Promise<{ facts: FactWithSource[]; total: number }> {
  const [rows, count] = await Promise.all([
    sorted(filtered(db, q), q.sort)
      .selectAll()
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    filtered(db, q).select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const ids = [...new Set(rows.map((r) => r.source_id))];
  const sources = ids.length ? await db.selectFrom('sources').selectAll().where('id', 'in', ids).execute() : [];
  const byId = new Map(sources.map((s) => [s.id, toSource(s)]));
  return {
    facts: rows.map((r) => ({ ...toFact(r), source: byId.get(r.source_id)! })),
    total: Number(count.n),
  };
}

export async function getFact(db: Kysely<Database>, id: number): Promise<FactWithSource | null> {
  const row = await db.selectFrom('facts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const src = await db.selectFrom('sources').selectAll().where('id', '=', row.source_id).executeTakeFirstOrThrow();
  return { ...toFact(row), source: toSource(src) };
}
