import { readFileSync } from 'node:fs';
import { connect } from '../db/connect';
import { loadCatalogue } from '../services/catalogue';
import { ingestDocument } from '../services/ingest';

/**
 * Fault-test helper, run as a child process: ingests FILE into DATABASE_URL and, after fact number STOP_AT is
 * written inside the ingest's transaction, prints "MID" and waits forever, for the parent to SIGKILL it there.
 */
const [file, stopAt] = process.argv.slice(2);
const db = connect(process.env.DATABASE_URL ?? '');
const catalogue = await loadCatalogue(db.db);
await ingestDocument(
  db.db,
  catalogue,
  { bytes: readFileSync(file!), region: 'da-nang', actor: 'fault-test' },
  {
    afterFactInserted: async (i) => {
      if (i !== Number(stopAt)) return;
      process.stdout.write('MID\n');
      // Held open inside the transaction (a timer keeps the process alive) until the parent kills it.
      await new Promise(() => setInterval(() => {}, 1000));
    },
  },
);
process.stdout.write('DONE\n');
