import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../connect';

/**
 * The resolved read model (decision 0044): the headline of every (region, indicator, year), its target and its
 * dashboard item, each indicator's coverage, each region's years and each fact with its source, stored as the JSON
 * the API sends, so a read is one indexed query instead of resolving every fact of a region per request. Triggers
 * mark what a write to facts or sources changes in `series_dirty` and `fact_dirty`; the writer that bumps the data
 * version recomputes it in the same transaction (services/read-model.ts). Replaces the coverage counts of 002.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql`drop trigger facts_coverage on facts`.execute(db);
    await sql`drop function coverage_years_sync()`.execute(db);
  } else {
    for (const t of ['facts_coverage_insert', 'facts_coverage_delete', 'facts_coverage_update']) {
      await sql`drop trigger ${sql.id(t)}`.execute(db);
    }
  }
  await db.schema.dropTable('coverage_years').execute();

  await db.schema
    .createTable('series_points')
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('point', 'text')
    .addColumn('target', 'text')
    .addColumn('item', 'text')
    .addPrimaryKeyConstraint('series_points_pk', ['region', 'indicator', 'year'])
    .execute();
  await db.schema.createIndex('series_points_year').on('series_points').columns(['region', 'year']).execute();

  await db.schema
    .createTable('series_coverage')
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('first_year', 'integer', (c) => c.notNull())
    .addColumn('last_year', 'integer', (c) => c.notNull())
    .addColumn('latest_value', 'double precision')
    .addColumn('points', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('series_coverage_pk', ['region', 'indicator'])
    .execute();

  await db.schema
    .createTable('indicator_coverage')
    .addColumn('indicator', 'text', (c) => c.primaryKey())
    .addColumn('coverage', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('region_years')
    .addColumn('region', 'text', (c) => c.primaryKey())
    .addColumn('years', 'text', (c) => c.notNull())
    .execute();

  // Each fact's JSON with its source, as the facts list sends it.
  await db.schema
    .createTable('fact_json')
    .addColumn('fact_id', 'integer', (c) => c.primaryKey().references('facts.id').onDelete('cascade'))
    .addColumn('json', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createTable('fact_dirty').addColumn('fact_id', 'integer', (c) => c.primaryKey()).execute();

  await db.schema
    .createTable('series_dirty')
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('series_dirty_pk', ['region', 'indicator'])
    .execute();

  if (dialect === 'postgres') {
    await sql`
      create function series_dirty_fact() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          insert into series_dirty (region, indicator) values (old.region, old.indicator) on conflict do nothing;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          insert into series_dirty (region, indicator) values (new.region, new.indicator) on conflict do nothing;
          insert into fact_dirty (fact_id) values (new.id) on conflict do nothing;
        end if;
        return null;
      end $$`.execute(db);
    await sql`
      create trigger facts_series_dirty after insert or update or delete on facts
      for each row execute function series_dirty_fact()`.execute(db);
    await sql`
      create function series_dirty_source() returns trigger language plpgsql as $$
      begin
        if new.kind is distinct from old.kind or new.published_on is distinct from old.published_on then
          insert into series_dirty (region, indicator)
          select distinct region, indicator from facts where source_id = new.id
          on conflict do nothing;
        end if;
        insert into fact_dirty (fact_id) select id from facts where source_id = new.id on conflict do nothing;
        return null;
      end $$`.execute(db);
    await sql`
      create trigger sources_series_dirty after update on sources
      for each row execute function series_dirty_source()`.execute(db);
  } else {
    await sql`
      create trigger facts_series_dirty_insert after insert on facts begin
        insert or ignore into series_dirty (region, indicator) values (new.region, new.indicator);
        insert or ignore into fact_dirty (fact_id) values (new.id);
      end`.execute(db);
    await sql`
      create trigger facts_series_dirty_delete after delete on facts begin
        insert or ignore into series_dirty (region, indicator) values (old.region, old.indicator);
      end`.execute(db);
    await sql`
      create trigger facts_series_dirty_update after update on facts begin
        insert or ignore into series_dirty (region, indicator) values (old.region, old.indicator);
        insert or ignore into series_dirty (region, indicator) values (new.region, new.indicator);
        insert or ignore into fact_dirty (fact_id) values (new.id);
      end`.execute(db);
    await sql`
      create trigger sources_series_dirty after update of kind, published_on on sources begin
        insert or ignore into series_dirty (region, indicator)
        select distinct region, indicator from facts where source_id = new.id;
      end`.execute(db);
    await sql`
      create trigger sources_fact_dirty after update on sources begin
        insert or ignore into fact_dirty (fact_id) select id from facts where source_id = new.id;
      end`.execute(db);
  }

  // Everything stored so far is computed by the first refresh after migrating.
  await sql`insert into series_dirty (region, indicator) select distinct region, indicator from facts`.execute(db);
  await sql`insert into fact_dirty (fact_id) select id from facts`.execute(db);
}
