import type { Kysely } from 'kysely';

/** The facts list filtered by region (and indicator), in its order, without scanning one indicator nationwide. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('facts_region_list').on('facts').columns(['region', 'indicator', 'year', 'id']).execute();
}
