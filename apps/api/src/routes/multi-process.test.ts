import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SourcesResponse } from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../db/connect';
import { prepareDatabase } from '../services/prepare-database';
import { defaultRateLimits } from '../http/rate-limit';
import { seedAll } from '../seed';
import { createToken } from '../services/tokens';
import { fixtureDataDir, fixtureReport } from '../testing/fixtures';
import { scratchDatabase, type ScratchDatabase } from '../testing/scratch-db';
import { startServer, type ServerProcess } from '../testing/server-process';

/** Two API processes on one database (SQLite file or PostgreSQL): a write through one is read through the other. */
let scratch: ScratchDatabase;
let a: ServerProcess;
let b: ServerProcess;
let token: string;
const report = readFileSync(resolve(fixtureDataDir(), 'reports', fixtureReport.file));

beforeAll(async () => {
  scratch = await scratchDatabase('multi');
  const db = connect(scratch.url);
  await prepareDatabase(db);
  await seedAll(db.db, fixtureDataDir());
  token = (await createToken(db.db, 'multi-editor', 'editor')).token;
  await db.close();
  [a, b] = await Promise.all([startServer({ DATABASE_URL: scratch.url }), startServer({ DATABASE_URL: scratch.url })]);
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await scratch.drop();
});

async function sources(s: ServerProcess, etag?: string): Promise<{ status: number; etag: string | null; ids: number[] }> {
  const res = await fetch(`${s.base}/api/v1/sources`, { headers: etag ? { 'If-None-Match': etag } : {} });
  const ids = res.status === 200 ? SourcesResponse.parse(await res.json()).sources.map((x) => x.id) : [];
  return { status: res.status, etag: res.headers.get('etag'), ids };
}

async function uploadThrough(s: ServerProcess, tag: string): Promise<number> {
  const form = new FormData();
  form.set('file', new File([Buffer.concat([report, Buffer.from(`\n${tag}\n`)])], `${tag}.txt`));
  form.set('region', 'da-nang');
  const res = await fetch(`${s.base}/api/v1/sources`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${token}` } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { source: { id: number } }).source.id;
}

describe('several API processes on one database', () => {
  it('a write through one process is served by the other at once: its cache and ETags follow', async () => {
    for (const [writer, reader] of [
      [a, b],
      [b, a],
    ] as const) {
      const cached = await sources(reader);
      expect((await sources(reader, cached.etag!)).status).toBe(304);
      const id = await uploadThrough(writer, `written-through-${writer.base}`);
      const after = await sources(reader, cached.etag!);
      expect(after.status).toBe(200);
      expect(after.ids).toContain(id);
      expect(after.etag).not.toBe(cached.etag);
      // The other process agrees byte for byte.
      expect((await sources(writer)).etag).toBe(after.etag);
    }
  });

  it('WEB_CONCURRENCY=2: one port, two worker processes, every answer after a write sees it', async () => {
    const c = await startServer({ DATABASE_URL: scratch.url, WEB_CONCURRENCY: '2' });
    try {
      await c.untilLine(() => c.lines.filter((l) => l.startsWith('Chỉ số is running')).length >= 2, 60_000);
      expect(c.lines.filter((l) => l.startsWith('Chỉ số is running'))).toHaveLength(2);
      const before = await Promise.all(Array.from({ length: 6 }, () => sources(c)));
      const id = await uploadThrough(c, 'written-through-the-cluster');
      const after = await Promise.all(Array.from({ length: 6 }, () => sources(c)));
      expect(before.every((r) => !r.ids.includes(id))).toBe(true);
      expect(after.every((r) => r.ids.includes(id))).toBe(true);
    } finally {
      await c.stop();
    }
  });

  // Last: it blocks 127.0.0.1, the address of every request here, for the rest of the window.
  it('failed sign-ins through either process count against one limit, then both answer a wrong token 429 with Retry-After and a good one 200', async () => {
    const me = (s: ServerProcess, t: string) => fetch(`${s.base}/api/v1/auth/me`, { headers: { Authorization: `Bearer ${t}` } });
    const limit = defaultRateLimits.failedSignIns;
    for (let i = 0; i < limit; i++) {
      if (i === limit - 1) expect((await me(a, token)).status).toBe(200);
      expect((await me(i % 2 ? b : a, `chiso_wrong-${i}`)).status).toBe(401);
    }
    for (const s of [a, b]) {
      expect((await me(s, token)).status).toBe(200);
      const res = await me(s, 'chiso_wrong-again');
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await res.json()) as { detail: string }).detail).toMatch(/failed sign-ins/);
    }
  });
});
