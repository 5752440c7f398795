import { parseArgs } from 'node:util';
import { toCsv } from '@chiso/shared';
import { regionsWithData } from '../services/ranking';
import { openDb, parseFlags, runCli } from './open-db';
import { regionCountsTable } from './region-counts';

const usage = `Usage:
  npm run coverage            how many regions have a figure, per indicator and year (each region's own headline)
  npm run coverage -- --csv   the same as CSV: indicator, year, regions

The database is DATABASE_URL (default sqlite:.data/chiso.sqlite at the repository root); npm start loads data/ into it.`;

async function main(): Promise<number> {
  const { values } = parseFlags(() =>
    parseArgs({ args: process.argv.slice(2), options: { csv: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true }),
  );
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const { db } = await openDb();
  try {
    const rows = await regionsWithData(db.db);
    if (rows.length === 0) {
      process.stderr.write('No figures in the database yet: npm start loads data/.\n');
      return 0;
    }
    process.stdout.write(values.csv ? toCsv(['indicator', 'year', 'regions'], rows, false) : regionCountsTable(rows));
    return 0;
  } finally {
    await db.close();
  }
}

runCli(usage, main);
