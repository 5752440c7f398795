import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, startServer, stop } from './lib/child';
import { connections, load, loadSeconds, type Load } from './lib/load';

/**
 * `npm run bench -- api`: the read endpoints under load on SQLite and on PostgreSQL. The headline is the server's
 * CPU time per request (from /proc/PID/stat), as a ratio to a bare Node server sending the same bytes in the same run:
 * what the app costs per answer, whatever the load generator (on the same cores) does to throughput. Cached: the
 * same URL again; uncached: the same URLs on a server without a read cache (READ_CACHE_MB=0). The server logs every
 * request (LOG=json) to a file, as a deployed one does to a file or a journal read by another process.
 */

const targets = [
  { name: 'indicators', path: '/api/v1/indicators' },
  { name: 'series', path: '/api/v1/indicators/ict_revenue/series?region=da-nang' },
  { name: 'dashboard', path: '/api/v1/dashboard?region=da-nang&year=2022' },
  { name: 'facts', path: '/api/v1/facts?indicator=ict_revenue&limit=50' },
];

interface Row {
  db: string;
  name: string;
  mode: 'bare' | 'cached' | 'uncached';
  load: Load;
  /** CPU per request and p99 of the API run, each as a multiple of the bare server's for the same bytes. */
  cpu?: number;
  p99?: number;
}

function fetchRaw(url: string): Promise<{ body: Buffer; type: string }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ body: Buffer.concat(chunks), type: String(res.headers['content-type']) }));
    }).on('error', reject);
  });
}

/** A throwaway PostgreSQL cluster (scripts/pg-temp.sh), or BENCH_DATABASE_URL; null with the reason when neither is there. */
function postgres(): { url: string; stop: () => void } | { missing: string } {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: () => {} };
  const script = join(repoRoot, 'scripts/pg-temp.sh');
  try {
    const url = execFileSync(script, [], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    return { url, stop: () => execFileSync(script, ['stop', url], { stdio: 'ignore' }) };
  } catch (e) {
    const why = e instanceof Error && 'stderr' in e ? String(e.stderr).trim().split('\n')[0] : String(e);
    return { missing: `no PostgreSQL (set BENCH_DATABASE_URL, or install postgresql for scripts/pg-temp.sh: ${why})` };
  }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (n: number, d = 0) => n.toFixed(d).padStart(9);

/** Runs every target cached and uncached on one database; the bare server's runs are measured once per target. */
async function runOn(db: string, databaseUrl: string, bare: Map<string, { load: Load; body: Buffer }>, dir: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const mode of ['cached', 'uncached'] as const) {
    const { child, base } = await startServer('apps/api/src/server.ts', [], {
      DATABASE_URL: databaseUrl,
      LOG: process.env.BENCH_LOG ?? 'json',
      DATA_DIR: join(repoRoot, 'data'),
      ...(mode === 'uncached' ? { READ_CACHE_MB: '0' } : {}),
      ...(process.env.BENCH_API_WORKERS ? { WEB_CONCURRENCY: process.env.BENCH_API_WORKERS } : {}),
    }, join(dir, `${db}-${mode}.log`));
    try {
      for (const t of targets) {
        let b = bare.get(t.name);
        if (!b) {
          const { body, type } = await fetchRaw(base + t.path);
          const file = join(dir, `${t.name}.body`);
          writeFileSync(file, body);
          const baseline = await startServer('bench/lib/static-server.ts', [file, type]);
          try {
            b = { load: await load(baseline.base + t.path, baseline.child.pid), body };
          } finally {
            await stop(baseline.child);
          }
          bare.set(t.name, b);
          rows.push({ db: '', name: t.name, mode: 'bare', load: b.load });
        }
        const l = await load(base + t.path, child.pid);
        rows.push({ db, name: t.name, mode, load: l, cpu: l.cpuUs! / b.load.cpuUs!, p99: l.p99 / Math.max(1, b.load.p99) });
      }
    } finally {
      await stop(child);
    }
  }
  return rows;
}

