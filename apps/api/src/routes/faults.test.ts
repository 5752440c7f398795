import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../config';
import type { Db } from '../db/connect';
import { prepareDatabase } from '../services/prepare-database';
import { seedAll } from '../seed';
import { loadCatalogue } from '../services/catalogue';
import { createToken } from '../services/tokens';
import { ingestDocument } from '../services/ingest';
import { sha256 } from '../util/hash';
import { corpusFile } from '../testing/editors';
import { fixtureDataDir } from '../testing/fixtures';
import { freshDb } from '../testing/harness';
import { scratchDatabase, withDb as withScratchDb, type ScratchDatabase } from '../testing/scratch-db';
import { startServer, type ServerProcess } from '../testing/server-process';

/**
 * Faults with real processes: SIGKILL inside an ingest and at moments across an upload, a client that hangs up
 * mid-upload, reads during a long ingest. What must hold: a source is there whole or not at all, the database
 * passes its integrity check, and reads go on.
 */
// A report with many figures, so that a kill can land between two of them.
const report = Buffer.from(corpusFile('danang-2019-review.txt'));
const variant = (tag: string) => new Uint8Array(Buffer.concat([report, Buffer.from(`\n(bản kiểm thử ${tag})\n`)]));

let scratch: ScratchDatabase;
let token: string;
let servers: ServerProcess[] = [];
/** How long a clean upload of the test report takes here, so that kills land before, inside and after it. */
let cleanUploadMs = 1000;

const withDb = <T>(f: (db: Db) => Promise<T>) => withScratchDb(scratch.url, f);

const count = (db: Db, table: 'sources' | 'facts' | 'fact_revisions') =>
  db.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n));

/** The facts a clean ingest of these bytes stores, from an ingest into a database of its own. */
async function expectedFacts(bytes: Uint8Array): Promise<number> {
  const db = await freshDb();
  try {
    const seed = await seedAll(db.db, fixtureDataDir());
    const r = await ingestDocument(db.db, seed.catalogue, { bytes, region: 'da-nang', actor: 'reference' });
    return r.facts.accepted + r.facts.pending + r.facts.rejected;
  } finally {
    await db.close();
  }
}

/** Whole or nothing: the source of these bytes is absent, or present with every fact and every revision. */
async function wholeOrNothing(bytes: Uint8Array, expected: number): Promise<'whole' | 'nothing'> {
  return withDb(async (db) => {
    const src = await db.db.selectFrom('sources').select('id').where('sha256', '=', sha256(bytes)).executeTakeFirst();
    if (db.sqlite) {
      expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.sqlite.pragma('foreign_key_check')).toEqual([]);
    }
    if (!src) return 'nothing';
    const facts = await db.db.selectFrom('facts').select('id').where('source_id', '=', src.id).execute();
    expect(facts.length).toBe(expected);
    const revisions = facts.length
      ? await db.db.selectFrom('fact_revisions').select('fact_id').where('fact_id', 'in', facts.map((f) => f.id)).execute()
      : [];
    expect(revisions.length).toBe(expected);
    return 'whole';
  });
}

