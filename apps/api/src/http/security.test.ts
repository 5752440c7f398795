import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorApp, type EditorApp } from '../testing/editors';

const src = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) && !path.includes(`${join('src', 'testing')}`) ? [path] : [];
  });
}

describe('SQL goes only through Kysely, with parameters', () => {
  const files = sourceFiles(src).map((path) => ({ path: relative(src, path), text: readFileSync(path, 'utf8') }));

  it('scans the API sources', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('no raw SQL escape hatches: sql.raw, sql.lit, CompiledQuery.raw', () => {
    const hits = files.filter((f) => /\bsql\.(raw|lit)\b|CompiledQuery\.raw/.test(f.text)).map((f) => f.path);
    expect(hits).toEqual([]);
  });

  it('no SQL built from strings: no interpolation into a SQL text outside Kysely’s sql`` tag (which makes parameters)', () => {
    const sqlWord = /\b(select|insert\s+into|update|delete\s+from|create\s+(table|index|trigger)|drop|alter\s+table|where|values)\b/i;
    const hits: string[] = [];
    for (const f of files) {
      // Template literals with an interpolation whose text reads as SQL, not tagged with sql.
      for (const m of f.text.matchAll(/(\bsql)?`([^`]*\$\{[^`]*)`/g)) {
        if (!m[1] && sqlWord.test(m[2]!.replace(/\$\{[^}]*\}/g, ''))) hits.push(`${f.path}: ${m[0].slice(0, 80)}`);
      }
      // String concatenation into a raw statement of the SQLite handle.
      for (const m of f.text.matchAll(/\.(prepare|exec)\(([^)]*)\)/g)) {
        if (/\$\{|\+\s*\w/.test(m[2]!)) hits.push(`${f.path}: ${m[0].slice(0, 80)}`);
      }
    }
    expect(hits).toEqual([]);
  });
});

describe('security headers on every kind of response', () => {
  let t: EditorApp;
  beforeAll(async () => {
    t = await editorApp();
  });
  afterAll(async () => t.close());

  it('JSON, problem+json, CSV, HTML, 304 and 401 all carry CSP, nosniff and a referrer policy, and no stack trace', async () => {
    const first = await t.req('GET', '/api/v1/indicators');
    const responses = [
      first,
      await t.req('GET', '/api/v1/indicators', { headers: { 'If-None-Match': first.headers.get('etag')! } }),
      await t.req('GET', '/api/v1/indicators/nope/series'),
      await t.req('GET', '/api/v1/facts.csv'),
      await t.req('GET', '/api/v1/docs'),
      await t.req('POST', '/api/v1/sources'),
      await t.req('PATCH', '/api/v1/facts/1', { token: t.editor, json: { value: 'x'.repeat(10_000) } }),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 304, 404, 200, 200, 401, 400]);
    for (const r of responses) {
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(r.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(r.headers.get('x-powered-by')).toBeNull();
      expect(await r.text()).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
  });
});
