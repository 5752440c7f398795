import cluster from 'node:cluster';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { loadConfig, type Config } from './config';
import { whileBusy } from './db/busy';
import { connect, type Db } from './db/connect';
import { jsonLogger, silentLogger, type Logger } from './http/log';
import { appListener } from './http/replay';
import { seedAll } from './seed';
import { loadCatalogue, type Catalogue } from './services/catalogue';
import { stopCitedThreads } from './services/cited-thread';
import { prepareDatabase } from './services/prepare-database';

/** Start-up: migrate, rebuild what a new rule needs, load the data folder, then serve API and web app on one port. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = config.LOG === 'silent' ? silentLogger : jsonLogger;
  const db = connect(config.DATABASE_URL);
  if (cluster.isWorker) {
    // The primary migrated and seeded; a worker only serves.
    await serveApp(config, log, db, await loadCatalogue(db.db));
    return;
  }
  const t0 = performance.now();
  const { prepared, seed } = await whileBusy(async () => {
    const prepared = await prepareDatabase(db);
    return { prepared, seed: await seedAll(db.db, config.DATA_DIR) };
  });
  log({
    kind: 'startup',
    db: db.describe,
    migrations: prepared.migrations.results?.map((r) => r.migrationName) ?? [],
    readModel: prepared.readModel,
    indicators: seed.indicators,
    regions: seed.regions,
    cited: seed.cited,
    sources: seed.sources,
    reports: seed.reports,
    ms: Math.round(performance.now() - t0),
  });
  if (config.WEB_CONCURRENCY > 1) {
    await db.close();
    forkWorkers(config.WEB_CONCURRENCY, log);
    return;
  }
  await serveApp(config, log, db, seed.catalogue);
}

/** Several processes share the port; each keeps its own read cache, kept current by the data version (decision 0040). */
function forkWorkers(n: number, log: Logger): void {
  for (let i = 0; i < n; i++) cluster.fork();
  let stopping = false;
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log({ kind: 'worker-exit', pid: worker.process.pid, code, signal });
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function serveApp(config: Config, log: Logger, db: Db, catalogue: Catalogue): Promise<void> {
  const { app, deps } = await createApp({
    db,
    log,
    webDist: config.WEB_DIST,
    catalogue,
    maxUploadMb: config.MAX_UPLOAD_MB,
    trustProxy: config.TRUST_PROXY,
    publicUrl: config.PUBLIC_URL,
    readCacheBytes: config.READ_CACHE_MB * 1024 * 1024,
    autoAccept: config.AUTO_ACCEPT,
  });
  const server = createServer(appListener(app, { cache: deps.reads.cache, version: () => deps.reads.version.current(), log }));
  server.listen(config.PORT, config.HOST, () => {
    const info = server.address() as AddressInfo;
    const local = `http://${info.address === '::' || info.address === '0.0.0.0' ? 'localhost' : info.address}:${info.port}/`;
    process.stdout.write(`Chỉ số is running at ${local} (API docs: /api/v1/docs; database ${db.describe})\n`);
    if (config.PUBLIC_URL) process.stdout.write(`Public address: ${config.PUBLIC_URL}\n`);
  });
  const stop = () => {
    server.close();
    // An import thread ends before the connections close: its open step is rolled back, the steps before it stay.
    void stopCitedThreads()
      .then(() => db.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`Chỉ số could not start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
