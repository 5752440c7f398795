import { FactsQuery, FactsResponse } from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsPageBody } from '../services/facts-json';
import { editorApp, type EditorApp } from '../testing/editors';

let t: EditorApp;
beforeAll(async () => {
  t = await editorApp();
});
afterAll(async () => t.close());

/** The page built by the service, for comparison with what the route sends. */
async function built(q: FactsQuery): Promise<string> {
  const body = await factsPageBody(t.db, q);
  return typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
}

const list = async (path: string) => {
  const res = await t.req('GET', path);
  expect(res.status).toBe(200);
  return res.text();
};

describe('GET /facts: the page the database writes', () => {
  it('serves every page as it is built, before and after an edit', async () => {
    const q = FactsQuery.parse({ indicator: 'ict_revenue', limit: 50 });
    const first = await list('/api/v1/facts?indicator=ict_revenue&limit=50');
    expect(first).toBe(await built(q));
    // The same parameters written otherwise are the same page (and the same cache entry).
    expect(await list('/api/v1/facts?limit=050&offset=0&indicator=ict_revenue')).toBe(first);
    for (const path of ['/api/v1/facts?sort=position&limit=20', '/api/v1/facts?limit=500', '/api/v1/facts?indicator=ict_revenue&offset=3&limit=5']) {
      const { searchParams } = new URL(path, 'http://x');
      expect(await list(path)).toBe(await built(FactsQuery.parse(Object.fromEntries(searchParams))));
    }

    // A figure read from the report (the cited ones are changed in their file).
    const id = FactsResponse.parse(JSON.parse(first)).facts.find((f) => f.source.kind === 'report')!.id;
    const res = await t.req('PATCH', `/api/v1/facts/${id}`, { token: t.editor, json: { value: 4242.5, reason: 'test' } });
    expect(res.status).toBe(200);
    const after = await list('/api/v1/facts?indicator=ict_revenue&limit=50');
    expect(after).toBe(await built(q));
    expect(FactsResponse.parse(JSON.parse(after)).facts.find((f) => f.id === id)).toMatchObject({ value: 4242.5, method: 'manual' });
  });

  it('an empty page and a page past the end', async () => {
    for (const q of [FactsQuery.parse({ indicator: 'no_such_indicator' }), FactsQuery.parse({ indicator: 'ict_revenue', offset: 1000 })]) {
      const page = FactsResponse.parse(JSON.parse(await list(`/api/v1/facts?indicator=${q.indicator}&offset=${q.offset}`)));
      expect(page.facts).toEqual([]);
      expect(page.total).toBe(q.indicator === 'ict_revenue' ? (await t.db.db.selectFrom('facts').where('indicator', '=', 'ict_revenue').select(t.db.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n : 0);
    }
  });
});
