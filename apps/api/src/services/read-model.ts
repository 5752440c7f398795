import { sql, type Kysely, type Transaction } from 'kysely';
import { isPostgres } from '../db/connect';
import type { Database, Executor } from '../db/schema';
import { writeDataVersion } from '../db/version';
import { refreshFactJson } from './facts-json';
import { refreshSeries } from './series-store';

/**
 * Any constant: with the schema's hash, the PostgreSQL advisory lock that makes refreshes of one schema's data take
 * turns (pg_advisory_xact_lock). Per schema, so that schemas sharing a database (the test suite's, one per file) do not
 * wait on each other's refreshes.
 */
const REFRESH_LOCK = 80_440_044;

/**
 * The rule the stored read model was computed with. Raise it with any change to what a stored row holds for the
 * same facts (the headline rule, services/resolve.ts and @chiso/shared's headline; the stored JSON shapes): a
 * database computed under another number is rebuilt whole on start (`rebuildReadModelIfStale`).
 *   1  agreeing facts decide the headline
 *   2  agreeing sources decide the headline: a source that states a figure twice is one witness (decision 0002)
 *   3  stated values compared pairwise in the indicator's unit, every distinct value kept with its relation to the
 *      headline (rounding, conflict, revision); public notes and sparkline qualifiers in the stored JSON
 *   4  `machine_read` on points, dashboard entries (and their sparklines) and facts; stated changes kept with the year they are stated
 *      against; the stored fact JSON without the internal note (editors get it added)
 *   5  a rank's denominator on dashboard entries and their sparklines
 */
export const READ_MODEL_RULE = 5;

/**
 * Brings the read model (decision 0044) up to date with what triggers marked: the series of the dirty (region,
 * indicator, year)s, then the dashboard entries, coverage and region years they change, and the JSON of the dirty
 * facts. Returns the years and facts recomputed. Runs inside the writer's
 * transaction (services/commit.ts), so readers see facts and what is derived from them change together. On
 * PostgreSQL refreshes take turns, so each reads what every earlier writer committed.
 */
export async function refreshReadModel(trx: Transaction<Database>): Promise<{ series: number; facts: number }> {
  const postgres = isPostgres(trx);
  if (postgres) await sql`select pg_advisory_xact_lock(${REFRESH_LOCK}, hashtext(current_schema()))`.execute(trx);
  return { series: await refreshSeries(trx), facts: await refreshFactJson(trx, postgres ? 'postgres' : 'sqlite') };
}

async function storedRule(db: Executor): Promise<number> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', 'read_model_rule').executeTakeFirst();
  return row ? Number(row.value) : 1;
}

/**
 * The start-up step after the migrations: a read model computed under an older rule is marked dirty whole and
 * recomputed; whatever an older release left marked dirty is recomputed too. One transaction, and a new data
 * version when anything was recomputed.
 */
export async function rebuildReadModelIfStale(db: Kysely<Database>): Promise<{ rule: number; rebuilt: boolean; series: number; facts: number }> {
  return db.transaction().execute(async (trx) => {
    const rule = await storedRule(trx);
    const rebuilt = rule !== READ_MODEL_RULE;
    if (rebuilt) {
      await trx.deleteFrom('series_dirty').execute();
      await trx.deleteFrom('fact_dirty').execute();
      await sql`insert into series_dirty (region, indicator) select distinct region, indicator from facts`.execute(trx);
      await sql`insert into fact_dirty (fact_id) select id from facts`.execute(trx);
      const value = String(READ_MODEL_RULE);
      const updated = await trx.updateTable('meta').set({ value }).where('key', '=', 'read_model_rule').executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) await trx.insertInto('meta').values({ key: 'read_model_rule', value }).execute();
    }
    const refreshed = await refreshReadModel(trx);
    if (refreshed.series > 0 || refreshed.facts > 0) await writeDataVersion(trx);
    return { rule: READ_MODEL_RULE, rebuilt, ...refreshed };
  });
}
