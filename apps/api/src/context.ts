import type { AutoAcceptPolicy } from '@chiso/shared';
import type { Db } from './db/connect';
import type { Auth } from './http/auth';
import type { Logger } from './http/log';
import type { ReadPipeline } from './http/route';
import type { Catalogue } from './services/catalogue';
import type { Jobs } from './services/jobs';

/** What every route needs: the database, the catalogue, the read pipeline, the editors' auth. Built once per process in app.ts. */
export interface AppDeps {
  db: Db;
  catalogue: () => Catalogue;
  reads: ReadPipeline;
  auth: Auth;
  /** Imports of cited CSVs, run off the request path. */
  jobs: Jobs;
  version: string;
  /** What an upload accepts without a person (`AUTO_ACCEPT`). */
  autoAccept: AutoAcceptPolicy;
  /** The process's JSON log (one line per request, per ingest). */
  log: Logger;
}
