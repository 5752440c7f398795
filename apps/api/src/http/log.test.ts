import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connect } from '../db/connect';
import { prepareDatabase } from '../services/prepare-database';
import { seedAll } from '../seed';
import { jsonLogger } from './log';
import { createToken } from '../services/tokens';
import { fixtureDataDir, fixtureReport } from '../testing/fixtures';
import { scratchDatabase, type ScratchDatabase } from '../testing/scratch-db';
import { startServer, type ServerProcess } from '../testing/server-process';

let scratch: ScratchDatabase;
let server: ServerProcess;
let token: string;
let admin: string;

beforeAll(async () => {
  scratch = await scratchDatabase('log');
  const db = connect(scratch.url);
  await prepareDatabase(db);
  await seedAll(db.db, fixtureDataDir());
  token = (await createToken(db.db, 'log-editor', 'editor')).token;
  admin = (await createToken(db.db, 'log-admin', 'admin')).token;
  await db.close();
  server = await startServer({ DATABASE_URL: scratch.url });
});
afterAll(async () => {
  await server?.stop();
  await scratch.drop();
});

describe('the JSON log of a running server', () => {
  it('one line per request (method, path, status, ms) and per ingest; never a token', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    const calls: [string, RequestInit][] = [
      ['/api/v1/indicators', {}],
      [`/api/v1/dashboard?region=da-nang&token=${token}`, {}],
      ['/api/v1/auth/me', { headers: auth }],
      ['/api/v1/auth/me', { headers: { Authorization: `Bearer ${token}x` } }],
      ['/api/v1/tokens', { method: 'POST', headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'made-in-test' }) }],
      ['/api/v1/nope', {}],
    ];
    const form = new FormData();
    form.set('file', new File([readFileSync(resolve(fixtureDataDir(), 'reports', fixtureReport.file)), '\nlog test\n'], 'r.txt'));
    form.set('region', 'da-nang');
    calls.push(['/api/v1/sources', { method: 'POST', headers: auth, body: form }]);
    const bodies: string[] = [];
    for (const [path, init] of calls) bodies.push(await (await fetch(server.base + path, init)).text());
    const madeToken = /chiso_[A-Za-z0-9_-]{20,}/.exec(bodies[4]!)?.[0];
    // The log is written once per turn of the server's event loop: wait for the last request's line.
    await server.untilLine((l) => l.includes('"kind":"request"') && l.includes('"path":"/api/v1/sources"'));

    const entries = server.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = entries.filter((e) => e.kind === 'request');
    expect(requests.length).toBe(calls.length);
    for (const r of requests) {
      expect(typeof r.method).toBe('string');
      expect(r.path).toMatch(/^\//);
      expect(typeof r.status).toBe('number');
      expect(typeof r.ms).toBe('number');
    }
    // The token in a query string is an unknown parameter (400), and is not logged either.
    expect(requests.map((r) => r.status)).toEqual([200, 400, 200, 401, 201, 404, 201]);
    const ingests = entries.filter((e) => e.kind === 'ingest');
    expect(ingests).toHaveLength(1);
    expect(ingests[0]).toMatchObject({ editor: 'log-editor', created: true, region: 'da-nang' });

    const all = server.lines.join('\n');
    for (const secret of [token, admin, madeToken!]) {
      expect(secret).toBeTruthy();
      expect(all).not.toContain(secret);
      expect(all).not.toContain(secret.slice(6, 26));
    }
  });
});

describe('jsonLogger', () => {
  it('writes the lines of one turn of the event loop together, each whole and in order', async () => {
    const writes: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    try {
      for (let i = 0; i < 500; i++) jsonLogger({ kind: 'request', n: i, path: `/p/${'é'.repeat(i % 7)}` });
      expect(writes).toEqual([]);
      await new Promise((r) => setImmediate(r));
    } finally {
      spy.mockRestore();
    }
    expect(writes.length).toBe(1);
    const lines = writes.join('').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => (JSON.parse(l) as { n: number }).n)).toEqual([...Array(500).keys()]);
    for (const l of lines) expect(l).toMatch(/^\{"t":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z","kind":"request","n":\d+,"path":"[^"]*"\}$/);
    const t = Date.parse((JSON.parse(lines.at(-1)!) as { t: string }).t);
    expect(Math.abs(Date.now() - t)).toBeLessThan(60_000);
  });
});
