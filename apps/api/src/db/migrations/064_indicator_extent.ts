import { sql, type Kysely } from 'kysely';

/**
 * The indicators list sent every region's coverage of every indicator, one JSON per indicator: its size, and the time
 * to write and read it, grew with the number of regions with data (20× on the national benchmark). The list now
 * gives each indicator's extent across the provinces, kept here by the write side, and the coverage of the region
 * asked for and of the country, read from series_coverage by its key (decision 0063). The JSON of every region's
 * coverage is no longer read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('indicator_extent')
    .addColumn('indicator', 'text', (c) => c.primaryKey())
    .addColumn('regions', 'integer', (c) => c.notNull())
    .addColumn('first_year', 'integer', (c) => c.notNull())
    .addColumn('last_year', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into indicator_extent (indicator, regions, first_year, last_year)
    select indicator, count(*), min(first_year), max(last_year) from series_coverage
    where region not in (select key from regions where level = 'country')
    group by indicator`.execute(db);
  await db.schema.dropTable('indicator_coverage').execute();
}
