import { PostgresAdapter, sql, type Transaction } from 'kysely';
import type { Database, Executor } from '../db/schema';
import { refreshFactJson } from './facts-json';
import { refreshSeries } from './series-store';

/** Any constant: the PostgreSQL advisory lock that makes refreshes take turns (pg_advisory_xact_lock). */
const REFRESH_LOCK = 80_440_044;

/**
 * Brings the read model (decision 0044) up to date with what triggers marked: series, dashboard entries, coverage
 * and region years of the dirty (region, indicator) pairs, and the JSON of the dirty facts. Runs inside the writer's
 * transaction, so readers see facts and what is derived from them change together; on its own it opens one. On
 * PostgreSQL refreshes take turns, so each reads what every earlier writer committed.
 */
export async function refreshReadModel(db: Executor): Promise<{ series: number; facts: number }> {
  if (!db.isTransaction) return db.transaction().execute((trx) => refreshReadModel(trx));
  const trx = db as Transaction<Database>;
  const postgres = trx.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) await sql`select pg_advisory_xact_lock(${REFRESH_LOCK})`.execute(trx);
  return { series: await refreshSeries(trx), facts: await refreshFactJson(trx, postgres ? 'postgres' : 'sqlite') };
}
