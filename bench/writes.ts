import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Job } from '@chiso/shared';
import { connect } from '../apps/api/src/db/connect';
import { createToken } from '../apps/api/src/services/tokens';
import { bigCitedCsv } from '../apps/api/src/testing/big-csv';
import { repoRoot, startServer, stop } from './lib/child';

/**
 * `npm run bench -- writes` (issue 15, item 6 and 7): a server on the shipped data, on 127.0.0.1.
 *   1. A 100,000-row cited CSV is uploaded; while its import job runs, `/healthz` and a cached read are asked one
 *      after the other, and their latency is printed beside the same requests on the idle server. Goal < 50 ms.
 *   2. Eight facts.csv exports (each of its own filter, so eight computations) run at once on the 100k+ facts;
 *      `/healthz` latency meanwhile. Goal < 50 ms.
 */

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const cachedRead = '/api/v1/indicators/ict_revenue/series?region=da-nang';

interface Sample {
  ms: number[];
}

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? NaN;
};
const line = (name: string, s: Sample) =>
  `${name.padEnd(36)} n ${String(s.ms.length).padStart(5)}  p50 ${q(s.ms, 0.5).toFixed(1).padStart(7)} ms  p95 ${q(s.ms, 0.95).toFixed(1).padStart(7)} ms  p99 ${q(s.ms, 0.99).toFixed(1).padStart(7)} ms  max ${q(s.ms, 1).toFixed(1).padStart(7)} ms`;

/** A GET on a connection of its own (a kept-alive one may be closed by the server just as it is reused). */
function getOnce(url: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
    }).on('error', reject);
  });
}

async function timedGet(url: string): Promise<number> {
  const t0 = performance.now();
  const res = await getOnce(url);
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  return performance.now() - t0;
}

/** Asks `paths` in turn, a few ms apart, until `done()` says stop; the latency of each path. */
async function sampleWhile(base: string, paths: string[], done: () => boolean, gapMs = 10): Promise<Sample[]> {
  const out = paths.map(() => ({ ms: [] as number[] }));
  while (!done()) {
    for (const [i, p] of paths.entries()) out[i]!.ms.push(await timedGet(base + p));
    await new Promise((r) => setTimeout(r, gapMs));
  }
  return out;
}

async function sampleCount(base: string, paths: string[], n: number): Promise<Sample[]> {
  let i = 0;
  return sampleWhile(base, paths, () => i++ >= n);
}

export async function benchWrites(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-bench-writes-'));
  const url = `sqlite:${join(dir, 'writes.sqlite')}`;
  const { child, base } = await startServer('apps/api/src/server.ts', [], { DATABASE_URL: url, LOG: 'silent', DATA_DIR: join(repoRoot, 'data') });
  try {
    const db = connect(url);
    const token = (await createToken(db.db, 'bench-writes', 'editor')).token;
    await db.close();
    const auth = { Authorization: `Bearer ${token}` };

    for (let i = 0; i < 2; i++) await timedGet(base + cachedRead);
    const [idleHealth, idleRead] = await sampleCount(base, ['/healthz', cachedRead], 200);

    // 1. The big import.
    const csv = bigCitedCsv(ROWS);
    const form = new FormData();
    form.set('file', new File([csv], 'bench.csv', { type: 'text/csv' }));
    const t0 = performance.now();
    const res = await fetch(`${base}/api/v1/facts/cited`, { method: 'POST', headers: auth, body: form });
    const answerMs = performance.now() - t0;
    if (res.status !== 202) throw new Error(`upload: ${res.status} ${await res.text()}`);
    const job = Job.parse(await res.json());
    let finished: Job | null = null;
    const follow = (async () => {
      for (;;) {
        const j = Job.parse(await (await fetch(`${base}/api/v1/jobs/${job.id}`, { headers: auth })).json());
        if (j.status !== 'queued' && j.status !== 'running') return (finished = j);
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    const [busyHealth, busyRead] = await sampleWhile(base, ['/healthz', cachedRead], () => finished !== null);
    const done = await follow;
    const importMs = Date.parse(done.finished_at!) - Date.parse(done.created_at);
    process.stdout.write(
      `${ROWS.toLocaleString('en')}-row cited CSV (${(csv.length / 1e6).toFixed(1)} MB): 202 in ${answerMs.toFixed(0)} ms, job ${done.status} in ${(importMs / 1000).toFixed(1)} s` +
        ` (${done.report?.inserted ?? 0} inserted, ${done.report?.invalid_total ?? 0} invalid)\n`,
    );
    process.stdout.write(`${line('/healthz, idle', idleHealth!)}\n${line('/healthz, during the import', busyHealth!)}\n`);
    process.stdout.write(`${line('cached series, idle', idleRead!)}\n${line('cached series, during the import', busyRead!)}\n`);

    // 2. Eight exports at once, each computed (a filter of its own).
    const exports = ['', '?region=da-nang', '?region=ha-noi', '?indicator=ict_revenue', '?indicator=software_export', '?indicator=it_revenue', '?region=da-nang&indicator=ict_revenue', '?region=ha-noi&indicator=it_revenue'];
    let exportsDone = false;
    const e0 = performance.now();
    const all = Promise.all(
      exports.map(async (qs) => {
        const r = await getOnce(`${base}/api/v1/facts.csv${qs}`);
        if (r.status !== 200) throw new Error(`facts.csv${qs}: ${r.status}`);
        return r.bytes;
      }),
    ).finally(() => (exportsDone = true));
    const [exportHealth] = await sampleWhile(base, ['/healthz'], () => exportsDone, 5);
    const sizes = await all;
    process.stdout.write(
      `8 facts.csv exports at once (${(sizes.reduce((a, b) => a + b, 0) / 1e6).toFixed(1)} MB in all) in ${((performance.now() - e0) / 1000).toFixed(1)} s\n${line('/healthz, during the 8 exports', exportHealth!)}\n`,
    );
    const worst = Math.max(q(busyHealth!.ms, 0.99), q(busyRead!.ms, 0.99), q(exportHealth!.ms, 0.99));
    process.stdout.write(`writes: p99 of /healthz and the cached read during the import and the exports ${worst.toFixed(1)} ms (goal < 50 ms): ${worst < 50 ? 'met' : 'NOT met'}\n`);
  } finally {
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
}