export async function benchApi(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-bench-api-'));
  const bare = new Map<string, { load: Load; body: Buffer }>();
  const rows: Row[] = [];
  let pgLine: string;
  process.stdout.write(
    `${targets.length} endpoints × (bare, cached, uncached) × (SQLite, PostgreSQL), ${connections} connections, ${loadSeconds} s each after a 2 s warm-up, on 127.0.0.1\n`,
  );
  try {
    rows.push(...(await runOn('sqlite', `sqlite:${join(dir, 'api.sqlite')}`, bare, dir)));
    const pg = postgres();
    if ('missing' in pg) pgLine = `postgres: ${pg.missing}`;
    else {
      try {
        const pgRows = await runOn('postgres', pg.url, bare, dir);
        rows.push(...pgRows);
        const of = (mode: string) => mean(pgRows.filter((r) => r.mode === mode).map((r) => r.cpu!));
        const errors = pgRows.reduce((n, r) => n + r.load.errors, 0);
        pgLine = `postgres cached ${of('cached').toFixed(2)}× / uncached ${of('uncached').toFixed(2)}× bare${errors ? ` (${errors} errors)` : ''}`;
      } finally {
        pg.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  process.stdout.write(`\n${'endpoint'.padEnd(24)}${'db'.padEnd(10)}${'mode'.padEnd(10)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(9)}${'cpu µs/req'.padStart(12)}  cpu×bare p99×bare rps/bare\n`);
  for (const r of rows) {
    const b = bare.get(r.name)!;
    const name = `${r.name} (${b.body.length} B)`;
    const ratios = r.mode === 'bare' ? '' : `  ${r.cpu!.toFixed(2).padStart(8)} ${r.p99!.toFixed(2).padStart(8)} ${(r.load.rps / b.load.rps).toFixed(2).padStart(8)}`;
    process.stdout.write(
      `${name.padEnd(24)}${r.db.padEnd(10)}${r.mode.padEnd(10)}${fmt(r.load.rps)}${fmt(r.load.p50)}${fmt(r.load.p99)}${fmt(r.load.errors)}${fmt(r.load.cpuUs ?? 0, 1).padStart(12)}${ratios}\n`,
    );
  }
  const sqlite = rows.filter((r) => r.db === 'sqlite');
  const of = (mode: string) => sqlite.filter((r) => r.mode === mode);
  const errors = sqlite.reduce((n, r) => n + r.load.errors, 0);
  // The worst endpoint's p99 as a multiple of the bare server's p99 for the same bytes. Cached: what a visitor waits
  // for an answer the server has already made. Uncached: every request computed; at 50 connections on a saturated
  // server latency is about connections × CPU per request, so this follows the uncached CPU ratio (decision 0068).
  const worstP99 = (mode: string) => Math.max(...of(mode).map((r) => r.p99!));
  process.stdout.write(
    `\nbare = a bare Node server sending the same bytes (bench/lib/static-server.ts), measured in this run; cpu = the serving process's user+system time per request (/proc/PID/stat)\n` +
      `context: req/s of the bare server ${targets.map((t) => Math.round(bare.get(t.name)!.load.rps)).join(' / ')}; ` +
      `SQLite req/s as a share of it: cached ${mean(of('cached').map((r) => r.load.rps / bare.get(r.name)!.load.rps)).toFixed(2)}, uncached ${mean(of('uncached').map((r) => r.load.rps / bare.get(r.name)!.load.rps)).toFixed(2)} (the old "of ceiling" figures); ` +
      `worst p99 ${Math.max(...sqlite.map((r) => r.load.p99))} ms\n`,
  );
  process.stdout.write(
    `api: cpu cached ${mean(of('cached').map((r) => r.cpu!)).toFixed(2)}× bare, uncached ${mean(of('uncached').map((r) => r.cpu!)).toFixed(2)}× bare, ` +
      `p99 cached ${worstP99('cached').toFixed(2)}× / uncached ${worstP99('uncached').toFixed(2)}× bare, errors ${errors}, ${pgLine!}\n`,
  );
}
