import { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { Db } from '../db/connect';
import { NoNulPlugin } from '../db/no-nul';
import type { Database } from '../db/schema';

/**
 * PostgreSQL in this process (PGlite, PostgreSQL compiled to WebAssembly): the API suite's PostgreSQL pass in every
 * `npm test`, with no server. One instance per test process; each database is a schema of it. PGlite has one
 * connection, so a handle holds it for a whole transaction, as Kysely's SQLite driver does with its one connection.
 */

let instance: Promise<PGlite> | undefined;

function pglite(): Promise<PGlite> {
  // int8 (counts) and numeric as numbers, as connect() sets up pg.
  instance ??= PGlite.create({ parsers: { 20: Number, 1700: Number } });
  return instance;
}

/** One holder of the connection at a time, in the order they asked. */
let queue: Promise<void> = Promise.resolve();
/** The schema the connection's search_path is set to now. */
let searchPath: string | undefined;

/** Waits for the connection; resolves to the function that hands it on. */
async function hold(): Promise<() => void> {
  const previous = queue;
  let release!: () => void;
  queue = new Promise<void>((r) => (release = r));
  await previous;
  return release;
}

/** Runs `f` holding the connection: nothing of another handle's transaction runs in between. */
async function exclusive<T>(f: () => Promise<T>): Promise<T> {
  const release = await hold();
  try {
    return await f();
  } finally {
    release();
  }
}

class Connection implements DatabaseConnection {
  constructor(
    private readonly pg: PGlite,
    /** Hands the connection on to the next holder. */
    readonly release: () => void,
  ) {}

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    const r = await this.pg.query<R>(q.sql, [...q.parameters]);
    return { rows: r.rows, ...(r.affectedRows !== undefined ? { numAffectedRows: BigInt(r.affectedRows) } : {}) };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported on PGlite');
  }
}

class SchemaDriver implements Driver {
  private pg: PGlite | undefined;

  constructor(private readonly schema: string) {}

  async init(): Promise<void> {
    this.pg = await pglite();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await hold();
    try {
      if (searchPath !== this.schema) {
        await this.pg!.exec(`set search_path to "${this.schema}"`);
        searchPath = this.schema;
      }
    } catch (e) {
      release();
      throw e;
    }
    return new Connection(this.pg!, release);
  }

  async beginTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(c: DatabaseConnection): Promise<void> {
    if (c instanceof Connection) c.release();
  }

  async destroy(): Promise<void> {
    // The instance is shared by every handle of the process; it ends with the process.
  }
}

function dialect(schema: string): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new SchemaDriver(schema),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}

let schemas = 0;

/** A new, empty schema of the process's PGlite as a database handle (dialect `postgres`, with LISTEN). */
export async function pgliteDb(): Promise<Db> {
  const pg = await pglite();
  const schema = `t_${++schemas}`;
  await exclusive(() => pg.exec(`create schema "${schema}"`));
  const db = new Kysely<Database>({ dialect: dialect(schema), plugins: [new NoNulPlugin()] });
  const stops = new Set<() => Promise<void>>();
  return {
    db,
    dialect: 'postgres',
    describe: `pglite:${schema}`,
    listen: async (channel, onMessage) => {
      const unlisten = await exclusive(() => pg.listen(channel, onMessage));
      const stop = async () => {
        stops.delete(stop);
        await exclusive(() => unlisten());
      };
      stops.add(stop);
      return stop;
    },
    close: async () => {
      await Promise.all([...stops].map((s) => s()));
      await db.destroy();
      await exclusive(() => pg.exec(`drop schema "${schema}" cascade`));
    },
  };
}
