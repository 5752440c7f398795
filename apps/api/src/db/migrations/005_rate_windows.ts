import type { Kysely } from 'kysely';

/**
 * The rate limits' fixed windows (http/rate-limit.ts), shared by every process on the database. Not data: no
 * triggers, no data version, nothing in the read model.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_windows')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_windows_pk', ['scope', 'key'])
    .execute();
  await db.schema.createIndex('rate_windows_reset_at').on('rate_windows').column('reset_at').execute();
}
