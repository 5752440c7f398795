import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDb, testDatabase } from '../testing/harness';
import type { Db } from './connect';
import { connect } from './connect';
import { migrateToLatest } from './migrate';
import { readDataVersion, versionWatch, writeDataVersion } from './version';

const dir = mkdtempSync(join(tmpdir(), 'chiso-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A committed write, as commitChange ends one: a new version in its own transaction. */
const commit = (db: Db) => db.db.transaction().execute((trx) => writeDataVersion(trx));

/** Waits, by turns of the event loop and at most `ms`, until `f` holds. */
async function until(f: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await f())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setImmediate(r));
  }
}

describe('the data version a process knows', () => {
  it.skipIf(testDatabase !== 'sqlite')('SQLite: sees a write of its own connection and of another connection to the same file', async () => {
    const url = `sqlite:${join(dir, 'v.sqlite')}`;
    const a = connect(url);
    await migrateToLatest(a);
    const b = connect(url);
    const watchA = versionWatch(a);
    const watchB = versionWatch(b);
    const v0 = await watchB.current();
    // Known without a read now: a string, not a promise.
    expect(watchB.current()).toBe(v0);

    const v1 = await commit(a);
    expect(await watchB.current()).toBe(v1);
    expect(await watchA.current()).toBe(v1);

    const v2 = await commit(b);
    expect(await watchA.current()).toBe(v2);
    expect(await watchB.current()).toBe(v2);
    await a.close();
    await b.close();
  });

  it.skipIf(testDatabase === 'sqlite')('PostgreSQL: learns every commit by LISTEN, its own at once, without a query per read', async () => {
    const db = await freshDb();
    try {
      const watch = versionWatch(db);
      // Listening: the version is known without a round trip (a string, not a promise).
      await until(() => typeof watch.current() === 'string');
      expect(watch.current()).toBe(await readDataVersion(db.db));
      // Its own commit, reported as commitChange reports it: at once.
      const mine = await commit(db);
      watch.committed(mine);
      expect(watch.current()).toBe(mine);
      // A commit it did not report itself (another process's): heard when PostgreSQL delivers the notification.
      const other = await commit(db);
      await until(() => watch.current() === other);
      await watch.close();
      // Not listening any more: every call reads the row (awaited: the database is closed next).
      const read = watch.current();
      expect(read).toBeInstanceOf(Promise);
      expect(await read).toBe(other);
    } finally {
      await db.close();
    }
  });
});
