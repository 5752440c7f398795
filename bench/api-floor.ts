import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../apps/api/src/app';
import { connect } from '../apps/api/src/db/connect';
import { etagOf } from '../apps/api/src/http/etag';
import { silentLogger } from '../apps/api/src/http/log';
import { seriesJson } from '../apps/api/src/services/series';
import { storedSeries } from '../apps/api/src/services/series-store';
import { repoRoot, startServer, stop } from './lib/child';
import { connections, load, loadSeconds } from './lib/load';

/**
 * `npm run bench -- api-floor`: what the one Hono pipeline costs by itself, the bench's way (server CPU per request
 * from /proc, 50 connections, a bare server sending the same bytes in the same run), on the series endpoint's
 * uncached answer. Each layer is a server of its own (bench/lib/floor-server.ts): the bare server; a Hono app on
 * @hono/node-server answering the body with a read route's headers; the same with the pipeline's middleware added one
 * at a time; the app's kind of router with one read route declared like the series route whose compute is free; the
 * whole app with the same route; the real series route on that server (read cache off). Each is measured FLOOR_ROUNDS times (default 2), alternating, and the least
 * CPU per request is kept. Then the parts of the series route's own compute, timed in this process.
 */

const seriesPath = '/api/v1/indicators/ict_revenue/series?region=da-nang';
const floorPath = '/floor/ict_revenue/series?region=da-nang';
const rounds = Number(process.env.FLOOR_ROUNDS ?? 2);

function fetchBody(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

interface Layer {
  name: string;
  /** The server's entry and arguments, and the path measured on it. */
  entry: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  paths: { name: string; path: string }[];
}

/** CPU µs per request of `fn`, averaged over `n` calls after a warm-up. */
async function cpuPerCall(n: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < n / 10; i++) await fn();
  const t0 = process.cpuUsage();
  for (let i = 0; i < n; i++) await fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / n;
}

export async function benchApiFloor(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-bench-floor-'));
  const databaseUrl = `sqlite:${join(dir, 'api.sqlite')}`;
  try {
    // The real server makes the database (migrations, data/) and the body.
    const seeded = await startServer('apps/api/src/server.ts', [], { DATABASE_URL: databaseUrl, LOG: 'silent', DATA_DIR: join(repoRoot, 'data'), READ_CACHE_MB: '0' });
    let body: Buffer;
    try {
      body = await fetchBody(seeded.base + seriesPath);
    } finally {
      await stop(seeded.child);
    }
    const file = join(dir, 'series.body');
    writeFileSync(file, body);
    process.stdout.write(
      `series body ${body.length} B; ${connections} connections, ${loadSeconds} s each after a 2 s warm-up, ${rounds} rounds, least CPU per request kept\n`,
    );

    const pathOnly = seriesPath.split('?')[0]!;
    const layers: Layer[] = [
      { name: 'bare Node HTTP server', entry: 'bench/lib/static-server.ts', args: [file, 'application/json; charset=utf-8'], paths: [{ name: '', path: seriesPath }] },
      ...['Hono + node-server, no middleware', '+ log line', '+ secure headers', '+ etag', '+ compress'].map((name, n) => ({
        name,
        entry: 'bench/lib/floor-server.ts',
        args: [String(n), file, pathOnly],
        paths: [{ name: '', path: seriesPath }],
      })),
      {
        name: '+ zod-openapi router, one read route (free compute): validation, read()',
        entry: 'bench/lib/floor-server.ts',
        args: ['read', file, pathOnly],
        paths: [{ name: '', path: floorPath }],
      },
      {
        name: 'whole app',
        entry: 'bench/lib/floor-server.ts',
        args: ['app', file, pathOnly, databaseUrl],
        paths: [
          { name: '+ the app\'s other routes (the same free read route)', path: floorPath },
          { name: '+ the series query and body (the real route)', path: seriesPath },
        ],
      },
    ];
    const best = new Map<string, number>();
    for (let r = 0; r < rounds; r++) {
      for (const layer of layers) {
        const logFile = join(dir, `floor-${r}.log`);
        const { child, base } = await startServer(layer.entry, layer.args, { LOG: 'json', ...layer.env }, logFile);
        try {
          for (const p of layer.paths) {
            const l = await load(base + p.path, child.pid);
            if (l.errors) throw new Error(`${layer.name} ${p.name}: ${l.errors} errors`);
            const name = p.name || layer.name;
            best.set(name, Math.min(best.get(name) ?? Infinity, l.cpuUs!));
          }
        } finally {
          await stop(child);
        }
      }
    }

    const db = connect(databaseUrl);
    const { deps } = await createApp({ db, log: silentLogger, readCacheBytes: 0 });
    const scope = { region: 'da-nang' };
    const n = 20_000;
    const query = await cpuPerCall(n, () => storedSeries(db.db, { region: 'da-nang', indicator: 'ict_revenue' }));
    const whole = await cpuPerCall(n, () => seriesJson(deps, 'ict_revenue', scope));
    const bytes = new Uint8Array(body);
    const etag = await cpuPerCall(n, () => etagOf(bytes));
    await db.close();

    const bare = best.get('bare Node HTTP server')!;
    process.stdout.write(`\n${'layer'.padEnd(58)}${'cpu µs/req'.padStart(11)}${'added'.padStart(9)}${'×bare'.padStart(8)}\n`);
    let previous = 0;
    for (const [name, us] of best) {
      process.stdout.write(`${name.padEnd(58)}${us.toFixed(1).padStart(11)}${(previous ? us - previous : us).toFixed(1).padStart(9)}${(us / bare).toFixed(2).padStart(8)}\n`);
      previous = us;
    }
    process.stdout.write(
      `\nthe series route's compute, in this process (${n} calls each, CPU µs per call): the read model's query ${query.toFixed(1)}, ` +
        `query and body together ${whole.toFixed(1)} (body ${(whole - query).toFixed(1)}), the body's ETag (XXH64) ${etag.toFixed(1)}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
