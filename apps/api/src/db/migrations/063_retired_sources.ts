import type { Kysely } from 'kysely';

/**
 * An administrator can retire a source (issue 15): its facts leave the public data, each with a revision, and its
 * stored text is no longer served. Kept beside the source rather than in it: a change to a source row marks every
 * one of its facts for rewriting (migration 004), which retiring must not do for a source of 100k facts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retired_sources')
    .addColumn('source_id', 'integer', (c) => c.primaryKey().references('sources.id').onDelete('cascade'))
    .addColumn('retired_at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
}
