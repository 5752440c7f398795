import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../connect';

/** The first schema: catalogue, sources, facts, their revisions, editor tokens. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const id = (t: ReturnType<Kysely<unknown>['schema']['createTable']>) =>
    dialect === 'postgres'
      ? t.addColumn('id', 'serial', (c) => c.primaryKey())
      : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

  await db.schema
    .createTable('regions')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('indicators')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('better', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('sources'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('publisher', 'text')
    .addColumn('url', 'text')
    .addColumn('published_on', 'text')
    .addColumn('region', 'text', (c) => c.references('regions.key'))
    .addColumn('report_year', 'integer')
    .addColumn('format', 'text')
    .addColumn('sha256', 'text', (c) => c.unique())
    .addColumn('text', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sources_url').on('sources').column('url').execute();

  await id(db.schema.createTable('facts'))
    .addColumn('indicator', 'text', (c) => c.notNull().references('indicators.key'))
    .addColumn('region', 'text', (c) => c.notNull().references('regions.key'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('value_min', 'double precision')
    .addColumn('value_max', 'double precision')
    .addColumn('qualifier', 'text', (c) => c.notNull())
    .addColumn('approx', 'text', (c) => c.notNull())
    .addColumn('change_pct', 'double precision')
    .addColumn('change_vs_year', 'integer')
    .addColumn('plan_pct', 'double precision')
    .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .addColumn('quote', 'text')
    .addColumn('quote_start', 'integer')
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('rule', 'text')
    .addColumn('confidence', 'double precision')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('seed_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('facts_qualifier', sql`qualifier in ('actual', 'estimate', 'target')`)
    .addCheckConstraint('facts_status', sql`status in ('pending', 'accepted', 'rejected')`)
    .execute();
  // Series and dashboard read accepted facts of one region by indicator and year.
  await db.schema
    .createIndex('facts_series')
    .on('facts')
    .columns(['region', 'status', 'indicator', 'year'])
    .execute();
  await db.schema.createIndex('facts_source').on('facts').columns(['source_id', 'status']).execute();

  await id(db.schema.createTable('fact_revisions'))
    .addColumn('fact_id', 'integer', (c) => c.notNull().references('facts.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fact_revisions_fact').on('fact_revisions').columns(['fact_id', 'id']).execute();

  await id(db.schema.createTable('api_tokens'))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('last_used_at', 'text')
    .execute();

  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
