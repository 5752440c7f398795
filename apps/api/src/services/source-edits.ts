import { Source, type SourcePatch, type SourceRevision } from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { commitChange } from './commit';
import { ReviewError } from './review-error';
import { toSource } from './views';

const sourceColumns = ['id', 'kind', 'title', 'publisher', 'url', 'published_on', 'region', 'report_year', 'format', 'sha256', 'created_at'] as const;

/**
 * An editor changes a source's title, publisher or address, with a revision (who, when, why, before and after). The
 * source's facts show the new citation at once (the read model follows the commit). Nothing changed, nothing written.
 */
export async function editSource(db: Kysely<Database>, id: number, patch: SourcePatch, actor: string): Promise<{ source: Source; changed: boolean }> {
  const { result } = await commitChange(db, async (change) => {
    const row = await change.trx.selectFrom('sources').select(sourceColumns).where('id', '=', id).executeTakeFirst();
    if (!row) throw new ReviewError('not_found', `There is no source ${id}.`);
    const before = toSource({ ...row, text: null });
    const set: Partial<Pick<Source, 'title' | 'publisher' | 'url'>> = {};
    for (const k of ['title', 'publisher', 'url'] as const) if (patch[k] !== undefined && patch[k] !== before[k]) set[k] = patch[k];
    if (Object.keys(set).length === 0) return { source: before, changed: false };
    await change.trx.updateTable('sources').set(set).where('id', '=', id).execute();
    const after = { ...before, ...set };
    await change.reviseSource({ source_id: id, actor, reason: patch.reason ?? null, before, after });
    return { source: after, changed: true };
  });
  return result;
}

/** A source's history, oldest first; null when there is no such source. */
export async function sourceRevisions(db: Kysely<Database>, id: number): Promise<SourceRevision[] | null> {
  const source = await db.selectFrom('sources').select('id').where('id', '=', id).executeTakeFirst();
  if (!source) return null;
  const rows = await db.selectFrom('source_revisions').selectAll().where('source_id', '=', id).orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    source_id: r.source_id,
    action: r.action,
    actor: r.actor,
    reason: r.reason,
    before: Source.parse(JSON.parse(r.before)),
    after: Source.parse(JSON.parse(r.after)),
    at: r.at,
  }));
}
