import type { Fact, FactWithSource } from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Database, FactRow } from '../db/schema';
import { toFact, toSource } from './views';

/** A fact with its source, or null; as the public sees it unless `show` says otherwise (toEditorFact). */
export async function getFact(db: Kysely<Database>, id: number, show: (r: FactRow) => Fact = toFact): Promise<FactWithSource | null> {
  const row = await db.selectFrom('facts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  // What toSource reads: the document text, the one large column, stays on disk.
  const src = await db
    .selectFrom('sources')
    .select(['id', 'kind', 'title', 'publisher', 'url', 'published_on', 'region', 'report_year', 'format', 'sha256', 'created_at'])
    .where('id', '=', row.source_id)
    .executeTakeFirstOrThrow();
  return { ...show(row), source: toSource({ ...src, text: null }) };
}

/** Facts with the curators' internal notes added, for an editor. */
export async function withNotes<F extends Fact>(db: Kysely<Database>, facts: readonly F[]): Promise<F[]> {
  const notes = new Map<number, string | null>();
  const ids = facts.map((f) => f.id);
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db.selectFrom('facts').select(['id', 'note']).where('id', 'in', ids.slice(i, i + 1000)).execute();
    for (const r of rows) notes.set(r.id, r.note);
  }
  return facts.map((f) => ({ ...f, note: notes.get(f.id) ?? null }));
}

