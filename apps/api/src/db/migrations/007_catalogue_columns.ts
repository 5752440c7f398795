import type { Kysely } from 'kysely';

/**
 * The catalogue grows: indicators get a Vietnamese definition and the rule that combines former regions' figures;
 * regions become the country, current and former provinces with their lineage and the names the press uses.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('indicators').addColumn('description_vi', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('indicators').addColumn('aggregation', 'text', (c) => c.notNull().defaultTo('none')).execute();
  await db.schema.alterTable('regions').addColumn('level', 'text', (c) => c.notNull().defaultTo('province')).execute();
  for (const column of ['code', 'code_before_2025_07', 'valid_from', 'valid_to', 'successor', 'source_url']) {
    await db.schema.alterTable('regions').addColumn(column, 'text').execute();
  }
  await db.schema.alterTable('regions').addColumn('aliases', 'text', (c) => c.notNull().defaultTo('')).execute();
}
