import type { Kysely } from 'kysely';
import type { DialectName } from '../connect';

/**
 * Big cited CSVs are imported off the request path (issue 15): each upload is a job an editor follows
 * (`GET /api/v1/jobs/{id}`), and the file becomes one source of its own (a dataset, by its bytes' hash) that the
 * facts it brought point to (`facts.upload_id`), beside each row's own article.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const table = db.schema.createTable('import_jobs');
  await (dialect === 'postgres' ? table.addColumn('id', 'serial', (c) => c.primaryKey()) : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rows_total', 'integer')
    .addColumn('rows_done', 'integer', (c) => c.notNull())
    .addColumn('report', 'text')
    .addColumn('error', 'text')
    .addColumn('source_id', 'integer', (c) => c.references('sources.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.alterTable('facts').addColumn('upload_id', 'integer', (c) => c.references('sources.id').onDelete('set null')).execute();
  await db.schema.createIndex('facts_upload').on('facts').column('upload_id').execute();
}
