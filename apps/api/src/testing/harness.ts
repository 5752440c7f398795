import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { createApp, type AppOptions } from '../app';
import { repoRoot } from '../config';
import type { AppDeps } from '../context';
import { connect, type Db } from '../db/connect';
import { silentLogger } from '../http/log';
import type { ApiRouter } from '../http/route';
import { seedAll, type SeedSummary } from '../seed';
import { prepareDatabase } from '../services/prepare-database';
import { fixtureDataDir } from './fixtures';
import { pgliteDb } from './pglite';

/** The data the product ships; only the seed's smoke test loads it. */
export const shippedDataDir = resolve(repoRoot, 'data');

/** A copy of a data folder (the fixture by default) that a test may change. */
export function copyOfDataDir(from: string = fixtureDataDir()): string {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-data-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Which database the suite runs on: `TEST_DATABASE_URL` = unset (SQLite), `pglite`, or `postgres://…`. */
export const testDatabase: 'sqlite' | 'pglite' | 'postgres' =
  process.env.TEST_DATABASE_URL === 'pglite' ? 'pglite' : process.env.TEST_DATABASE_URL?.startsWith('postgres') ? 'postgres' : 'sqlite';

/** Tests of several processes on one database need a database other processes can open: not PGlite. */
export const sharedDatabase = testDatabase !== 'pglite';

let pgSchemaCounter = 0;

/**
 * A fresh, prepared database (migrated, read model current): in-memory SQLite by default; with
 * `TEST_DATABASE_URL=pglite` a schema of an in-process PostgreSQL; with `TEST_DATABASE_URL=postgres://…` a new schema
 * of that database. The same suite runs on all three. With `url`, that (empty) database instead.
 */
export async function freshDb(url?: string): Promise<Db> {
  const db = url ? connect(url) : await emptyDb();
  await prepareDatabase(db);
  return db;
}

async function emptyDb(): Promise<Db> {
  if (testDatabase === 'pglite') return pgliteDb();
  const url = process.env.TEST_DATABASE_URL;
  if (testDatabase === 'postgres' && url) {
    const schema = `t_${process.pid}_${Date.now()}_${pgSchemaCounter++}`;
    const admin = connect(url);
    await sql`create schema ${sql.id(schema)}`.execute(admin.db);
    await admin.close();
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${schema}`);
    const db = connect(u.toString());
    const close = db.close;
    const dropSchema = async () => {
      const a = connect(url);
      await sql`drop schema ${sql.id(schema)} cascade`.execute(a.db);
      await a.close();
    };
    return { ...db, close: () => close().then(dropSchema) };
  }
  return connect('sqlite::memory:');
}

export interface TestApp {
  db: Db;
  app: ApiRouter;
  deps: AppDeps;
  seed: SeedSummary;
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** A data folder other than the fixture; a database URL other than the suite's (a SQLite file, for a thread of its own). */
export type SeededAppOptions = { dataDir?: string; url?: string } & Partial<Omit<AppOptions, 'db' | 'catalogue'>>;

/** The app on a fresh database seeded with the fixture (or another data folder). */
export async function seededApp(opts: SeededAppOptions = {}): Promise<TestApp> {
  const { dataDir, url, ...options } = opts;
  const db = await freshDb(url);
  const seed = await seedAll(db.db, dataDir ?? fixtureDataDir());
  const { app, deps } = await createApp({ db, log: silentLogger, catalogue: seed.catalogue, ...options });
  return {
    db,
    app,
    deps,
    seed,
    get: async (path, init) => app.request(path, init),
    close: async () => {
      await deps.jobs.idle();
      await db.close();
    },
  };
}
