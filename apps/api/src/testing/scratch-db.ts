import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { connect, type Db } from '../db/connect';

/** Opens a database for one piece of work and closes it after, whatever happens. */
export async function withDb<T>(url: string, f: (db: Db) => Promise<T>): Promise<T> {
  const db = connect(url);
  try {
    return await f(db);
  } finally {
    await db.close();
  }
}

export interface ScratchDatabase {
  /** A DATABASE_URL that other processes can open too. */
  url: string;
  /** The SQLite file, when the scratch database is one. */
  file?: string;
  drop(): Promise<void>;
}

/**
 * An empty database that several processes can share: a SQLite file in a temp folder, or — when
 * `TEST_DATABASE_URL=postgres://…` — a new schema of that database, pinned by the URL's search_path.
 */
export async function scratchDatabase(name: string): Promise<ScratchDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  if (base?.startsWith('postgres')) {
    const schema = `s_${name.replace(/[^a-z0-9]/gi, '_')}_${process.pid}_${Date.now()}`.toLowerCase();
    const admin = connect(base);
    await sql`create schema ${sql.id(schema)}`.execute(admin.db);
    await admin.close();
    const u = new URL(base);
    u.searchParams.set('options', `-c search_path=${schema}`);
    return {
      url: u.toString(),
      drop: async () => {
        const a = connect(base);
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(a.db);
        await a.close();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), `chiso-${name}-`));
  const file = join(dir, 'db.sqlite');
  return { url: `sqlite:${file}`, file, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}
