import type { MigrationResultSet } from 'kysely';
import type { Db } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { rebuildReadModelIfStale } from './read-model';

/** What every process that opens the database for writing runs first: the migrations, then the read model's rebuild step. */
export async function prepareDatabase(db: Db): Promise<{ migrations: MigrationResultSet; readModel: Awaited<ReturnType<typeof rebuildReadModelIfStale>> }> {
  const migrations = await migrateToLatest(db);
  const readModel = await rebuildReadModelIfStale(db.db);
  return { migrations, readModel };
}
