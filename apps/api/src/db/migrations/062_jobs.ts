import type { Kysely } from 'kysely';
import type { DialectName } from '../connect';

/**
 * Long writes run off the request path as jobs an editor follows (`GET /api/v1/jobs/{id}`, issue 15): the import of a
 * cited CSV, the retirement of a source. An uploaded CSV becomes one source of its own (a dataset, by its bytes'
 * hash) that the facts it brought point to (`facts.upload_id`), beside each row's own article.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const table = db.schema.createTable('jobs');
  await (dialect === 'postgres' ? table.addColumn('id', 'serial', (c) => c.primaryKey()) : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total', 'integer')
    .addColumn('done', 'integer', (c) => c.notNull())
    .addColumn('report', 'text')
    .addColumn('error', 'text')
    .addColumn('source_id', 'integer', (c) => c.references('sources.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.alterTable('facts').addColumn('upload_id', 'integer', (c) => c.references('sources.id').onDelete('set null')).execute();
  await db.schema.createIndex('facts_upload').on('facts').column('upload_id').execute();
  // The list of sources is read a page at a time in this order; a file of cited figures can add thousands of articles.
  await db.schema.createIndex('sources_listed').on('sources').columns(['published_on', 'id']).execute();
}
