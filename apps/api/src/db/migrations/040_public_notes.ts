import type { Kysely } from 'kysely';

/**
 * A fact's note was written by curators for curators (in English, with review details). Notes for the public get
 * their own columns, in Vietnamese and English; `note` stays the internal one, shown to editors only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('facts').addColumn('public_note_vi', 'text').execute();
  await db.schema.alterTable('facts').addColumn('public_note_en', 'text').execute();
}
