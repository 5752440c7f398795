import { OEmbedResponse } from '@chiso/shared/embed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { silentLogger } from '../http/log';
import { editorApp, insertFact, type EditorApp } from '../testing/editors';
import { expectProblem } from '../testing/problem';
import { builtWebApp } from '../testing/web-dist';
import type { ApiRouter } from './route';

let t: EditorApp;
let dist: string;
beforeAll(async () => {
  dist = builtWebApp();
  t = await editorApp({ webDist: dist });
});
afterAll(async () => t.close());

/** Everything a page body links to this site with, for one origin. */
const bodies = (app: ApiRouter, origin: string, headers: Record<string, string> = {}, pasted = origin) =>
  Promise.all(
    [
      '/embed/ict_revenue?lang=en',
      '/indicators/ict_revenue?from=2020',
      '/api/v1/charts/ict_revenue.svg',
      `/api/v1/oembed?url=${encodeURIComponent(`${pasted}/indicators/ict_revenue`)}`,
    ].map(async (path) => {
      const res = await app.request(`${origin}${path}`, { headers });
      expect(res.status, path).toBe(200);
      return res.text();
    }),
  );

describe('the public origin in bodies (issue 15, items 1 and 2)', () => {
  it('a hostile Host, sent twice, never reaches another visitor: every link of a clean request is clean', async () => {
    for (let i = 0; i < 2; i++) {
      const evil = await bodies(t.app, 'http://evil.example');
      expect(evil.join('\n')).toContain('evil.example');
    }
    const clean = await bodies(t.app, 'http://chiso.test');
    const all = clean.join('\n');
    expect(all).not.toContain('evil.example');
    const [embed, shell, svg, oembed] = clean;
    expect(embed).toContain('"origin":"http://chiso.test"');
    expect(embed).toContain('href="http://chiso.test/api/v1/oembed?url=');
    expect(shell).toMatch(/<meta property="og:url" content="http:\/\/chiso\.test\/indicators\/ict_revenue/);
    expect(shell).toMatch(/<meta property="og:image" content="http:\/\/chiso\.test\/api\/v1\/charts\//);
    expect(svg).toContain('href="http://chiso.test/indicators/ict_revenue');
    const o = OEmbedResponse.parse(JSON.parse(oembed!));
    expect(o.html).toContain('src="http://chiso.test/embed/ict_revenue');
    expect(o.provider_url).toBe('http://chiso.test/');
  });

  it('without TRUST_PROXY, forwarded headers are not read at all', async () => {
    const svg = await (await t.app.request('http://chiso.test/api/v1/charts/ict_revenue.svg', { headers: { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' } })).text();
    expect(svg).toContain('href="http://chiso.test/');
    expect(svg).not.toContain('evil.example');
  });

  it('behind a TLS proxy (TRUST_PROXY=1): https links from X-Forwarded-Proto and X-Forwarded-Host, checked', async () => {
    const { app } = await createApp({ db: t.db, log: silentLogger, catalogue: t.deps.catalogue(), webDist: dist, trustProxy: true });
    const proxied = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'chiso.example' };
    // The proxy reaches the server at 127.0.0.1; the public address is https://chiso.example.
    const [embed, shell, svg, oembed] = await bodies(app, 'http://127.0.0.1:8787', proxied, 'https://chiso.example');
    expect(embed).toContain('"origin":"https://chiso.example"');
    expect(shell).toContain('content="https://chiso.example/indicators/ict_revenue');
    expect(svg).toContain('href="https://chiso.example/');
    const o = OEmbedResponse.parse(JSON.parse(oembed!));
    expect(o.html).toContain('src="https://chiso.example/embed/');
    expect(o.provider_url).toBe('https://chiso.example/');
    expect(o.thumbnail_url).toMatch(/^https:\/\/chiso\.example\//);
    expect(`${embed}${shell}${svg}${oembed}`).not.toMatch(/http:\/\/(127\.0\.0\.1|chiso\.example)/);
    for (const [name, value] of [['X-Forwarded-Host', 'evil.example/x'], ['X-Forwarded-Proto', 'javascript']] as const) {
      await expectProblem(await app.request('/api/v1/charts/ict_revenue.svg', { headers: { ...proxied, [name]: value } }), 400);
    }
  });

  it('PUBLIC_URL: every link uses it, whatever the request says', async () => {
    const { app } = await createApp({ db: t.db, log: silentLogger, catalogue: t.deps.catalogue(), webDist: dist, publicUrl: 'https://so-lieu.example' });
    const [embed, , svg] = await bodies(app, 'http://evil.example', {}, 'https://so-lieu.example');
    expect(embed).toContain('"origin":"https://so-lieu.example"');
    expect(svg).toContain('href="https://so-lieu.example/');
    expect(`${embed}${svg}`).not.toContain('evil.example');
  });
});

describe('bodies are bounded (issue 15, item 4)', () => {
  it('a JSON body past 256 kB is a 413 problem on every route that reads one, and changes nothing', async () => {
    const id = await insertFact(t.db, { indicator: 'ict_revenue', year: 2097 });
    const big = { reason: 'x'.repeat(300 * 1024) };
    for (const [method, path, token] of [
      ['POST', `/api/v1/facts/${id}/reject`, t.editor],
      ['POST', `/api/v1/facts/${id}/accept`, t.editor],
      ['PATCH', `/api/v1/facts/${id}`, t.editor],
      ['POST', '/api/v1/sources/1/accept', t.editor],
      ['POST', '/api/v1/tokens', t.admin],
    ] as const) {
      await expectProblem(await t.req(method, path, { token, json: big }), 413);
    }
    const fact = await t.db.db.selectFrom('facts').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    expect(fact.status).toBe('pending');
  });

  it('a body without a Content-Length is counted as it arrives', async () => {
    const id = await insertFact(t.db, { indicator: 'ict_revenue', year: 2096 });
    const chunk = new TextEncoder().encode(`{"reason":"${'y'.repeat(64 * 1024)}`);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ < 8) c.enqueue(chunk);
        else c.close();
      },
    });
    const res = await t.app.request(`/api/v1/facts/${id}/reject`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${t.editor}`, 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expectProblem(res, 413);
  });
});

describe('read routes take only their own parameters (issue 15, item 7)', () => {
  it('an unknown parameter is a 400 that names it; the same parameters written otherwise are one cache entry', async () => {
    const p = await expectProblem(await t.req('GET', '/api/v1/indicators/ict_revenue/series?region=da-nang&cachebust=1'), 400);
    expect(p.detail).toMatch(/cachebust/);
    await expectProblem(await t.req('GET', '/api/v1/facts?limit=5&utm_source=x'), 400);
    await expectProblem(await t.req('GET', '/api/v1/indicators?x=1'), 400);
    const entries = () => t.deps.reads.cache.size.entries;
    const a = await t.req('GET', '/api/v1/facts?limit=5&offset=0');
    await t.req('GET', '/api/v1/facts?limit=5&offset=0');
    const before = entries();
    for (const q of ['offset=0&limit=5', 'limit=005', 'limit=5&offset=00']) {
      const r = await t.req('GET', `/api/v1/facts?${q}`);
      expect(r.headers.get('etag')).toBe(a.headers.get('etag'));
    }
    expect(entries()).toBe(before);
  });

  it('asof still answers, and is validated', async () => {
    expect((await t.req('GET', '/api/v1/indicators/ict_revenue/series?asof=2000-01-01')).status).toBe(200);
    await expectProblem(await t.req('GET', '/api/v1/indicators/ict_revenue/series?asof=2019-02-31'), 400);
  });

  it('the app shell ignores what people append to shared links, and keeps its preview tags', async () => {
    const html = await (await t.app.request('http://chiso.test/indicators/ict_revenue?fbclid=abc&year=2018')).text();
    expect(html).toContain('og:title');
  });
});

describe('methods and missing files (issue 15, item 9)', () => {
  it('a wrong method on an existing path is a 405 with Allow', async () => {
    const res = await t.req('DELETE', '/api/v1/indicators');
    await expectProblem(res, 405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    const fact = await t.req('PUT', '/api/v1/facts/1');
    await expectProblem(fact, 405);
    expect(fact.headers.get('allow')).toBe('GET, HEAD, PATCH');
    await expectProblem(await t.req('POST', '/api/v1/no-such-thing'), 404);
  });

  it('a missing /assets file is a 404, not the app shell cached for a year; a present one is', async () => {
    const missing = await t.req('GET', '/assets/app-0000.js');
    await expectProblem(missing, 404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    const present = await t.req('GET', '/assets/app-1234.js');
    expect(present.status).toBe(200);
    expect(present.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await t.req('GET', '/some/client/route')).headers.get('content-type')).toMatch(/text\/html/);
  });

  it('HEAD answers the headers of GET without a body; If-None-Match: * is a 304', async () => {
    const get = await t.req('GET', '/api/v1/dashboard?year=2022');
    const head = await t.req('HEAD', '/api/v1/dashboard?year=2022');
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
    expect(head.headers.get('content-length')).toBe(String((await get.arrayBuffer()).byteLength));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    const star = await t.req('GET', '/api/v1/dashboard?year=2022', { headers: { 'If-None-Match': '*' } });
    expect(star.status).toBe(304);
    expect(star.headers.get('etag')).toBe(get.headers.get('etag'));
    expect(star.headers.get('vary')).toBe('Accept-Encoding');
  });

  it('compression follows q-values: q=0 refuses an encoding, the higher q wins', async () => {
    const gzip = await t.req('GET', '/api/v1/indicators', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.headers.get('etag')).toMatch(/^W\//);
    const refused = await t.req('GET', '/api/v1/indicators', { headers: { 'Accept-Encoding': 'gzip;q=0, identity' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
    const preferred = await t.req('GET', '/api/v1/indicators', { headers: { 'Accept-Encoding': 'gzip;q=0.5, deflate;q=0.9' } });
    expect(preferred.headers.get('content-encoding')).toBe('deflate');
  });
});
