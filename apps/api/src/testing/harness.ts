import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Hono } from 'hono';
import { sql } from 'kysely';
import { createApp } from '../app';
import { repoRoot } from '../config';
import type { AppDeps } from '../context';
import { connect, type Db } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { silentLogger } from '../http/log';
import { seedAll, type SeedSummary } from '../seed';

export const dataDir = resolve(repoRoot, 'data');

/** A copy of the data folder a test may change. */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-data-'));
  cpSync(dataDir, dir, { recursive: true });
  return dir;
}

let pgSchemaCounter = 0;

/**
 * A fresh, migrated database: in-memory SQLite by default, or a new schema of the PostgreSQL database that
 * `TEST_DATABASE_URL` names, so the same suite runs on both.
 */
export async function freshDb(): Promise<Db> {
  const url = process.env.TEST_DATABASE_URL;
  if (url?.startsWith('postgres')) {
    const schema = `t_${process.pid}_${Date.now()}_${pgSchemaCounter++}`;
    const admin = connect(url);
    await sql`create schema ${sql.id(schema)}`.execute(admin.db);
    await admin.close();
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${schema}`);
    const db = connect(u.toString());
    await migrateToLatest(db);
    const close = db.close;
    const dropSchema = async () => {
      const a = connect(url);
      await sql`drop schema ${sql.id(schema)} cascade`.execute(a.db);
      await a.close();
    };
    return { ...db, close: () => close().then(dropSchema) };
  }
  const db = connect('sqlite::memory:');
  await migrateToLatest(db);
  return db;
}

export interface TestApp {
  db: Db;
  app: Hono;
  deps: AppDeps;
  seed: SeedSummary;
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function seededApp(opts: { dataDir?: string } = {}): Promise<TestApp> {
  const db = await freshDb();
  const seed = await seedAll(db.db, opts.dataDir ?? dataDir);
  const { app, deps } = await createApp({ db, log: silentLogger, catalogue: seed.catalogue });
  return {
    db,
    app,
    deps,
    seed,
    get: async (path, init) => app.request(path, init),
    close: () => db.close(),
  };
}
