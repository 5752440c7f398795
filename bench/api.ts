import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnTs, stop } from './lib/child';
import { load, loadSeconds, type Load } from './lib/load';
import { freePort, waitFor } from './lib/ports';

/** The main read endpoints, on the data the app ships (data/). */
const targets = [
  { name: 'indicators', path: '/api/v1/indicators' },
  { name: 'series', path: '/api/v1/indicators/ict_revenue/series?region=da-nang' },
  { name: 'dashboard', path: '/api/v1/dashboard?region=da-nang&year=2022' },
  { name: 'facts', path: '/api/v1/facts?indicator=ict_revenue&limit=50' },
];

/** Uncached: an unknown, ignored parameter with a new value per request makes every request miss the cache. */
const uncached = (path: string) => `${path}${path.includes('?') ? '&' : '?'}bench=[<id>]`;

function fetchRaw(url: string): Promise<{ body: Buffer; type: string }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ body: Buffer.concat(chunks), type: String(res.headers['content-type']) }));
    }).on('error', reject);
  });
}

const fmt = (n: number, d = 0) => n.toFixed(d).padStart(8);

export async function benchApi(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-bench-api-'));
  const port = await freePort();
  const api = `http://127.0.0.1:${port}`;
  const workers = process.env.BENCH_API_WORKERS;
  const server = spawnTs('apps/api/src/server.ts', [], {
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dir, 'api.sqlite')}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG: process.env.BENCH_LOG ?? 'json',
    ...(workers ? { WEB_CONCURRENCY: workers } : {}),
  });
  const rows: { name: string; mode: string; load: Load; ratio: number | null; plain?: number }[] = [];
  try {
    await waitFor(`${api}/healthz`);
    process.stdout.write(`${targets.length} endpoints × (ceiling, ceiling*, cached, uncached), ${loadSeconds} s each after a 2 s warm-up, on 127.0.0.1\n`);
    for (const t of targets) {
      const { body, type } = await fetchRaw(api + t.path);
      const file = join(dir, `${t.name}.body`);
      writeFileSync(file, body);
      const staticPort = await freePort();
      const ceilingServer = spawnTs('bench/lib/static-server.ts', [file, String(staticPort), type]);
      // The ceiling is measured with the client each mode uses: a new URL per request costs the client too.
      let ceiling: Record<'cached' | 'uncached', Load>;
      try {
        await waitFor(`http://127.0.0.1:${staticPort}/`);
        ceiling = {
          cached: await load(`http://127.0.0.1:${staticPort}${t.path}`),
          uncached: await load(`http://127.0.0.1:${staticPort}${uncached(t.path)}`),
        };
      } finally {
        await stop(ceilingServer);
      }
      const name = `${t.name} (${body.length} B)`;
      rows.push({ name, mode: 'ceiling', load: ceiling.cached, ratio: null });
      rows.push({ name, mode: 'ceiling*', load: ceiling.uncached, ratio: null });
      for (const [mode, path] of [
        ['cached', t.path],
        ['uncached', uncached(t.path)],
      ] as const) {
        const l = await load(api + path);
        rows.push({ name, mode, load: l, ratio: l.rps / ceiling[mode].rps, plain: l.rps / ceiling.cached.rps });
      }
    }
  } finally {
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  }

  process.stdout.write(`\n${'endpoint'.padEnd(24)}${'mode'.padEnd(10)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'errors'.padStart(8)}  of ceiling\n`);
  for (const r of rows) {
    process.stdout.write(
      `${r.name.padEnd(24)}${r.mode.padEnd(10)}${fmt(r.load.rps)}${fmt(r.load.p50)}${fmt(r.load.p99)}${fmt(r.load.errors)}  ${r.ratio === null ? '' : r.ratio.toFixed(2)}\n`,
    );
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const of = (mode: string) => rows.filter((r) => r.mode === mode);
  const served = rows.filter((r) => r.mode !== 'ceiling');
  const p99 = Math.max(...served.map((r) => r.load.p99));
  const worst = (mode: string) => Math.max(...of(mode).map((r) => r.load.p99));
  process.stdout.write(
    `\nceiling = a bare Node server sending the same bytes, same URL each time; ceiling* = the same server and bytes with a new URL per request (the client's id replacement costs it too)\n` +
      `cached = the same URL again (answered from the response cache), of ceiling; uncached = a new value of an ignored parameter per request (computed from the database each time), of ceiling*\n` +
      `p99 = the worst p99 of all API runs (cached alone ${worst('cached')} ms, uncached alone ${worst('uncached')} ms)\n` +
      `uncached of the plain ceiling (same URL each time): ${mean(of('uncached').map((r) => r.plain!)).toFixed(2)}\n`,
  );
  const errors = served.reduce((n, r) => n + r.load.errors, 0);
  process.stdout.write(
    `api: cached ${mean(of('cached').map((r) => r.ratio!)).toFixed(2)} of ceiling, uncached ${mean(of('uncached').map((r) => r.ratio!)).toFixed(2)} of ceiling, p99 ${p99} ms, errors ${errors}\n`,
  );
}
