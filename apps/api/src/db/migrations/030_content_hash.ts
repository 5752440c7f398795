import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

/**
 * A source is also known by the hash of the text read from it, so that the same report in other bytes (a .docx
 * zipped again, saved again with the same content) is the same source. Existing sources get the hash of their text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sources').addColumn('content_sha256', 'text').execute();
  await db.schema.createIndex('sources_content_sha256').on('sources').column('content_sha256').execute();
  const rows = await sql<{ id: number; text: string }>`select id, text from sources where text is not null`.execute(db);
  for (const row of rows.rows) {
    const hash = createHash('sha256').update(row.text, 'utf8').digest('hex');
    await sql`update sources set content_sha256 = ${hash} where id = ${row.id}`.execute(db);
  }
}
