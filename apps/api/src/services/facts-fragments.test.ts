import { FactsQuery, FactsResponse } from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorApp, insertFact, type EditorApp } from '../testing/editors';
import { factsPage } from './facts-fragments';
import { factsResponseJson, pageRows, pageTotal } from './facts-json';

let t: EditorApp;
beforeAll(async () => {
  t = await editorApp();
});
afterAll(async () => t.close());

/** The page built from scratch, without the kept texts. */
async function built(q: FactsQuery): Promise<string> {
  const rows = await pageRows(t.db, q);
  return factsResponseJson(
    q,
    rows.map((r) => r.json!),
    await pageTotal(t.db, q, rows),
  );
}

const list = async (path: string) => {
  const res = await t.req('GET', path);
  expect(res.status).toBe(200);
  return res.text();
};

describe('facts kept as JSON text per data version', () => {
  it('serves every page as it is built, before and after an edit, whatever URL misses the response cache', async () => {
    const q = FactsQuery.parse({ indicator: 'ict_revenue', limit: 50 });
    const first = await list('/api/v1/facts?indicator=ict_revenue&limit=50');
    expect(first).toBe(await built(q));
    expect(await list('/api/v1/facts?indicator=ict_revenue&limit=50&miss=1')).toBe(first);
    // Overlapping pages in other orders reuse some texts and build the others.
    for (const path of ['/api/v1/facts?sort=position&limit=20', '/api/v1/facts?limit=500', '/api/v1/facts?indicator=ict_revenue&offset=3&limit=5']) {
      const { searchParams } = new URL(path, 'http://x');
      expect(await list(path)).toBe(await built(FactsQuery.parse(Object.fromEntries(searchParams))));
    }

    const id = FactsResponse.parse(JSON.parse(first)).facts[2]!.id;
    const res = await t.req('PATCH', `/api/v1/facts/${id}`, { token: t.editor, json: { value: 4242.5, reason: 'test' } });
    expect(res.status).toBe(200);
    const after = await list('/api/v1/facts?indicator=ict_revenue&limit=50&miss=2');
    expect(after).toBe(await built(q));
    expect(FactsResponse.parse(JSON.parse(after)).facts.find((f) => f.id === id)).toMatchObject({ value: 4242.5, method: 'manual' });
  });

  it('keeps texts per data version: a write that does not bump it is not seen, like the response cache', async () => {
    const q = FactsQuery.parse({ indicator: 'software_export' });
    const before = await factsPage(t.db, q);
    expect(await factsPage(t.db, q)).toEqual(before);
    const id = FactsResponse.parse(JSON.parse(factsResponseJson(q, before.facts, before.total))).facts[0]!.id;
    await t.db.db.updateTable('facts').set({ note: 'written without a version bump' }).where('id', '=', id).execute();
    expect((await factsPage(t.db, q)).facts[0]).toBe(before.facts[0]);

    await insertFact(t.db, { indicator: 'software_export', year: 2099, status: 'accepted' });
    const after = await factsPage(t.db, q);
    expect(after.total).toBe(before.total + 1);
    expect(after.facts[0]).toContain('written without a version bump');
    expect(factsResponseJson(q, after.facts, after.total)).toBe(await built(q));
  });

  it('an empty page and a page past the end', async () => {
    for (const q of [FactsQuery.parse({ indicator: 'no_such_indicator' }), FactsQuery.parse({ indicator: 'ict_revenue', offset: 1000 })]) {
      await factsPage(t.db, FactsQuery.parse({ indicator: 'ict_revenue' }));
      const page = await factsPage(t.db, q);
      expect(factsResponseJson(q, page.facts, page.total)).toBe(await built(q));
    }
  });
});
