import {
  BulkAcceptResponse,
  DashboardResponse,
  FactsResponse,
  FactWithSource,
  RevisionsResponse,
  SeriesResponse,
} from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorApp, insertFact, testSource, type EditorApp } from '../testing/editors';
import { expectProblem } from '../testing/problem';

let t: EditorApp;
beforeAll(async () => {
  t = await editorApp();
});
afterAll(async () => t.close());

const fact = async (id: number) => FactWithSource.parse(await (await t.req('GET', `/api/v1/facts/${id}`)).json());

describe('review', () => {
  it('accepting a pending fact changes the dashboard and the series at once, with a new ETag', async () => {
    const id = await insertFact(t.db, { indicator: 'software_export', year: 2099, value: 777 });
    expect((await t.req('GET', '/api/v1/dashboard?year=2099')).status).toBe(404);
    const before = await t.req('GET', '/api/v1/indicators/software_export/series');
    const etag = before.headers.get('etag')!;
    expect(SeriesResponse.parse(await before.json()).points.some((p) => p.year === 2099)).toBe(false);

    const res = await t.req('POST', `/api/v1/facts/${id}/accept`, { token: t.editor });
    expect(res.status).toBe(200);
    expect(FactWithSource.parse(await res.json()).status).toBe('accepted');

    const after = await t.req('GET', '/api/v1/indicators/software_export/series', { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(SeriesResponse.parse(await after.json()).points.find((p) => p.year === 2099)?.value).toBe(777);
    const d = DashboardResponse.parse(await (await t.req('GET', '/api/v1/dashboard?year=2099')).json());
    expect(d.items.find((i) => i.indicator.key === 'software_export')?.value).toBe(777);

    // Accepting again is a no-op: no second revision.
    expect((await t.req('POST', `/api/v1/facts/${id}/accept`, { token: t.editor, json: {} })).status).toBe(200);
    const revs = RevisionsResponse.parse(await (await t.req('GET', `/api/v1/facts/${id}/revisions`)).json());
    expect(revs.revisions.map((r) => r.action)).toEqual(['accept']);
    expect(revs.revisions[0]).toMatchObject({ actor: 'test-editor', before: { status: 'pending' }, after: { status: 'accepted' } });
  });

  it('an edit changes the dashboard value and its ETag, makes the figure manual, and keeps before and after', async () => {
    const id = await insertFact(t.db, { indicator: 'ict_revenue', year: 2098, value: 100, status: 'accepted' });
    const first = await t.req('GET', '/api/v1/dashboard?year=2098');
    const etag = first.headers.get('etag')!;
    expect(DashboardResponse.parse(await first.json()).items.find((i) => i.indicator.key === 'ict_revenue')?.value).toBe(100);

    const res = await t.req('PATCH', `/api/v1/facts/${id}`, {
      token: t.editor,
      json: { value: 120.5, approx: 'about', change_pct: 12, change_vs_year: 2097, reason: 'the report says 120,5' },
    });
    expect(res.status).toBe(200);
    const edited = FactWithSource.parse(await res.json());
    expect(edited).toMatchObject({ value: 120.5, approx: 'about', change_pct: 12, method: 'manual', status: 'accepted' });

    const second = await t.req('GET', '/api/v1/dashboard?year=2098', { headers: { 'If-None-Match': etag } });
    expect(second.status).toBe(200);
    expect(second.headers.get('etag')).not.toBe(etag);
    const item = DashboardResponse.parse(await second.json()).items.find((i) => i.indicator.key === 'ict_revenue')!;
    expect(item.value).toBe(120.5);
    expect(item.stated_change_pct).toBe(12);

    const revs = RevisionsResponse.parse(await (await t.req('GET', `/api/v1/facts/${id}/revisions`)).json());
    const edit = revs.revisions.at(-1)!;
    expect(edit).toMatchObject({ action: 'edit', actor: 'test-editor', reason: 'the report says 120,5' });
    expect(edit.before?.value).toBe(100);
    expect(edit.after.value).toBe(120.5);
    expect(Date.parse(edit.at)).toBeGreaterThan(0);
  });

  it('a range replaces the value; accept: true edits and accepts in one revision', async () => {
    const id = await insertFact(t.db, { indicator: 'ict_revenue', year: 2097, value: 5 });
    const res = await t.req('PATCH', `/api/v1/facts/${id}`, {
      token: t.editor,
      json: { value_min: 8, value_max: 9, qualifier: 'estimate', accept: true },
    });
    expect(FactWithSource.parse(await res.json())).toMatchObject({ value: null, value_min: 8, value_max: 9, qualifier: 'estimate', status: 'accepted' });
    const revs = RevisionsResponse.parse(await (await t.req('GET', `/api/v1/facts/${id}/revisions`)).json());
    expect(revs.revisions.map((r) => r.action)).toEqual(['edit']);
  });

  it('PATCH validates: value and range together, half a range, unknown fields and indicators, nothing to change → 400', async () => {
    const id = await insertFact(t.db, { indicator: 'ict_revenue', year: 2096 });
    const patch = (json: unknown) => t.req('PATCH', `/api/v1/facts/${id}`, { token: t.editor, json });
    expect((await expectProblem(await patch({ value: 1, value_min: 1, value_max: 2 }), 400)).detail).toMatch(/either value or/);
    expect((await expectProblem(await patch({ value_min: 1 }), 400)).detail).toMatch(/both value_min and value_max/);
    expect((await expectProblem(await patch({ value_min: 3, value_max: 2 }), 400)).detail).toMatch(/not be above/);
    await expectProblem(await patch({ status: 'accepted' }), 400);
    expect((await expectProblem(await patch({ indicator: 'no_such_indicator' }), 400)).detail).toMatch(/no indicator/);
    await expectProblem(await patch({}), 400);
    await expectProblem(await patch({ year: 'twenty' }), 400);
    await expectProblem(await t.req('PATCH', `/api/v1/facts/${id}`, { token: t.editor, headers: { 'Content-Type': 'application/json' } }), 400);
  });

  it('reject needs a reason; the reason is kept in the revision', async () => {
    const id = await insertFact(t.db, { indicator: 'ict_revenue', year: 2095 });
    expect((await expectProblem(await t.req('POST', `/api/v1/facts/${id}/reject`, { token: t.editor, json: {} }), 400)).detail).toMatch(/reason/);
    await expectProblem(await t.req('POST', `/api/v1/facts/${id}/reject`, { token: t.editor, json: { reason: '   ' } }), 400);
    const res = await t.req('POST', `/api/v1/facts/${id}/reject`, { token: t.editor, json: { reason: 'a 9-month figure, not annual' } });
    expect(FactWithSource.parse(await res.json()).status).toBe('rejected');
    const revs = RevisionsResponse.parse(await (await t.req('GET', `/api/v1/facts/${id}/revisions`)).json());
    expect(revs.revisions[0]).toMatchObject({ action: 'reject', reason: 'a 9-month figure, not annual' });
  });

  it('a figure of data/facts/*.csv is changed in its file: 409 for edit and reject', async () => {
    const seeded = await t.db.db.selectFrom('facts').select('id').where('seed_key', 'like', 'seed:%').executeTakeFirstOrThrow();
    const p = await expectProblem(await t.req('PATCH', `/api/v1/facts/${seeded.id}`, { token: t.editor, json: { value: 1 } }), 409);
    expect(p.detail).toMatch(/data\/facts\/.+\.csv/);
    await expectProblem(await t.req('POST', `/api/v1/facts/${seeded.id}/reject`, { token: t.editor, json: { reason: 'x' } }), 409);
  });

  it('every write needs a token (401) and names a fact that exists (404)', async () => {
    const id = await insertFact(t.db, { indicator: 'ict_revenue', year: 2094 });
    await expectProblem(await t.req('POST', `/api/v1/facts/${id}/accept`), 401);
    await expectProblem(await t.req('POST', `/api/v1/facts/${id}/reject`, { json: { reason: 'x' } }), 401);
    await expectProblem(await t.req('PATCH', `/api/v1/facts/${id}`, { json: { value: 2 } }), 401);
    await expectProblem(await t.req('POST', `/api/v1/sources/1/accept?min_confidence=0.5`), 401);
    await expectProblem(await t.req('POST', `/api/v1/facts/${id}/accept`, { token: 'chiso_wrong' }), 401);
    expect((await fact(id)).status).toBe('pending');
    await expectProblem(await t.req('POST', '/api/v1/facts/99999999/accept', { token: t.editor }), 404);
    await expectProblem(await t.req('GET', '/api/v1/facts/99999999/revisions'), 404);
    await expectProblem(await t.req('POST', '/api/v1/facts/abc/accept', { token: t.editor }), 400);
  });

  it('bulk accept takes the pending facts at or above the confidence, from the query or the body', async () => {
    const source = await testSource(t.db, 2093);
    const ids = [];
    for (const [i, confidence] of [0.3, 0.79, 0.8, 0.95].entries()) {
      ids.push(await insertFact(t.db, { indicator: 'ict_revenue', year: 2093 - i, confidence, source_id: source }));
    }
    const rejected = await insertFact(t.db, { indicator: 'ict_revenue', year: 2080, confidence: 0.99, source_id: source, status: 'rejected' });

    const res = await t.req('POST', `/api/v1/sources/${source}/accept?min_confidence=0.8`, { token: t.editor });
    const body = BulkAcceptResponse.parse(await res.json());
    expect(body.accepted).toEqual([ids[2], ids[3]]);
    expect(body.facts).toEqual({ accepted: 2, pending: 2, rejected: 1 });
    expect((await fact(rejected)).status).toBe('rejected');
    const revs = RevisionsResponse.parse(await (await t.req('GET', `/api/v1/facts/${ids[2]}/revisions`)).json());
    expect(revs.revisions[0]?.reason).toMatch(/confidence ≥ 0.8/);

    const again = BulkAcceptResponse.parse(
      await (await t.req('POST', `/api/v1/sources/${source}/accept`, { token: t.editor, json: { min_confidence: 0.5 } })).json(),
    );
    expect(again.accepted).toEqual([ids[1]]);
    await expectProblem(await t.req('POST', `/api/v1/sources/${source}/accept`, { token: t.editor }), 400);
    await expectProblem(await t.req('POST', `/api/v1/sources/${source}/accept?min_confidence=2`, { token: t.editor }), 400);
    await expectProblem(await t.req('POST', '/api/v1/sources/99999999/accept?min_confidence=0.5', { token: t.editor }), 404);
  });

  it('the queue: pending facts of a source, least sure first', async () => {
    const source = await testSource(t.db, 2090);
    for (const confidence of [0.7, 0.2, 0.5]) await insertFact(t.db, { indicator: 'ict_revenue', year: 2090, confidence, source_id: source });
    const q = FactsResponse.parse(await (await t.req('GET', `/api/v1/facts?status=pending&source=${source}&sort=confidence`)).json());
    expect(q.total).toBe(3);
    expect(q.facts.map((f) => f.confidence)).toEqual([0.2, 0.5, 0.7]);
    const desc = FactsResponse.parse(await (await t.req('GET', `/api/v1/facts?status=pending&source=${source}&sort=-confidence`)).json());
    expect(desc.facts.map((f) => f.confidence)).toEqual([0.7, 0.5, 0.2]);
    await expectProblem(await t.req('GET', '/api/v1/facts?sort=random'), 400);
  });

  it('values are checked against their unit on edit, accept and bulk accept (issue 15, item 9)', async () => {
    const share = await insertFact(t.db, { indicator: 'digital_economy_grdp_share', year: 2095, value: 12 });
    for (const value of [1.2e29, -1, 100.5]) {
      const p = await expectProblem(await t.req('PATCH', `/api/v1/facts/${share}`, { token: t.editor, json: { value, reason: 'test' } }), 400);
      expect(p.detail).toMatch(/a share, from 0 to 100 %/);
    }
    await expectProblem(await t.req('PATCH', `/api/v1/facts/${share}`, { token: t.editor, json: { value: 12, change_pct: -150, reason: 'test' } }), 400);
    expect(FactWithSource.parse(await (await t.req('GET', `/api/v1/facts/${share}`)).json()).value).toBe(12);

    // A machine-read figure its unit cannot have (stored before the check, or read so) is not accepted as it is.
    const source = await testSource(t.db, 2095);
    const impossible = await insertFact(t.db, { indicator: 'digital_economy_grdp_share', year: 2095, value: 1.2e29, confidence: 0.99, source_id: source });
    const fine = await insertFact(t.db, { indicator: 'digital_economy_grdp_share', year: 2094, value: 30, confidence: 0.99, source_id: source });
    expect((await expectProblem(await t.req('POST', `/api/v1/facts/${impossible}/accept`, { token: t.editor }), 409)).detail).toMatch(/edit the figure first/);
    const bulk = BulkAcceptResponse.parse(await (await t.req('POST', `/api/v1/sources/${source}/accept?min_confidence=0.9`, { token: t.editor })).json());
    expect(bulk.accepted).toEqual([fine]);
    expect(FactWithSource.parse(await (await t.req('GET', `/api/v1/facts/${impossible}`)).json()).status).toBe('pending');
    // Edited to a value it can have, it is accepted.
    expect((await t.req('PATCH', `/api/v1/facts/${impossible}`, { token: t.editor, json: { value: 12.9, accept: true, reason: 'the report says 12,9' } })).status).toBe(200);
  });

  it('documents every editor endpoint in the OpenAPI document with its bearer security', async () => {
    const doc = (await (await t.req('GET', '/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
    };
    for (const [path, method] of [
      ['/api/v1/sources', 'post'],
      ['/api/v1/facts/{id}/accept', 'post'],
      ['/api/v1/facts/{id}/reject', 'post'],
      ['/api/v1/facts/{id}', 'patch'],
      ['/api/v1/sources/{id}/accept', 'post'],
      ['/api/v1/facts/cited', 'post'],
      ['/api/v1/jobs/{id}', 'get'],
      ['/api/v1/sources/{id}/retire', 'post'],
      ['/api/v1/auth/me', 'get'],
      ['/api/v1/tokens', 'post'],
    ] as const) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op!.security).toEqual([{ bearer: [] }]);
      expect(Object.keys(op!.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
    expect(doc.paths['/api/v1/facts/{id}/revisions']?.get).toBeDefined();
  });
});
