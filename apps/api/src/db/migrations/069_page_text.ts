import type { Kysely } from 'kysely';

/**
 * Where each OCR'd page's text is in its source's text (offsets of the page's first and last block): the public
 * source page gives a page image that text as its text alternative. Null for pages stored before this migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('source_pages').addColumn('text_start', 'integer').execute();
  await db.schema.alterTable('source_pages').addColumn('text_end', 'integer').execute();
}
