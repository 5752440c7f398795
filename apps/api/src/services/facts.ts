import type { FactsQuery, FactWithSource } from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { filtered, sorted } from './facts-query';
import { TimeSlice } from './time-slice';
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
export async function listFactsCsvRows(db: Kysely<Database>, q: FactsQuery, partRows = PART_ROWS): Promise<FactCsvRow[]> {
  const out: FactCsvRow[] = [];
  for await (const part of factsCsvParts(db, q, partRows)) out.push(...part);
  return out;
}

/** Rows of the CSV download read per query: each query holds SQLite's one connection while it runs. */
const PART_ROWS = 500;

/**
 * The CSV download's rows, a part at a time, in the list's order, the event loop free between parts: the ids in
 * order first, then each part's rows by id (issue 15: eight exports of 230k facts at once held /healthz 30 s). A
 * fact changed meanwhile so that it no longer matches the filter is left out, as it would be a moment later.
 */
export async function* factsCsvParts(db: Kysely<Database>, q: FactsQuery, partRows = PART_ROWS): AsyncGenerator<FactCsvRow[]> {
  const ids = (await sorted(filtered(db, q).select('f.id'), q.sort).limit(q.limit).offset(q.offset).execute()).map((r) => r.id);
  for (let i = 0; i < ids.length; i += partRows) {
    await TimeSlice.yield();
    const part = ids.slice(i, i + partRows);
    const byId = new Map((await csvRows(db, q).where('f.id', 'in', part).execute()).map((r) => [r.id, r]));
    yield part.flatMap((id) => byId.get(id) ?? []);
  }
}

export type FactCsvRow = Awaited<ReturnType<ReturnType<typeof csvRows>['execute']>>[number];

function csvRows(db: Kysely<Database>, q: FactsQuery) {
  return filtered(db, q)
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
    ]);
}
