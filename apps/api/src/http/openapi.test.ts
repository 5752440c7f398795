import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp, type TestApp } from '../testing/harness';
import { exampleAt, openApiDocument, operations } from './openapi';

let t: TestApp;
beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'chiso-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><title>Chỉ số</title></head><body></body></html>');
  t = await seededApp({ webDist: dist });
});
afterAll(async () => t.close());

/** Serving the built web app: files, and the app's shell for its client-side routes. No resource of the API. */
const staticFiles = new Set(['/assets/*', '*', '/*']);

describe('the OpenAPI document', () => {
  it('describes every route the app has: a route declared any other way fails here', () => {
    const paths = openApiDocument(t.app, 'test').paths ?? {};
    const documented = new Set(Object.entries(paths).flatMap(([path, item]) => Object.keys(item ?? {}).map((m) => `${m.toUpperCase()} ${path}`)));
    const routed = t.app.routes
      .filter((r) => r.method !== 'ALL' && !staticFiles.has(r.path))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(routed.length).toBeGreaterThan(20);
    expect([...new Set(routed)].filter((r) => !documented.has(r))).toEqual([]);
  });

  it('documents parameters, bodies and answers from the declarations', () => {
    const paths = openApiDocument(t.app, 'test').paths as Record<string, Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, unknown>; requestBody?: unknown; security?: unknown[] }>>;
    const series = paths['/api/v1/indicators/{key}/series']!.get!;
    expect(series.parameters!.map((p) => `${p.in}:${p.name}`).sort()).toEqual(['path:key', 'query:asof', 'query:from', 'query:region', 'query:regions', 'query:to']);
    expect(Object.keys(series.responses).sort()).toEqual(['200', '400', '404']);
    const reject = paths['/api/v1/facts/{id}/reject']!.post!;
    expect(reject.requestBody).toBeDefined();
    expect(reject.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(reject.responses)).toEqual(expect.arrayContaining(['200', '401', '413']));
  });

  it('is served, with a docs page in Vietnamese and English listing every path', async () => {
    const doc = (await (await t.get('/api/v1/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    const page = await (await t.get('/api/v1/docs')).text();
    expect(page).toContain('lang="vi"');
    expect(page).toContain('Đường dẫn / Path');
    for (const path of Object.keys(doc.paths)) expect(page).toContain(path.replace(/&/g, '&amp;'));
  });

  it('every endpoint has a Vietnamese summary and an example, and every GET example answers', async () => {
    const ops = operations(openApiDocument(t.app, 'test'));
    expect(ops.filter(({ op }) => !op['x-summary-vi'] || !op['x-example']).map(({ method, path }) => `${method} ${path}`)).toEqual([]);
    const page = await (await t.get('/api/v1/docs')).text();
    const origin = 'http://localhost';
    for (const { op } of ops) expect(page).toContain(exampleAt(op['x-example']!, origin).replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    // A public GET's example is a request that works (pages of the web app need its build, which this test has not;
    // page images exist only for scanned uploads, which the seeded data has none of: the answer says so).
    const needsScan = new Set(['/api/v1/sources/{id}/pages/{file}']);
    // The tile map draws the 34 provinces of today's map; the fixture's catalogue holds a few regions: the answer says so.
    const needsMap = new Set(['/api/v1/maps/{file}']);
    for (const { method, path, op } of ops) {
      const example = exampleAt(op['x-example']!, origin);
      if (method !== 'get' || !/^\/(api|healthz)/.test(example) || op.security?.length) continue;
      const res = await t.get(example);
      // Read every answer whole: a streamed download must finish before the database closes.
      const body = await res.text();
      if (needsScan.has(path)) expect(body, example).toContain('only pages read by OCR have one');
      else if (needsMap.has(path)) expect(body, example).toContain('the tile map shows the 34 provinces');
      else expect([200, 302], example).toContain(res.status);
    }
  });
});
