import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { NoNulPlugin } from './no-nul';
import type { Database, Executor } from './schema';

export type DialectName = 'sqlite' | 'postgres';

/** Whether a connection or transaction talks to PostgreSQL. */
export const isPostgres = (db: Executor): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

export interface Db {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, for logs (never with a password). */
  describe: string;
  /** The raw SQLite handle, for online backup and integrity checks; absent on PostgreSQL. */
  sqlite?: SQLite.Database;
  /** The SQLite file, which another thread of the process may open too; absent for `:memory:` and PostgreSQL. */
  sqliteFile?: string;
  /**
   * PostgreSQL: LISTEN on a channel with a connection of its own; `onLost` is called if that connection fails.
   * Resolves to a function that stops listening.
   */
  listen?(channel: string, onMessage: (payload: string) => void, onLost: (error: Error) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/**
 * The one place that turns `DATABASE_URL` into a connection: `sqlite:PATH` (relative to the working
 * directory, `:memory:` allowed) or `postgres://…`.
 */
export function connect(url: string): Db {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PG_POOL_SIZE ?? 10) });
    // Numeric and bigint counts come back as strings by default; our values fit in doubles.
    pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
    pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new NoNulPlugin()] });
    const u = new URL(url);
    const listening = new Set<pg.Client>();
    const listen: Db['listen'] = async (channel, onMessage, onLost) => {
      const client = new pg.Client({ connectionString: url });
      listening.add(client);
      client.on('error', onLost);
      client.on('end', () => onLost(new Error('the LISTEN connection ended')));
      client.on('notification', (n) => {
        if (n.channel === channel) onMessage(n.payload ?? '');
      });
      try {
        await client.connect();
        await client.query(`listen ${client.escapeIdentifier(channel)}`);
      } catch (e) {
        await endListener(client);
        throw e;
      }
      return () => endListener(client);
    };
    const endListener = async (client: pg.Client) => {
      listening.delete(client);
      client.removeAllListeners('end');
      client.removeAllListeners('error');
      client.on('error', () => {});
      await client.end().catch(() => {});
    };
    const close = async () => {
      await Promise.all([...listening].map(endListener));
      await db.destroy();
    };
    return { db, dialect: 'postgres', describe: `postgres://${u.host}${u.pathname}`, listen, close };
  }
  if (!url.startsWith('sqlite:')) {
    throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got "${url.split(':')[0]}:…")`);
  }
  const path = url.slice('sqlite:'.length);
  const file = path === ':memory:' ? path : resolve(path);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', describe: `sqlite:${file}`, sqlite, ...(file === ':memory:' ? {} : { sqliteFile: file }), close: () => db.destroy() };
}

/**
 * SQLite's planner reads the value of a bare `limit ?` or `offset ?`, so binding one expires the statement and every
 * run prepares it again (as costly as running a page query). `+?` is the same number, bound the same way, which the
 * planner leaves alone. Kysely writes exactly these forms; the rewrite is done once per statement text.
 */
export const withoutReplan = (text: string) => text.replace(/ (limit|offset) \?(?=[\s)]|$)/g, ' $1 +?');

/**
 * Kysely prepares every query anew; preparing costs more than running a small indexed read, so prepared
 * statements are kept per SQL text (Kysely's driver runs one statement at a time on the connection). Every
 * transaction here writes, so Kysely's `begin` takes the write lock at once (`begin immediate`): another process's
 * writer is then waited for (busy_timeout) instead of failing "database is locked" when a read turns into a write.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (text: string) => {
      let stmt = statements.get(text);
      if (!stmt) {
        stmt = sqlite.prepare(text === 'begin' ? 'begin immediate' : withoutReplan(text));
        if (statements.size >= 500) statements.delete(statements.keys().next().value!);
        statements.set(text, stmt);
      }
      return stmt;
    },
  };
}
