import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Db } from '../db/connect';
import { commitExternalChange } from './commit';
import { prepareDatabase } from './prepare-database';

export interface BackupSummary {
  path: string;
  bytes?: number;
  facts?: number;
}

/** A PostgreSQL URL split for the client tools: the password goes in the environment, not on a command line. */
function pgTarget(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  // A URL that pins a schema (`options=-c search_path=NAME`, as the tests do) backs up and restores that schema.
  const schema = /search_path=([A-Za-z0-9_]+)/.exec(u.searchParams.get('options') ?? '')?.[1];
  u.searchParams.delete('options');
  return { args: [`--dbname=${u.toString()}`, ...(schema ? [`--schema=${schema}`] : [])], env: { ...process.env, PGPASSWORD: password } };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): void {
  const r = spawnSync(tool, args, { env, encoding: 'utf8', timeout: 30 * 60_000 });
  if (r.error) throw new Error(`${tool} could not run (${r.error.message}); it comes with the postgresql-client package`);
  if (r.status !== 0) throw new Error(`${tool} failed: ${(r.stderr || '').trim().split('\n').slice(-3).join(' / ')}`);
}

function checkSqliteFile(path: string): number {
  const check = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${path} fails the integrity check: ${String(result)}`);
    const hasFacts = check.prepare("select 1 from sqlite_master where type = 'table' and name = 'facts'").get();
    if (!hasFacts) throw new Error(`${path} is not a Chỉ số database (no facts table)`);
    return Number(check.prepare('select count(*) from facts').pluck().get());
  } finally {
    check.close();
  }
}

/**
 * Copies the live database to `path` while it keeps serving: SQLite's online backup (a consistent snapshot,
 * written beside the target and renamed into place once checked) or `pg_dump --format=custom`.
 */
export async function backupDatabase(db: Db, url: string, path: string): Promise<BackupSummary> {
  const target = resolve(path);
  mkdirSync(dirname(target), { recursive: true });
  if (db.sqlite) {
    const partial = `${target}.partial`;
    rmSync(partial, { force: true });
    await db.sqlite.backup(partial);
    const facts = checkSqliteFile(partial);
    renameSync(partial, target);
    return { path: target, facts };
  }
  const { args, env } = pgTarget(url);
  run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}.partial`, ...args], env);
  renameSync(`${target}.partial`, target);
  return { path: target };
}

/**
 * Replaces the database's contents with a backup. SQLite: the backup is checked, then copied into the live file
 * with the online backup API (other processes see the change like any write). PostgreSQL: `pg_restore --clean`.
 * Either way a backup from an older release is brought up to the current schema and the data version is bumped
 * so every process drops its cached reads.
 */
export async function restoreDatabase(db: Db, url: string, path: string): Promise<BackupSummary> {
  const source = resolve(path);
  if (!existsSync(source)) throw new Error(`no backup at ${source}`);
  if (db.sqlite) {
    const facts = checkSqliteFile(source);
    const from = new SQLite(source, { readonly: true });
    try {
      await from.backup(db.sqlite.name);
    } finally {
      from.close();
    }
    await prepareDatabase(db);
    await commitExternalChange(db.db);
    return { path: source, facts };
  }
  const { args, env } = pgTarget(url);
  run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', ...args, source], env);
  await prepareDatabase(db);
  await commitExternalChange(db.db);
  return { path: source };
}
