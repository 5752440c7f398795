import { FactWithSource, Job, RevisionsResponse, SeriesResponse, SourceDetail, SourcesResponse } from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorApp, insertFact, testSource, type EditorApp } from '../testing/editors';
import { expectProblem } from '../testing/problem';

/** Issue 15 item 9: an administrator retires a source; its facts leave the public data, each with a revision. */
let t: EditorApp;
beforeAll(async () => {
  t = await editorApp();
});
afterAll(async () => t.close());

const series = async () => SeriesResponse.parse(await (await t.req('GET', '/api/v1/indicators/software_export/series?region=da-nang')).json());

describe('POST /api/v1/sources/{id}/retire', () => {
  it('takes the source out of the public data in a job; its text is no longer served and its facts cannot be accepted again', async () => {
    const source = await testSource(t.db, 2097);
    const accepted = await insertFact(t.db, { indicator: 'software_export', year: 2097, value: 4242, status: 'accepted', source_id: source });
    const pending = await insertFact(t.db, { indicator: 'software_export', year: 2096, value: 17, source_id: source });
    // a page image, as a scanned source has: served until the source is retired
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    await t.db.db.insertInto('source_pages').values({ source_id: source, page: 1, width: 10, height: 14, mime: 'image/jpeg', image: Buffer.from(jpeg), text_start: null, text_end: null }).execute();
    expect((await t.req('GET', `/api/v1/sources/${source}/pages/1.jpg`)).status).toBe(200);
    expect((await series()).points.find((p) => p.year === 2097)?.value).toBe(4242);

    // Editors may not; the reason is required.
    await expectProblem(await t.req('POST', `/api/v1/sources/${source}/retire`, { token: t.editor, json: { reason: 'spam' } }), 403);
    await expectProblem(await t.req('POST', `/api/v1/sources/${source}/retire`, { token: t.admin, json: {} }), 400);
    await expectProblem(await t.req('POST', '/api/v1/sources/999999/retire', { token: t.admin, json: { reason: 'spam' } }), 404);

    const res = await t.req('POST', `/api/v1/sources/${source}/retire`, { token: t.admin, json: { reason: 'a page of spam' } });
    expect(res.status).toBe(202);
    const job = Job.parse(await res.json());
    expect(res.headers.get('location')).toBe(`/api/v1/jobs/${job.id}`);
    await t.deps.jobs.idle();
    const done = Job.parse(await (await t.req('GET', `/api/v1/jobs/${job.id}`, { token: t.editor })).json());
    expect(done).toMatchObject({ kind: 'retire', status: 'done', total: 2, done: 2, source_id: source, error: null });

    expect((await series()).points.find((p) => p.year === 2097)).toBeUndefined();
    for (const id of [accepted, pending]) {
      const revs = RevisionsResponse.parse(await (await t.req('GET', `/api/v1/facts/${id}/revisions`)).json());
      expect(revs.revisions.at(-1)).toMatchObject({ action: 'retire', actor: 'test-admin', after: { status: 'rejected' } });
    }
    const detail = SourceDetail.parse(await (await t.req('GET', `/api/v1/sources/${source}`)).json());
    expect(detail.text).toBeNull();
    expect(detail.pages).toEqual([]);
    await expectProblem(await t.req('GET', `/api/v1/sources/${source}/pages/1.jpg`), 404);
    expect(detail.retired).toMatchObject({ reason: 'a page of spam' });
    expect(detail.facts).toEqual({ pending: 0, accepted: 0, rejected: 2 });

    const accept = await t.req('POST', `/api/v1/facts/${pending}/accept`, { token: t.editor });
    await expectProblem(accept, 409);
    expect(FactWithSource.parse(await (await t.req('GET', `/api/v1/facts/${pending}`)).json()).status).toBe('rejected');

    // Again: nothing left to do, nothing written twice.
    const again = Job.parse(await (await t.req('POST', `/api/v1/sources/${source}/retire`, { token: t.admin, json: { reason: 'again' } })).json());
    await t.deps.jobs.idle();
    expect((await t.deps.jobs.get(again.id))).toMatchObject({ status: 'done', done: 0 });
    const revs = RevisionsResponse.parse(await (await t.req('GET', `/api/v1/facts/${accepted}/revisions`)).json());
    expect(revs.revisions.filter((r) => r.action === 'retire')).toHaveLength(1);
  });
});

describe('GET /api/v1/sources', () => {
  it('comes a page at a time, with the total, and refuses a page past the bounds', async () => {
    const all = SourcesResponse.parse(await (await t.req('GET', '/api/v1/sources?limit=500')).json());
    expect(all.total).toBe(all.sources.length);
    expect(all.total).toBeGreaterThan(3);
    const first = SourcesResponse.parse(await (await t.req('GET', '/api/v1/sources?limit=2')).json());
    const second = SourcesResponse.parse(await (await t.req('GET', '/api/v1/sources?limit=2&offset=2')).json());
    expect([...first.sources, ...second.sources].map((s) => s.id)).toEqual(all.sources.slice(0, 4).map((s) => s.id));
    expect(first).toMatchObject({ total: all.total, limit: 2, offset: 0 });
    const pending = SourcesResponse.parse(await (await t.req('GET', '/api/v1/sources?status=pending&limit=500')).json());
    expect(pending.sources.map((s) => s.id)).toEqual(all.sources.filter((s) => s.facts.pending > 0).map((s) => s.id));
    expect(pending.total).toBe(pending.sources.length);
    await expectProblem(await t.req('GET', '/api/v1/sources?limit=501'), 400);
    await expectProblem(await t.req('GET', '/api/v1/sources?offset=-1'), 400);
  });
});
