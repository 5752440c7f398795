import { loadConfig, type Config } from '../config';
import { connect, type Db } from '../db/connect';
import { prepareDatabase } from '../services/prepare-database';

/** The database the server uses (`DATABASE_URL`, same default), migrated and with a current read model, for a command-line tool. */
export async function openDb(env: NodeJS.ProcessEnv = process.env): Promise<{ db: Db; config: Config }> {
  const config = loadConfig(env);
  const db = connect(config.DATABASE_URL);
  try {
    await prepareDatabase(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return { db, config };
}

/** Runs a command's main: a usage error exits 2 with the usage, any other error exits 1 with one line. */
export function runCli(usage: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(`${e.message}\n\n${usage}\n`);
        process.exitCode = 2;
        return;
      }
      process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** `util.parseArgs`, with an unknown or malformed flag reported as a usage error. */
export function parseFlags<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}
