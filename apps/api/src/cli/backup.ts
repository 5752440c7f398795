import { parseArgs } from 'node:util';
import { backupDatabase } from '../services/backup';
import { openDb, parseFlags, runCli, UsageError } from './open-db';

const usage = `Usage: npm run backup -- PATH

Copies the database (DATABASE_URL, default sqlite:.data/chiso.sqlite) to PATH while the server keeps running:
SQLite's online backup, checked with PRAGMA integrity_check before it is put in place; pg_dump (custom format)
for PostgreSQL. Restore with: npm run restore -- PATH`;

async function main(): Promise<number> {
  const { values, positionals } = parseFlags(() =>
    parseArgs({ args: process.argv.slice(2), options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true }),
  );
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('backup takes one PATH');
  const { db, config } = await openDb();
  try {
    const t0 = performance.now();
    const r = await backupDatabase(db, config.DATABASE_URL, positionals[0]!);
    const facts = r.facts === undefined ? '' : `, ${r.facts} facts`;
    process.stdout.write(`backed up ${db.describe} to ${r.path}${facts} in ${Math.round(performance.now() - t0)} ms\n`);
    return 0;
  } finally {
    await db.close();
  }
}

runCli(usage, main);