function upload(base: string, bytes: Uint8Array, name: string): Promise<Response> {
  const form = new FormData();
  form.set('file', new File([bytes], name));
  form.set('region', 'da-nang');
  return fetch(`${base}/api/v1/sources`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${token}` } });
}

async function server(): Promise<ServerProcess> {
  const s = await startServer({ DATABASE_URL: scratch.url });
  servers.push(s);
  return s;
}

beforeAll(async () => {
  scratch = await scratchDatabase('faults');
  await withDb(async (db) => {
    await prepareDatabase(db);
    await seedAll(db.db, fixtureDataDir());
    token = (await createToken(db.db, 'fault-editor', 'editor')).token;
  });
});
afterAll(async () => {
  for (const s of servers) await s.kill();
  await scratch.drop();
});

describe('faults', () => {
  it('SIGKILL inside the ingest transaction: nothing of the source stays, the database is sound, the same file then goes in whole', async () => {
    const bytes = variant('kill-in-transaction');
    const expected = await expectedFacts(bytes);
    expect(expected).toBeGreaterThan(3);
    const before = await withDb(async (db) => ({ sources: await count(db, 'sources'), facts: await count(db, 'facts') }));

    const dir = mkdtempSync(join(tmpdir(), 'chiso-fault-'));
    const file = join(dir, 'report.txt');
    writeFileSync(file, bytes);
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(repoRoot, 'apps/api/src/testing/ingest-child.ts'), file, '2'], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: scratch.url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((res, rej) => {
      child.stdout!.setEncoding('utf8').on('data', (s: string) => s.includes('MID') && res());
      child.once('exit', (code) => rej(new Error(`ingest child exited ${code} before the middle`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });

    expect(await wholeOrNothing(bytes, expected)).toBe('nothing');
    expect(await withDb(async (db) => ({ sources: await count(db, 'sources'), facts: await count(db, 'facts') }))).toEqual(before);

    const s = await server();
    await (await upload(s.base, variant('warm-up'), 'report.txt')).arrayBuffer();
    const u0 = performance.now();
    const res = await upload(s.base, bytes, 'report.txt');
    cleanUploadMs = performance.now() - u0;
    expect(res.status).toBe(201);
    expect(await wholeOrNothing(bytes, expected)).toBe('whole');
    await s.stop();
  });

  it('SIGKILL of the server at moments across an upload: each source whole or absent after a restart', async () => {
    const outcomes: string[] = [];
    for (const delay of [0.05, 0.5, 0.9, 3].map((f) => Math.round(f * cleanUploadMs))) {
      const bytes = variant(`kill-server-${delay}`);
      const expected = await expectedFacts(bytes);
      const s = await server();
      await (await upload(s.base, variant(`warm-up-${delay}`), 'report.txt')).arrayBuffer();
      const pending = upload(s.base, bytes, 'report.txt').catch(() => null);
      await new Promise((r) => setTimeout(r, delay));
      await s.kill();
      await pending;
      const restarted = await server();
      expect((await fetch(`${restarted.base}/healthz`)).status).toBe(200);
      outcomes.push(`${delay} ms: ${await wholeOrNothing(bytes, expected)}`);
      await restarted.stop();
    }
    process.stdout.write(`kill during an upload (a clean one takes ${Math.round(cleanUploadMs)} ms): ${outcomes.join(', ')}\n`);
  });

  it('a client that hangs up mid-upload leaves nothing behind, and the server goes on', async () => {
    const s = await server();
    const before = await withDb((db) => count(db, 'sources'));
    const boundary = 'x-fault-boundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="region"\r\n\r\nda-nang\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n\r\n`;
    await new Promise<void>((res) => {
      const req = request(`${s.base}/api/v1/sources`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': String(4 * 1024 * 1024),
        },
      });
      req.on('error', () => res());
      req.on('close', () => res());
      req.write(head);
      req.write(report);
      req.write(Buffer.alloc(512 * 1024, 0x41), () => setTimeout(() => req.destroy(), 50));
    });
    // The server has dealt with the cut request once it logs it.
    await s.untilLine((l) => l.includes('"kind":"request"') && l.includes('"path":"/api/v1/sources"'));
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    expect(await withDb((db) => count(db, 'sources'))).toBe(before);
    const after = await upload(s.base, variant('after-hang-up'), 'report.txt');
    expect(after.status).toBe(201);
    await s.stop();
  });

  it('reads keep being served while a long ingest runs', async () => {
    const s = await server();
    const slow = new TextEncoder().encode('Doanh thu đạt 1.000 tỷ đồng. '.repeat(4000));
    const t0 = performance.now();
    let ingestMs = 0;
    const ingest = upload(s.base, slow, 'slow.txt').then(async (r) => {
      ingestMs = performance.now() - t0;
      return r.status;
    });
    const latencies: number[] = [];
    let done = false;
    void ingest.finally(() => (done = true));
    for (let i = 0; !done && i < 5000; i++) {
      const r0 = performance.now();
      const res = await fetch(`${s.base}/api/v1/indicators/ict_revenue/series?region=da-nang&from=${1900 + (i % 100)}`);
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      latencies.push(performance.now() - r0);
    }
    expect([201, 422]).toContain(await ingest);
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))]!.toFixed(1);
    process.stdout.write(
      `reads during a ${Math.round(ingestMs)} ms ingest: ${latencies.length} uncached reads, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms\n`,
    );
    expect(latencies.length).toBeGreaterThan(5);
    await s.stop();
  });
});

afterAll(() => {
  if (scratch?.file) {
    const check = new SQLite(scratch.file, { readonly: true, fileMustExist: false });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  }
});
