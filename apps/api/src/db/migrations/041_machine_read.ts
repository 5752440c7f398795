import { sql, type Kysely } from 'kysely';

/**
 * `machine_read`: the figure was accepted without a person reading it (the auto-accept policy at upload, or a bulk
 * accept by confidence), and no person has accepted or edited it since. The public sees it marked "đọc tự động,
 * chưa duyệt". Figures accepted before this column existed: an extracted figure accepted with no accept or edit
 * revision was accepted by the extractor's threshold.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('facts').addColumn('machine_read', 'boolean', (c) => c.notNull().defaultTo(false)).execute();
  await sql`update facts set machine_read = true
    where method = 'extracted' and status = 'accepted'
      and not exists (select 1 from fact_revisions r where r.fact_id = facts.id and r.action in ('accept', 'edit'))`.execute(db);
}
