import { FactsResponse, Job, SeriesResponse, SourceDetail, UploadResponse, type CitedUploadReport } from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { silentLogger } from '../http/log';
import { corpusFile, editorApp, uploadForm, type EditorApp } from '../testing/editors';
import { expectProblem as expectProblemOf } from '../testing/problem';

let t: EditorApp;
const expectProblem = (res: Response, status: number) => expectProblemOf(res, status, { minDetail: 16 });
beforeAll(async () => {
  t = await editorApp();
});
afterAll(async () => t.close());

async function counts() {
  const n = async (table: 'sources' | 'facts' | 'fact_revisions') =>
    Number((await t.db.db.selectFrom(table).select(t.db.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { sources: await n('sources'), facts: await n('facts'), revisions: await n('fact_revisions') };
}

const upload = (bytes: Uint8Array, name: string, fields: Record<string, string> = { region: 'da-nang' }, token = t.editor) =>
  t.req('POST', '/api/v1/sources', { token, form: uploadForm(bytes, name, fields) });

describe('POST /api/v1/sources', () => {
  it('201: stores the report, its text and its facts, counted by status, each with a create revision', async () => {
    const res = await upload(corpusFile('danang-2019-review.txt'), 'danang-2019-review.txt', {
      region: 'da-nang',
      title: 'Tổng kết năm 2019',
      publisher: 'Sở TT&TT Đà Nẵng',
      url: 'https://example.org/2019',
      published: '2020-01',
    });
    expect(res.status).toBe(201);
    const body = UploadResponse.parse(await res.json());
    expect(body.created).toBe(true);
    expect(body.source).toMatchObject({ kind: 'report', format: 'text', region: 'da-nang', title: 'Tổng kết năm 2019', publisher: 'Sở TT&TT Đà Nẵng', published_on: '2020-01' });
    expect(res.headers.get('location')).toBe(`/api/v1/sources/${body.source.id}`);
    expect(body.facts.accepted + body.facts.pending).toBeGreaterThan(0);

    const detail = SourceDetail.parse(await (await t.req('GET', `/api/v1/sources/${body.source.id}`)).json());
    expect(detail.text).toMatch(/30\.050 tỷ đồng/);
    expect(detail.fact_list.filter((f) => f.status === 'pending')).toHaveLength(body.facts.pending);
    expect(detail.fact_list.filter((f) => f.status === 'accepted')).toHaveLength(body.facts.accepted);
    const revisions = await t.db.db
      .selectFrom('fact_revisions')
      .select(['action', 'actor'])
      .where('fact_id', 'in', detail.fact_list.map((f) => f.id))
      .execute();
    expect(revisions).toHaveLength(detail.fact_list.length);
    expect(revisions.every((r) => r.action === 'create' && r.actor === 'test-editor')).toBe(true);

    const queue = FactsResponse.parse(await (await t.req('GET', `/api/v1/facts?status=pending&source=${body.source.id}&sort=confidence`)).json());
    expect(queue.total).toBe(body.facts.pending);
  });

  it('the same bytes again: 200 with the existing source, nothing duplicated', async () => {
    const bytes = corpusFile('danang-2019-review.txt');
    const before = await counts();
    const res = await upload(bytes, 'renamed.txt', { region: 'da-nang', title: 'another title' });
    expect(res.status).toBe(200);
    const body = UploadResponse.parse(await res.json());
    expect(body.created).toBe(false);
    expect(body.source.title).toBe('Tổng kết năm 2019');
    expect(await counts()).toEqual(before);
  });

  it('reads HTML, Word and PDF too', async () => {
    for (const [file, format] of [
      ['danang-2022-review.html', 'html'],
      ['binh-nguyen-2020-report.docx', 'docx'],
      ['tay-lam-2021-report.pdf', 'pdf'],
    ] as const) {
      const res = await upload(corpusFile(file), file);
      expect(res.status, file).toBe(201);
      expect(UploadResponse.parse(await res.json()).source.format).toBe(format);
    }
  });

  it('415 for a format it cannot read, and for a body that is not multipart', async () => {
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0, 0, 0]);
    expect((await expectProblem(await upload(gif, 'chart.gif'), 415)).detail).toMatch(/chart\.gif: .*GIF/);
    const json = await t.req('POST', '/api/v1/sources', { token: t.editor, json: { region: 'da-nang' } });
    expect((await expectProblem(json, 415)).detail).toMatch(/multipart\/form-data/);
  });

  it('422 for a corrupt, empty or text-less document, each saying what is wrong, and nothing is stored', async () => {
    const before = await counts();
    const docx = corpusFile('binh-nguyen-2020-report.docx');
    const truncated = await expectProblem(await upload(docx.subarray(0, docx.length >> 1), 'cut.docx'), 422);
    expect(truncated.detail).toMatch(/cut\.docx: .*(damaged|truncated)/);
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >>\n');
    expect((await expectProblem(await upload(pdf, 'cut.pdf'), 422)).detail).toMatch(/truncated|damaged|could not be read/);
    expect((await expectProblem(await upload(new Uint8Array(), 'empty.txt'), 422)).detail).toMatch(/empty/);
    expect((await expectProblem(await upload(new TextEncoder().encode(' \n\n '), 'blank.txt'), 422)).detail).toMatch(/white space|empty/);
    expect(await counts()).toEqual(before);
  });

  it('400 for a missing file, a missing or unknown region and a malformed field', async () => {
    const form = new FormData();
    form.set('region', 'da-nang');
    expect((await expectProblem(await t.req('POST', '/api/v1/sources', { token: t.editor, form }), 400)).detail).toMatch(/"file"/);
    const text = new TextEncoder().encode('Năm 2019 doanh thu đạt 10 tỷ đồng.');
    expect((await expectProblem(await upload(text, 'a.txt', {}), 400)).detail).toMatch(/region is required/);
    expect((await expectProblem(await upload(text, 'a.txt', { region: 'atlantis' }), 400)).detail).toMatch(/da-nang/);
    expect((await expectProblem(await upload(text, 'a.txt', { region: 'da-nang', published: '31/12/2019' }), 400)).detail).toMatch(/published/);
    expect((await expectProblem(await upload(text, 'a.txt', { region: 'da-nang', url: 'javascript:alert(1)' }), 400)).detail).toMatch(/url/);
  });

  it('401 without a token, before the body is read', async () => {
    await expectProblem(await upload(corpusFile('danang-2019-review.txt'), 'x.txt', { region: 'da-nang' }, ''), 401);
  });

  describe('413 past MAX_UPLOAD_MB', () => {
    it('while streaming a body without Content-Length, and at once from a Content-Length', async () => {
      const { app } = await createApp({ db: t.db, log: silentLogger, catalogue: t.deps.catalogue(), maxUploadMb: 0.01 });
      const big = new Uint8Array(200 * 1024).fill(0x61);
      const streamed = await app.request('/api/v1/sources', {
        method: 'POST',
        headers: { Authorization: `Bearer ${t.editor}` },
        body: uploadForm(big, 'big.txt', { region: 'da-nang' }),
      });
      expect((await expectProblem(streamed, 413)).detail).toMatch(/0\.01 MB limit/);

      const declared = await app.request('/api/v1/sources', {
        method: 'POST',
        headers: { Authorization: `Bearer ${t.editor}`, 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(50 * 1024 * 1024) },
        body: 'x',
      });
      await expectProblem(declared, 413);

      // A file over the limit that fits with the form overhead is refused on its own size.
      const edge = new Uint8Array(Math.floor(0.01 * 1024 * 1024) + 10).fill(0x61);
      await expectProblem(
        await app.request('/api/v1/sources', { method: 'POST', headers: { Authorization: `Bearer ${t.editor}` }, body: uploadForm(edge, 'edge.txt', { region: 'da-nang' }) }),
        413,
      );
      const cited = await app.request('/api/v1/facts/cited', { method: 'POST', headers: { Authorization: `Bearer ${t.editor}` }, body: uploadForm(big, 'big.csv') });
      await expectProblem(cited, 413);
    });
  });
});

describe('POST /api/v1/facts/cited', () => {
  const header = 'region,indicator,year,value,unit,qualifier,approx,change_pct,change_vs_year,plan_pct,source_url,source_published,note';
  const csv = [
    header,
    'da-nang,ict_revenue,2091,123.5,billion_vnd,actual,,10,2090,,https://example.org/a,2092-01,',
    'da-nang,software_export,2091,9,million_usd,estimate,about,,,,https://example.org/a,2092-01,a note',
    'da-nang,ict_revenue,2091,1,million_usd,actual,,,,,https://example.org/b,,',
    'da-nang,no_such,2091,1,billion_vnd,actual,,,,,https://example.org/b,,',
    'atlantis,ict_revenue,20x1,abc,billion_vnd,actual,,,,,ftp://example.org/b,,',
  ].join('\n');
  const send = (text: string | Uint8Array, token = t.editor) =>
    t.req('POST', '/api/v1/facts/cited', { token, form: uploadForm(typeof text === 'string' ? new TextEncoder().encode(text) : text, 'cited.csv') });
  /** Uploads a file, follows its job to the end, and returns the job's report. */
  const imported = async (text: string): Promise<CitedUploadReport> => {
    const res = await send(text);
    expect(res.status).toBe(202);
    const job = Job.parse(await res.json());
    expect(res.headers.get('location')).toBe(`/api/v1/jobs/${job.id}`);
    await t.deps.jobs.idle();
    const done = Job.parse(await (await t.req('GET', `/api/v1/jobs/${job.id}`, { token: t.editor })).json());
    expect(done).toMatchObject({ status: 'done', error: null });
    expect(done.done).toBe(done.total);
    return done.report!;
  };

  it('valid rows land as accepted curated facts; invalid rows are listed with line and reason', async () => {
    const r = await imported(csv);
    expect(r).toMatchObject({ rows: 5, inserted: 2, updated: 0, unchanged: 0, invalid_total: 3 });
    expect(r.invalid.map((i) => i.line)).toEqual([4, 5, 6]);
    expect(r.invalid[0]!.errors.join()).toMatch(/unit: ict_revenue is measured in billion_vnd/);
    expect(r.invalid[1]!.errors.join()).toMatch(/no_such/);
    expect(r.invalid[2]!.errors.join()).toMatch(/year|value|source_url/);

    const facts = FactsResponse.parse(await (await t.req('GET', '/api/v1/facts?year=2091')).json());
    expect(facts.facts.map((f) => [f.indicator, f.value, f.status, f.method])).toEqual([
      ['ict_revenue', 123.5, 'accepted', 'curated'],
      ['software_export', 9, 'accepted', 'curated'],
    ]);
    expect(facts.facts[0]!.source).toMatchObject({ kind: 'article', url: 'https://example.org/a', publisher: 'example.org' });
  });

  it('the same file again adds nothing; a changed row updates its fact with a revision', async () => {
    const before = await counts();
    const again = await imported(csv);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    expect(await counts()).toEqual(before);

    const changed = await imported(csv.replace(',123.5,', ',124,'));
    expect(changed).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    const f = FactsResponse.parse(await (await t.req('GET', '/api/v1/facts?year=2091&indicator=ict_revenue')).json()).facts[0]!;
    expect(f.value).toBe(124);
    const revs = await t.db.db.selectFrom('fact_revisions').select(['action', 'actor']).where('fact_id', '=', f.id).orderBy('id').execute();
    expect(revs).toEqual([
      { action: 'create', actor: 'test-editor' },
      { action: 'update', actor: 'test-editor' },
    ]);
  });

  it('a figure stated twice by one source is one witness: it does not outvote another source', async () => {
    const twice = 'da-nang,ict_revenue,2093,152,billion_vnd,actual,,,,,https://example.org/twice,2094-01,';
    const file = [header, 'da-nang,ict_revenue,2093,137,billion_vnd,actual,,,,,https://example.org/once,2094-02,', twice, twice].join('\n');
    expect(await imported(file)).toMatchObject({ inserted: 3, invalid: [] });
    const series = SeriesResponse.parse(await (await t.req('GET', '/api/v1/indicators/ict_revenue/series?region=da-nang&from=2093&to=2093')).json());
    // One source against one: the later publication stands, and the two figures are a conflict.
    expect(series.points).toMatchObject([{ year: 2093, value: 137, conflict: true }]);
  });

  it('a value its unit cannot have is an invalid row; an unclosed quote is a 422 naming its line (issue 15, items 8 and 9)', async () => {
    const r = await imported(
      [
        header,
        'da-nang,digital_economy_grdp_share,2092,1.2e29,percent,actual,,,,,https://example.org/c,,',
        'da-nang,ict_revenue,2092,-1,billion_vnd,actual,,,,,https://example.org/c,,',
        'da-nang,ict_revenue,2092,5,billion_vnd,actual,,,,,https://example.org/c,2019-02-31,',
      ].join('\n'),
    );
    expect(r).toMatchObject({ rows: 3, inserted: 0, invalid_total: 3 });
    expect(r.invalid.map((i) => [i.line, i.errors.join()])).toEqual([
      [2, expect.stringMatching(/value: 1\.2e\+29 cannot be a share/)],
      [3, expect.stringMatching(/value: -1 cannot be an amount/)],
      [4, expect.stringMatching(/2019-02-31/)],
    ]);

    // Was a 500: the unclosed quote is an error of its line in the report, the rows before it land.
    const unclosed = await imported(
      [header, 'da-nang,ict_revenue,2092,5,billion_vnd,actual,,,,,https://example.org/c,,ok', 'da-nang,ict_revenue,2092,6,billion_vnd,actual,,,,,https://example.org/c,,"never closed', 'da-nang,ict_revenue,2093,7'].join('\n'),
    );
    expect(unclosed).toMatchObject({ inserted: 1, invalid_total: 1 });
    expect(unclosed.invalid).toEqual([{ line: 3, errors: [expect.stringMatching(/quoted field is not closed/)] }]);
  });

  it('a file with missing columns is reported on line 1', async () => {
    const r = await imported('region,indicator\nda-nang,ict_revenue\n');
    expect(r.invalid[0]).toMatchObject({ line: 1 });
    expect(r.invalid[0]!.errors[0]).toMatch(/missing columns: year, value/);
  });

  it('422 for a file that is not UTF-8 text or is empty; 401 without a token', async () => {
    expect((await expectProblem(await send(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41])), 422)).detail).toMatch(/UTF-8/);
    await expectProblem(await send(''), 422);
    await expectProblem(await send(csv, ''), 401);
  });
});
