import { FactsResponse, Job, SeriesResponse, SourcesResponse } from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigCitedCsv } from '../testing/big-csv';
import { editorApp, uploadForm, type EditorApp } from '../testing/editors';

/** Issue 15 item 6: a 100k-row cited CSV runs off the request path, and the server goes on answering meanwhile. */
let t: EditorApp;
beforeAll(async () => {
  t = await editorApp();
});
afterAll(async () => t.close());

const ROWS = 100_000;
const series = '/api/v1/indicators/ict_revenue/series?region=da-nang';

describe('a 100k-row cited CSV', () => {
  it('is imported as a job with progress, reads are answered before it ends, and later edits and asof work on its indicator', async () => {
    const sourcesBefore = Number((await t.db.db.selectFrom('sources').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    // A read the cache already holds (kept the second time it misses).
    for (let i = 0; i < 2; i++) expect((await t.req('GET', series)).status).toBe(200);

    const res = await t.req('POST', '/api/v1/facts/cited', { token: t.editor, form: uploadForm(new TextEncoder().encode(bigCitedCsv(ROWS)), 'bulk.csv') });
    expect(res.status).toBe(202);
    const job = Job.parse(await res.json());
    expect(job.status).toBe('queued');

    // Reads are answered while the job runs: each answer comes before the job has stored every row.
    const readsDuringImport: string[] = [];
    for (let i = 0; i < 5; i++) {
      const health = await t.req('GET', '/healthz');
      const cached = await t.req('GET', series);
      const progress = (await t.deps.jobs.get(job.id))!;
      expect([health.status, cached.status]).toEqual([200, 200]);
      expect(progress.status).not.toBe('done');
      readsDuringImport.push(`${progress.status} ${progress.done}/${progress.total ?? '?'}`);
    }
    expect(readsDuringImport).toHaveLength(5);

    // The editor follows the job until it ends.
    let seen = job;
    const progressSeen = new Set<number>();
    while (seen.status === 'queued' || seen.status === 'running') {
      await new Promise((r) => setTimeout(r, 50));
      seen = Job.parse(await (await t.req('GET', `/api/v1/jobs/${job.id}`, { token: t.editor })).json());
      progressSeen.add(seen.done);
    }
    expect(seen).toMatchObject({ status: 'done', total: ROWS, done: ROWS, error: null, kind: 'cited', title: 'bulk.csv' });
    expect(progressSeen.size).toBeGreaterThan(2);
    expect(seen.report).toMatchObject({ rows: ROWS, inserted: ROWS, updated: 0, unchanged: 0, invalid_total: 0 });

    // One source for the file, one per cited article; each fact points to its article and to the file.
    const sourcesAfter = Number((await t.db.db.selectFrom('sources').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(sourcesAfter - sourcesBefore).toBe(1 + 2_000);
    const file = await t.db.db.selectFrom('sources').selectAll().where('id', '=', seen.source_id!).executeTakeFirstOrThrow();
    expect(file).toMatchObject({ kind: 'dataset', format: 'csv', title: 'bulk.csv' });
    const fromFile = await t.db.db.selectFrom('facts').select((eb) => eb.fn.countAll<number>().as('n')).where('upload_id', '=', file.id).executeTakeFirstOrThrow();
    expect(Number(fromFile.n)).toBe(ROWS);

    // The series now resolves the imported years; an edit of one of its 16,667 facts changes it at once.
    const now = SeriesResponse.parse(await (await t.req('GET', series)).json());
    expect(now.points.map((p) => p.year)).toEqual(expect.arrayContaining([2000, 2024]));
    const page = FactsResponse.parse(await (await t.req('GET', '/api/v1/facts?indicator=ict_revenue&region=da-nang&year=2010&limit=1')).json());
    expect(page.total).toBe(Math.ceil(ROWS / 6 / 25));
    const edited = await t.req('PATCH', `/api/v1/facts/${page.facts[0]!.id}`, { token: t.editor, json: { value: 4321, reason: 'test' } });
    expect(edited.status).toBe(200);

    // asof on the indicator of 2,000 sources answers as the series stood: after the import, before the edit.
    const asof = SeriesResponse.parse(await (await t.req('GET', `${series}&asof=${encodeURIComponent(new Date(Date.parse(seen.finished_at!) + 1).toISOString())}`)).json());
    expect(asof.points).toEqual(now.points);

    // The list of sources comes a page at a time.
    const list = SourcesResponse.parse(await (await t.req('GET', '/api/v1/sources?limit=50')).json());
    expect(list.sources).toHaveLength(50);
    expect(list.total).toBe(sourcesAfter);
  }, 600_000);
});
