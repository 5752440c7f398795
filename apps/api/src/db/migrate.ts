import { Migrator, sql, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import type { Db, DialectName } from './connect';
import * as m001 from './migrations/001_init';
import * as m002 from './migrations/002_scale';
import * as m003 from './migrations/003_facts_region';
import * as m004 from './migrations/004_series_store';
import * as m005 from './migrations/005_rate_windows';
import * as m006 from './migrations/006_headline_by_source';
import * as m007 from './migrations/007_catalogue_columns';
import * as m030 from './migrations/030_content_hash';
import * as m031 from './migrations/031_page_images';
import * as m040 from './migrations/040_public_notes';
import * as m041 from './migrations/041_machine_read';
import * as m042 from './migrations/042_source_revisions';
import * as m050 from './migrations/050_regions_facts';
import * as m060 from './migrations/060_series_dirty_years';
import * as m061 from './migrations/061_revision_scope';
import * as m062 from './migrations/062_jobs';
import * as m063 from './migrations/063_retired_sources';
import * as m064 from './migrations/064_indicator_extent';
import * as m065 from './migrations/065_series_figure';
import * as m069 from './migrations/069_page_text';

type Step = { up(db: Kysely<unknown>, dialect: DialectName): Promise<void> };

/**
 * Append-only: a migration, once released, is never edited; a change is a new entry. Migrations change the schema
 * only; what the code derives from the data (the read model) is rebuilt by services/read-model.ts when its rule changes.
 */
const steps: Record<string, Step> = {
  '001_init': m001,
  '002_scale': m002,
  '003_facts_region': m003,
  '004_series_store': m004,
  '005_rate_windows': m005,
  '006_headline_by_source': m006,
  '007_catalogue_columns': m007,
  '030_content_hash': m030,
  '031_page_images': m031,
  '040_public_notes': m040,
  '041_machine_read': m041,
  '042_source_revisions': m042,
  '050_regions_facts': m050,
  '060_series_dirty_years': m060,
  '061_revision_scope': m061,
  '062_jobs': m062,
  '063_retired_sources': m063,
  '064_indicator_extent': m064,
  '065_series_figure': m065,
  '069_page_text': m069,
};

export async function migrateToLatest({ db, dialect }: Db): Promise<MigrationResultSet> {
  const migrations: Record<string, Migration> = {};
  for (const [name, step] of Object.entries(steps)) {
    migrations[name] = { up: (k) => step.up(k, dialect) };
  }
  // On PostgreSQL the migration tables live in the current schema; unqualified, Kysely's existence check would
  // find another schema's tables (tests give each database its own schema) and skip creating them.
  const migrationTableSchema =
    dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableSchema });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${String(result.error)}`);
  }
  return result;
}
