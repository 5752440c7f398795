import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../connect';

/**
 * For national-scale data (a million facts): the facts list walks an index in its order, and indicator coverage
 * reads a per-year summary that triggers keep in step with every write, from any process.
 * coverage_years.n counts the accepted, non-target facts with a value or a range of (region, indicator, year):
 * the facts that can make the year's headline.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema.createIndex('facts_list').on('facts').columns(['indicator', 'year', 'id']).execute();

  await db.schema
    .createTable('coverage_years')
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('coverage_years_pk', ['region', 'indicator', 'year'])
    .execute();

  if (dialect === 'postgres') {
    await sql`
      create function coverage_years_sync() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') and old.status = 'accepted' and old.qualifier <> 'target'
           and (old.value is not null or old.value_min is not null or old.value_max is not null) then
          update coverage_years set n = n - 1
           where region = old.region and indicator = old.indicator and year = old.year;
        end if;
        if tg_op in ('INSERT', 'UPDATE') and new.status = 'accepted' and new.qualifier <> 'target'
           and (new.value is not null or new.value_min is not null or new.value_max is not null) then
          insert into coverage_years (region, indicator, year, n) values (new.region, new.indicator, new.year, 1)
          on conflict (region, indicator, year) do update set n = coverage_years.n + 1;
        end if;
        return null;
      end $$`.execute(db);
    await sql`
      create trigger facts_coverage after insert or update or delete on facts
      for each row execute function coverage_years_sync()`.execute(db);
  } else {
    await sql`
      create trigger facts_coverage_insert after insert on facts
      when new.status = 'accepted' and new.qualifier <> 'target'
       and (new.value is not null or new.value_min is not null or new.value_max is not null)
      begin
        insert into coverage_years (region, indicator, year, n) values (new.region, new.indicator, new.year, 1)
        on conflict (region, indicator, year) do update set n = n + 1;
      end`.execute(db);
    await sql`
      create trigger facts_coverage_delete after delete on facts
      when old.status = 'accepted' and old.qualifier <> 'target'
       and (old.value is not null or old.value_min is not null or old.value_max is not null)
      begin
        update coverage_years set n = n - 1 where region = old.region and indicator = old.indicator and year = old.year;
      end`.execute(db);
    await sql`
      create trigger facts_coverage_update after update on facts
      begin
        update coverage_years set n = n - 1
         where region = old.region and indicator = old.indicator and year = old.year
           and old.status = 'accepted' and old.qualifier <> 'target'
           and (old.value is not null or old.value_min is not null or old.value_max is not null);
        insert into coverage_years (region, indicator, year, n)
        select new.region, new.indicator, new.year, 1
         where new.status = 'accepted' and new.qualifier <> 'target'
           and (new.value is not null or new.value_min is not null or new.value_max is not null)
        on conflict (region, indicator, year) do update set n = n + 1;
      end`.execute(db);
  }

  await sql`
    insert into coverage_years (region, indicator, year, n)
    select region, indicator, year, count(*) from facts
     where status = 'accepted' and qualifier <> 'target'
       and (value is not null or value_min is not null or value_max is not null)
     group by region, indicator, year`.execute(db);
}
