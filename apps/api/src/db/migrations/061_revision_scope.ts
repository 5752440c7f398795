import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../connect';

/**
 * `asof` reads the revisions of one region and indicator through an index instead of every revision there is
 * (issue 15): each revision carries its fact's region and the indicator it gave the fact (an edit can move a fact to
 * another indicator), filled here from the facts and the stored rows, then by commitChange.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema.alterTable('fact_revisions').addColumn('region', 'text').execute();
  await db.schema.alterTable('fact_revisions').addColumn('indicator', 'text').execute();
  await sql`update fact_revisions set region = (select f.region from facts f where f.id = fact_revisions.fact_id)`.execute(db);
  const indicator = dialect === 'postgres' ? sql`(${sql.ref('after')}::json ->> 'indicator')` : sql`json_extract(${sql.ref('after')}, '$.indicator')`;
  await sql`update fact_revisions set indicator = ${indicator}`.execute(db);
  await db.schema.createIndex('fact_revisions_scope').on('fact_revisions').columns(['region', 'indicator', 'at']).execute();
  await db.schema.createIndex('fact_revisions_fact_at').on('fact_revisions').columns(['fact_id', 'at', 'id']).execute();
}
