import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app';
import { seededApp, type TestApp } from '../testing/harness';
import { nodeListener } from './fast-path';

let t: TestApp;
let hono: Hono;
let intoHono: () => number;
let server: Server;
let base: string;
const logged: Record<string, unknown>[] = [];

beforeAll(async () => {
  t = await seededApp();
  const log = (e: Record<string, unknown>) => logged.push(e);
  const { app, deps } = await createApp({ db: t.db, log, catalogue: t.seed.catalogue });
  hono = app;
  const fetch = vi.spyOn(app, 'fetch');
  intoHono = () => fetch.mock.calls.length;
  server = createServer(nodeListener(app, deps, log));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await t.close();
});

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(base + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])), body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

const compared = ['etag', 'content-type', 'cache-control', 'vary', 'content-disposition', 'content-encoding', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'cross-origin-opener-policy'];
const pick = (h: Record<string, string>) => Object.fromEntries(compared.map((k) => [k, h[k]]));

describe('cached reads sent straight from the cache', () => {
  it.each([
    ['/api/v1/indicators/ict_revenue/series?region=da-nang', {}],
    ['/api/v1/dashboard?region=da-nang&year=2022', { 'Accept-Encoding': 'gzip, deflate, br' }],
    ['/api/v1/indicators/ict_revenue/series.csv?region=da-nang', {}],
    ['/api/v1/facts?indicator=ict_revenue', { 'Accept-Encoding': 'gzip' }],
  ])('%s: the same status, headers and bytes as through Hono', async (path, headers) => {
    const viaHono = await get(path, headers);
    await get(path, headers); // missed twice: kept now
    const before = logged.length;
    const fromCache = await get(path, headers);
    expect(fromCache.status).toBe(200);
    expect(pick(fromCache.headers)).toEqual(pick(viaHono.headers));
    const decode = (r: typeof viaHono) => (r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body).toString('utf8');
    expect(decode(fromCache)).toBe(decode(viaHono));
    const notModified = await get(path, { ...headers, 'If-None-Match': viaHono.headers.etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.headers['x-content-type-options']).toBe('nosniff');
    expect(logged.slice(before).map((e) => [e.kind, e.method, e.path, e.status])).toEqual([
      ['request', 'GET', path.split('?')[0], 200],
      ['request', 'GET', path.split('?')[0], 304],
    ]);
  });

  it('a write makes the next read go through Hono again and see it', async () => {
    const path = '/api/v1/sources';
    const first = await get(path);
    await t.db.db.insertInto('sources').values({ kind: 'article', title: 'fresh', created_at: '2026-01-01T00:00:00Z' }).execute();
    const { bumpDataVersion } = await import('../services/revisions');
    await bumpDataVersion(t.db.db);
    const second = await get(path);
    expect(second.headers.etag).not.toBe(first.headers.etag);
    expect(second.body.toString()).toContain('fresh');
  });
});

describe('cache misses of read routes computed at the listener', () => {
  it.each([
    ['/api/v1/dashboard?region=da-nang&year=2022', {}],
    ['/api/v1/indicators?miss=1', { 'Accept-Encoding': 'gzip' }],
    ['/api/v1/indicators/ict_revenue/series?region=da-nang&miss=1', {}],
    ['/api/v1/indicators/%69ct_revenue/series.csv?region=da-nang', {}],
    ['/api/v1/facts?indicator=ict_revenue&limit=5&sort=position', {}],
    ['/api/v1/facts/3', {}],
    ['/api/v1/sources?miss=1', { 'Accept-Encoding': 'gzip' }],
    ['/api/v1/sources/1', {}],
  ])('%s: without entering Hono, the same status, headers and bytes as Hono', async (path, headers) => {
    await get('/api/v1/indicators/ict_revenue'); // the data version is known
    const before = intoHono();
    const lean = await get(path, headers);
    expect(intoHono()).toBe(before);
    const viaHono = await hono.request(path, { headers });
    expect(lean.status).toBe(viaHono.status);
    const honoHeaders = Object.fromEntries([...viaHono.headers].map(([k, v]) => [k.toLowerCase(), v]));
    expect(pick(lean.headers)).toEqual(pick(honoHeaders));
    const decode = (encoding: string | undefined, bytes: Buffer) => (encoding === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8');
    expect(decode(lean.headers['content-encoding'], lean.body)).toBe(decode(honoHeaders['content-encoding'], Buffer.from(await viaHono.arrayBuffer())));
  });

  it.each([
    ['/api/v1/dashboard?region=atlantis', 404],
    ['/api/v1/dashboard?year=abc', 400],
    ['/api/v1/indicators/NOT-A-KEY/series', 400],
    ['/api/v1/indicators/%E0%A4%A/series', 400],
    ['/api/v1/facts/99999999', 404],
    ['/api/v1/sources/99999999', 404],
    ['/api/v1/nothing-here', 404],
  ])('%s: a bad request or a failed computation is answered by Hono (%i, problem+json)', async (path, status) => {
    const before = intoHono();
    const res = await get(path);
    expect(intoHono()).toBe(before + 1);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('the listener and Hono agree on any read-route request', () => {
  const value = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -5, max: 3000 }).map(String),
    fc.constantFrom('', 'da-nang', 'ict_revenue', 'software_export', '2022', '2018', 'accepted', 'pending', 'position', '-confidence', '%', '%zz', '\u0000', 'Đà Nẵng', 'a'.repeat(300)),
  );
  const request = fc.record({
    route: fc.constantFrom(
      '/api/v1/dashboard', '/api/v1/indicators', '/api/v1/indicators/{v}/series', '/api/v1/indicators/{v}/series.csv', '/api/v1/indicators/{v}',
      '/api/v1/facts', '/api/v1/facts/{v}', '/api/v1/facts.csv', '/api/v1/sources', '/api/v1/sources/{v}',
    ),
    segment: value,
    params: fc.array(fc.tuple(fc.constantFrom('region', 'year', 'from', 'to', 'asof', 'indicator', 'status', 'sort', 'limit', 'offset', 'source', 'x'), value), { maxLength: 4 }),
    miss: fc.nat(),
  });
  it('the same status, type and body, and never a 5xx', async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(request, async ({ route, segment, params, miss }) => {
        const query = new URLSearchParams([...params, ['miss', String(miss)]]);
        const path = `${route.replace('{v}', encodeURIComponent(segment))}?${query}`;
        tried++;
        const lean = await get(path);
        const viaHono = await hono.request(path);
        expect(lean.status, path).toBe(viaHono.status);
        expect(lean.status, path).toBeLessThan(500);
        expect(lean.headers['content-type'], path).toBe(viaHono.headers.get('content-type'));
        // Bytes, not text(): text() drops the CSV's byte order mark.
        if (lean.status === 200) expect(lean.body.equals(Buffer.from(await viaHono.arrayBuffer())), path).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(tried).toBe(300);
  });
});
