import { sql } from 'kysely';
import { isPostgres, type Db } from './connect';
import type { Kysely } from 'kysely';
import type { Database, Executor } from './schema';

/**
 * The data version: one row of `meta`, replaced by every committed change (services/commit.ts), that read caches
 * key on in every process. Read here cheaply: no database round trip per request once the process knows it.
 */

/** The PostgreSQL channel a commit announces its new version on: `SCHEMA VERSION`. */
export const VERSION_CHANNEL = 'chiso_data_version';

export async function readDataVersion(db: Executor): Promise<string> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', 'data_version').executeTakeFirst();
  return row?.value ?? '0';
}

/**
 * Replaces the data version inside the writer's transaction and returns it. On PostgreSQL the new version is
 * announced with NOTIFY, which PostgreSQL delivers to every listening process when the transaction commits.
 */
export async function writeDataVersion(trx: Executor): Promise<string> {
  const value = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const updated = await trx.updateTable('meta').set({ value }).where('key', '=', 'data_version').executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) await trx.insertInto('meta').values({ key: 'data_version', value }).execute();
  if (isPostgres(trx)) await sql`select pg_notify(${VERSION_CHANNEL}, current_schema() || ' ' || ${value})`.execute(trx);
  return value;
}

export interface VersionWatch {
  /** The current version: at once when this process knows it is current, else after one read of `meta`. */
  current(): string | Promise<string>;
  /** A version this process has just committed: known current without waiting for the announcement. */
  committed(version: string): void;
  close(): Promise<void>;
}

const watches = new WeakMap<Kysely<Database>, VersionWatch>();

/** The one watch of a database handle (made on first use). */
export function versionWatch(db: Db): VersionWatch {
  let w = watches.get(db.db);
  if (!w) {
    w = db.sqlite ? sqliteWatch(db) : db.listen ? listeningWatch(db, db.listen) : pollingWatch(db);
    watches.set(db.db, w);
  }
  return w;
}

/** Tells the handle's watch, if it has one, of a version this process committed. */
export function noteCommittedVersion(db: Kysely<Database>, version: string): void {
  watches.get(db)?.committed(version);
}

/**
 * SQLite: `PRAGMA data_version` changes when another connection (another process) commits and `total_changes()`
 * when this connection writes; both are synchronous calls on the open handle (~1 µs), so `meta` is read again only
 * after a write, by anyone.
 */
function sqliteWatch(db: Db): VersionWatch {
  const sqlite = db.sqlite!;
  const others = sqlite.prepare('pragma data_version').pluck();
  const mine = sqlite.prepare('select total_changes()').pluck();
  let stamp = '';
  let version: string | undefined;
  const now = () => `${String(others.get())}:${String(mine.get())}`;
  return {
    current() {
      const s = now();
      if (s === stamp && version !== undefined) return version;
      // The stamp is taken before the row is read, so a write in between only costs one more read later.
      return readDataVersion(db.db).then((v) => {
        version = v;
        stamp = s;
        return v;
      });
    },
    committed() {
      // The next call sees the stamp move and reads the row: exact, and as cheap.
    },
    close: async () => {},
  };
}

/** A database that cannot announce versions: read on every request (exact, one indexed query). */
function pollingWatch(db: Db): VersionWatch {
  return { current: () => readDataVersion(db.db), committed() {}, close: async () => {} };
}

const RETRY_MS = 1000;

/**
 * PostgreSQL: one LISTEN connection per process hears every commit's new version, so a cached read needs no query.
 * Until the connection listens (at start, after it was lost), every call reads `meta` instead: never stale, only
 * slower. A commit of this process is known at once (`committed`); another process's commit is known when its
 * notification arrives, a few milliseconds after the commit (decision 0040).
 */
function listeningWatch(db: Db, listen: NonNullable<Db['listen']>): VersionWatch {
  let version: string | undefined;
  let schema: string | undefined;
  let stop: (() => Promise<void>) | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  // Versions announced lately: a commit of this process reported after its own announcement must not undo a later one.
  const heard = new Set<string>();

  const start = async () => {
    try {
      schema ??= (await sql<{ s: string }>`select current_schema() as s`.execute(db.db)).rows[0]?.s;
      const mine = await listen(
        VERSION_CHANNEL,
        (payload) => {
          const space = payload.indexOf(' ');
          if (payload.slice(0, space) !== schema) return;
          version = payload.slice(space + 1);
          heard.add(version);
          if (heard.size > 64) heard.delete(heard.values().next().value!);
        },
        () => lost(),
      );
      stop = mine;
      // Read after listening: a commit in between is either in this read or announced after it.
      const v = await readDataVersion(db.db);
      if (closed) await mine();
      // Unless the connection was lost meanwhile: then the next start reads it again.
      else if (stop === mine) version ??= v;
    } catch {
      lost();
    }
  };
  const lost = () => {
    version = undefined;
    const s = stop;
    stop = undefined;
    void s?.().catch(() => {});
    if (!closed && !retry) {
      retry = setTimeout(() => {
        retry = undefined;
        void start();
      }, RETRY_MS);
      retry.unref();
    }
  };
  void start();
  return {
    current: () => version ?? readDataVersion(db.db),
    committed(v) {
      // PostgreSQL announces commits in commit order, so a version not heard yet is the newest this process knows.
      if (stop && !heard.has(v)) version = v;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const s = stop;
      stop = undefined;
      version = undefined;
      await s?.();
    },
  };
}
