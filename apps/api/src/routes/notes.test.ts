import { FactsResponse, FactWithSource, RevisionsResponse, SourceDetail } from '@chiso/shared';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorApp, insertFact, type EditorApp } from '../testing/editors';
import { expectProblem } from '../testing/problem';

let t: EditorApp;
let id: number;
const note = 'review held 16 Jan 2024; viettimes gives 17598';
beforeAll(async () => {
  t = await editorApp();
  id = await insertFact(t.db, { indicator: 'ict_revenue', year: 2030, value: 5, status: 'accepted', note, method: 'curated' });
  // The note also reaches the fact's history through an edit.
  const res = await t.req('PATCH', `/api/v1/facts/${id}`, { token: t.editor, json: { note: `${note} (checked)` } });
  expect(res.status).toBe(200);
});
afterAll(async () => t.close());

const publicAnswers = () => [
  `/api/v1/facts?indicator=ict_revenue&year=2030`,
  `/api/v1/facts/${id}`,
  `/api/v1/facts/${id}/revisions`,
  '/api/v1/facts.csv?indicator=ict_revenue',
  '/api/v1/series.csv?indicators=ict_revenue',
  '/api/v1/indicators/ict_revenue/series',
  '/api/v1/charts/ict_revenue.svg',
];

async function textOf(res: Response): Promise<string> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return new TextDecoder().decode(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(Object.values(zip.files).map((f) => f.async('string')));
  return parts.join('\n');
}

describe('internal curator notes', () => {
  it('never appear in a public answer, download or embed', async () => {
    for (const path of [...publicAnswers(), '/api/v1/facts.xlsx?indicator=ict_revenue', '/api/v1/series.xlsx?indicators=ict_revenue']) {
      const res = await t.req('GET', path);
      expect(res.status, path).toBe(200);
      expect(await textOf(res), path).not.toContain('review held');
    }
    const fact = FactWithSource.parse(await (await t.req('GET', `/api/v1/facts/${id}`)).json());
    expect(fact).not.toHaveProperty('note');
    const source = SourceDetail.parse(await (await t.req('GET', `/api/v1/sources/${fact.source_id}`)).json());
    expect(source.fact_list.every((f) => f.note === undefined)).toBe(true);
  });

  it('are in what an editor reads with a token, which is private and never cached for others', async () => {
    const list = await t.req('GET', '/api/v1/facts?indicator=ict_revenue&year=2030', { token: t.editor });
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('private, no-cache');
    expect(list.headers.get('vary')).toMatch(/Authorization/);
    expect(FactsResponse.parse(await list.json()).facts[0]!.note).toBe(`${note} (checked)`);
    const one = FactWithSource.parse(await (await t.req('GET', `/api/v1/facts/${id}`, { token: t.editor })).json());
    expect(one.note).toBe(`${note} (checked)`);
    const history = RevisionsResponse.parse(await (await t.req('GET', `/api/v1/facts/${id}/revisions`, { token: t.editor })).json());
    expect(history.revisions.map((r) => [r.before?.note, r.after.note])).toEqual([[note, `${note} (checked)`]]);

    // The public answer right after is still the public one, and says it varies on the token.
    const again = await t.req('GET', '/api/v1/facts?indicator=ict_revenue&year=2030');
    expect(again.headers.get('vary')).toMatch(/Authorization/);
    expect(await again.text()).not.toContain('review held');
  });

  it('a wrong token on a public read is refused, not answered as public', async () => {
    await expectProblem(await t.req('GET', `/api/v1/facts/${id}`, { token: 'not-a-token' }), 401);
  });
});
