import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../config';
import type { Db } from '../db/connect';
import { prepareDatabase } from '../services/prepare-database';
import { seedAll } from '../seed';
import { fixtureDataDir } from '../testing/fixtures';
import { scratchDatabase, withDb as withScratchDb, type ScratchDatabase } from '../testing/scratch-db';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const out = mkdtempSync(join(tmpdir(), 'chiso-backups-'));
let scratch: ScratchDatabase;

function run(script: 'backup' | 'restore', args: string[]) {
  const r = spawnSync(process.execPath, [tsx, resolve(repoRoot, `apps/api/src/cli/${script}.ts`), ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: scratch.url, FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const withDb = <T>(f: (db: Db) => Promise<T>) => withScratchDb(scratch.url, f);

const snapshot = (db: Db) =>
  db.db.selectFrom('facts').select(['id', 'indicator', 'region', 'year', 'value', 'status', 'source_id']).orderBy('id').execute();

beforeAll(async () => {
  scratch = await scratchDatabase('backup');
  await withDb(async (db) => {
    await prepareDatabase(db);
    await seedAll(db.db, fixtureDataDir());
  });
});
afterAll(async () => {
  await scratch.drop();
  rmSync(out, { recursive: true, force: true });
});

describe('npm run backup / restore', () => {
  it('round-trips the database: what is lost after the backup comes back whole', async () => {
    const before = await withDb(snapshot);
    expect(before.length).toBeGreaterThan(10);
    const file = join(out, 'nightly', 'chiso.backup');

    const backup = run('backup', [file]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/backed up/);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}.partial`)).toBe(false);

    await withDb(async (db) => {
      await db.db.deleteFrom('facts').where('status', '=', 'accepted').execute();
      await db.db.updateTable('facts').set({ value: -1 }).execute();
    });
    expect((await withDb(snapshot)).length).toBeLessThan(before.length);

    const restore = run('restore', [file]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(await withDb(snapshot)).toEqual(before);

    if (scratch.file) {
      const check = new SQLite(scratch.file, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
      // The contents replaced by the restore were kept beside the database.
      expect(readdirSync(dirname(scratch.file)).some((f) => f.startsWith('before-restore-'))).toBe(true);
    }
  });

  it('refuses a file that is not a backup, and leaves the database as it was', async () => {
    const before = await withDb(snapshot);
    const bogus = resolve(repoRoot, 'data/regions.csv');
    const r = run('restore', [bogus]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(await withDb(snapshot)).toEqual(before);
    expect(run('restore', [join(out, 'missing.backup')]).code).toBe(1);
    expect(run('backup', []).code).toBe(2);
  });
});
