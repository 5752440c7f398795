import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, restoreDatabase } from '../services/backup';
import { openDb, parseFlags, runCli, UsageError } from './open-db';

const usage = `Usage: npm run restore -- PATH

Replaces the contents of the database (DATABASE_URL, default sqlite:.data/chiso.sqlite) with a backup made by
npm run backup. Running servers keep serving and drop their cached reads. On SQLite the current contents are
first kept beside the database as before-restore-TIME.sqlite.`;

async function main(): Promise<number> {
  const { values, positionals } = parseFlags(() =>
    parseArgs({ args: process.argv.slice(2), options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true }),
  );
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('restore takes one PATH');
  const { db, config } = await openDb();
  try {
    if (db.sqlite) {
      const kept = join(dirname(db.sqlite.name), `before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`);
      await backupDatabase(db, config.DATABASE_URL, kept);
      process.stdout.write(`kept the current contents in ${kept}\n`);
    }
    const r = await restoreDatabase(db, config.DATABASE_URL, positionals[0]!);
    const facts = r.facts === undefined ? '' : ` (${r.facts} facts)`;
    process.stdout.write(`restored ${db.describe} from ${r.path}${facts}\n`);
    return 0;
  } finally {
    await db.close();
  }
}

runCli(usage, main);
