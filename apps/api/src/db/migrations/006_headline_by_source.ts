import { sql, type Kysely } from 'kysely';

/**
 * The headline rule now counts agreeing sources, not agreeing facts (decision 0002): every stored series is
 * resolved again by the refresh that follows the migrations.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into series_dirty (region, indicator)
    select distinct f.region, f.indicator from facts f
    where not exists (select 1 from series_dirty d where d.region = f.region and d.indicator = f.indicator)`.execute(db);
}
