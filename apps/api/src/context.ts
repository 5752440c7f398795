import type { Db } from './db/connect';
import type { ResponseCache } from './http/cache';
import type { Logger } from './http/log';
import type { ReadRoutes } from './http/read-routes';
import type { Catalogue } from './services/catalogue';

/** What every route needs: the database, the catalogue, the read cache. Built once per process in app.ts. */
export interface AppDeps {
  db: Db;
  catalogue: () => Catalogue;
  cache: ResponseCache;
  /** The cacheable GET routes, for the Node listener's cache misses. */
  reads: ReadRoutes;
  version: string;
  /** The process's JSON log (one line per request, per ingest). */
  log: Logger;
}
