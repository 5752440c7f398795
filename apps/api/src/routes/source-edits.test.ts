import { FactsResponse, Source, SourceRevisionsResponse, SourcesResponse } from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorApp, type EditorApp } from '../testing/editors';
import { fixtureReport } from '../testing/fixtures';
import { expectProblem } from '../testing/problem';

let t: EditorApp;
let id: number;
beforeAll(async () => {
  t = await editorApp();
  const list = SourcesResponse.parse(await (await t.req('GET', '/api/v1/sources')).json());
  id = list.sources.find((s) => s.kind === 'report')!.id;
});
afterAll(async () => t.close());

describe('editing a source’s title', () => {
  it('changes the title everywhere it is cited, with a revision that says who, why, before and after', async () => {
    const res = await t.req('PATCH', `/api/v1/sources/${id}`, { token: t.editor, json: { title: 'Báo cáo tổng kết công tác năm 2018', reason: 'tiêu đề trong văn bản' } });
    expect(res.status).toBe(200);
    expect(Source.parse(await res.json()).title).toBe('Báo cáo tổng kết công tác năm 2018');
    const facts = FactsResponse.parse(await (await t.req('GET', `/api/v1/facts?source=${id}`)).json()).facts;
    expect(facts.every((f) => f.source.title === 'Báo cáo tổng kết công tác năm 2018')).toBe(true);
    const history = SourceRevisionsResponse.parse(await (await t.req('GET', `/api/v1/sources/${id}/revisions`)).json());
    expect(history.revisions).toHaveLength(1);
    expect(history.revisions[0]).toMatchObject({ actor: 'test-editor', reason: 'tiêu đề trong văn bản', before: { title: fixtureReport.title }, after: { title: 'Báo cáo tổng kết công tác năm 2018' } });

    // The same title again changes nothing and writes no revision.
    await t.req('PATCH', `/api/v1/sources/${id}`, { token: t.editor, json: { title: 'Báo cáo tổng kết công tác năm 2018' } });
    expect(SourceRevisionsResponse.parse(await (await t.req('GET', `/api/v1/sources/${id}/revisions`)).json()).revisions).toHaveLength(1);
  });

  it('needs an editor, an existing source and something to change', async () => {
    await expectProblem(await t.req('PATCH', `/api/v1/sources/${id}`, { json: { title: 'x' } }), 401);
    await expectProblem(await t.req('PATCH', '/api/v1/sources/999999', { token: t.editor, json: { title: 'x' } }), 404);
    await expectProblem(await t.req('PATCH', `/api/v1/sources/${id}`, { token: t.editor, json: {} }), 400);
    await expectProblem(await t.req('PATCH', `/api/v1/sources/${id}`, { token: t.editor, json: { title: '  ' } }), 400);
    await expectProblem(await t.req('GET', '/api/v1/sources/999999/revisions'), 404);
  });
});
