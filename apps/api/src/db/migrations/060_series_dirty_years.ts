import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../connect';

/**
 * What a write changes is marked by year (issue 15): a change to one figure re-resolves its (region, indicator,
 * year), not every year of the indicator, so an edit on an indicator of 100k facts reads and resolves one year's
 * facts. The triggers of 004 now mark `series_dirty_year`; `series_dirty` stays for what marks a whole pair (a new
 * read-model rule, migration 004's first fill).
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('series_dirty_year')
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('series_dirty_year_pk', ['region', 'indicator', 'year'])
    .execute();

  if (dialect === 'postgres') {
    await sql`
      create or replace function series_dirty_fact() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          insert into series_dirty_year (region, indicator, year) values (old.region, old.indicator, old.year) on conflict do nothing;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          insert into series_dirty_year (region, indicator, year) values (new.region, new.indicator, new.year) on conflict do nothing;
          insert into fact_dirty (fact_id) values (new.id) on conflict do nothing;
        end if;
        return null;
      end $$`.execute(db);
    await sql`
      create or replace function series_dirty_source() returns trigger language plpgsql as $$
      begin
        if new.kind is distinct from old.kind or new.published_on is distinct from old.published_on then
          insert into series_dirty_year (region, indicator, year)
          select distinct region, indicator, year from facts where source_id = new.id
          on conflict do nothing;
        end if;
        insert into fact_dirty (fact_id) select id from facts where source_id = new.id on conflict do nothing;
        return null;
      end $$`.execute(db);
  } else {
    for (const t of ['facts_series_dirty_insert', 'facts_series_dirty_delete', 'facts_series_dirty_update', 'sources_series_dirty']) {
      await sql`drop trigger ${sql.id(t)}`.execute(db);
    }
    await sql`
      create trigger facts_series_dirty_insert after insert on facts begin
        insert or ignore into series_dirty_year (region, indicator, year) values (new.region, new.indicator, new.year);
        insert or ignore into fact_dirty (fact_id) values (new.id);
      end`.execute(db);
    await sql`
      create trigger facts_series_dirty_delete after delete on facts begin
        insert or ignore into series_dirty_year (region, indicator, year) values (old.region, old.indicator, old.year);
      end`.execute(db);
    await sql`
      create trigger facts_series_dirty_update after update on facts begin
        insert or ignore into series_dirty_year (region, indicator, year) values (old.region, old.indicator, old.year);
        insert or ignore into series_dirty_year (region, indicator, year) values (new.region, new.indicator, new.year);
        insert or ignore into fact_dirty (fact_id) values (new.id);
      end`.execute(db);
    await sql`
      create trigger sources_series_dirty after update of kind, published_on on sources begin
        insert or ignore into series_dirty_year (region, indicator, year)
        select distinct region, indicator, year from facts where source_id = new.id;
      end`.execute(db);
  }
}
