import { citedFactColumns, csvRecords, Job, SeriesResponse } from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../http/log';
import { bigCitedCsv } from '../testing/big-csv';
import { editorApp, uploadForm, type EditorApp } from '../testing/editors';
import { testDatabase } from '../testing/harness';
import { scratchDatabase, type ScratchDatabase } from '../testing/scratch-db';
import { stopCitedThreads } from './cited-thread';

/**
 * Decision 0064: on a SQLite file a cited import runs in a thread of its own with its own connection, and the event
 * loop answers reads meanwhile. PostgreSQL and in-memory SQLite import on the event loop (routes/big-import.test.ts).
 */
const ROWS = 12_000;
const series = '/api/v1/indicators/ict_revenue/series?region=da-nang';

let scratch: ScratchDatabase;
let t: EditorApp;
const logged: Record<string, unknown>[] = [];
const log: Logger = (entry) => {
  if (entry.kind === 'job') logged.push(entry);
};

beforeAll(async () => {
  if (testDatabase !== 'sqlite') return;
  scratch = await scratchDatabase('cited-thread');
  t = await editorApp({ url: scratch.url, log });
});
afterAll(async () => {
  if (testDatabase !== 'sqlite') return;
  await t.close();
  await scratch.drop();
});

const job = async (id: number) => Job.parse(await (await t.req('GET', `/api/v1/jobs/${id}`, { token: t.editor })).json());
const fromFile = async (sourceId: number) =>
  Number((await t.db.db.selectFrom('facts').select((eb) => eb.fn.countAll<number>().as('n')).where('upload_id', '=', sourceId).executeTakeFirstOrThrow()).n);
const upload = async (csv: string, name: string) => {
  const res = await t.req('POST', '/api/v1/facts/cited', { token: t.editor, form: uploadForm(new TextEncoder().encode(csv), name) });
  expect(res.status).toBe(202);
  return Job.parse(await res.json());
};
/** Follows a job until `until` holds of it, a few ms between looks. */
async function follow(id: number, until: (j: Job) => boolean): Promise<Job> {
  for (;;) {
    const j = await job(id);
    if (until(j)) return j;
    await new Promise((r) => setTimeout(r, 5));
  }
}
const ended = (j: Job) => j.status !== 'queued' && j.status !== 'running';

describe.skipIf(testDatabase !== 'sqlite')('a cited import in a thread of its own (SQLite file)', () => {
  it('answers reads while the thread writes; the result is complete, its broken rows listed, and the read cache sees it', async () => {
    const before = SeriesResponse.parse(await (await t.req('GET', series)).json());
    expect(before.points.some((p) => p.year === 2000)).toBe(false);
    // Two broken rows among the good ones, on lines 3 and 5003.
    const row = (region: string, value: string, url: string) => csvRecords(citedFactColumns, [{ region, indicator: 'ict_revenue', year: 2001, value, unit: 'billion_vnd', qualifier: 'actual', source_url: url }]);
    const good = bigCitedCsv(ROWS).split('\r\n');
    const [head, ...rows] = good;
    const csv = [`${head}\r\n${rows[0]}\r\n`, row('da-nang', 'abc', 'https://broken.example/a'), `${rows.slice(1, 5000).join('\r\n')}\r\n`, row('atlantis', '12', 'https://broken.example/b'), rows.slice(5000).join('\r\n')].join('');
    const queued = await upload(csv, 'threaded.csv');

    // Reads asked while the thread writes: each is answered, and the job, looked at after the answer, is still mid-way.
    const running = await follow(queued.id, (j) => ended(j) || j.done > 0);
    expect(running.status).toBe('running');
    const answered: number[] = [];
    for (let i = 0; i < 3; i++) {
      const [health, read] = [await t.req('GET', '/healthz'), await t.req('GET', series)];
      expect([health.status, read.status]).toEqual([200, 200]);
      const now = await job(queued.id);
      if (now.status === 'running') answered.push(now.done);
    }
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.every((d) => d > 0 && d < ROWS + 2)).toBe(true);

    const done = await follow(queued.id, ended);
    expect(done).toMatchObject({ status: 'done', total: ROWS + 2, done: ROWS + 2, error: null });
    expect(done.report).toMatchObject({ rows: ROWS + 2, inserted: ROWS, updated: 0, unchanged: 0, invalid_total: 2 });
    expect(done.report!.invalid.map((p) => p.line)).toEqual([3, 5003]);
    expect(done.report!.invalid[0]!.errors.join(' ')).toMatch(/value/);
    expect(done.report!.invalid[1]!.errors.join(' ')).toMatch(/atlantis/);
    expect(await fromFile(done.source_id!)).toBe(ROWS);
    expect(logged.find((e) => e.job === queued.id)).toMatchObject({ type: 'cited', thread: true, inserted: ROWS });

    // The thread's commits moved the data version on its own connection: the cached read of this one is recomputed.
    const after = SeriesResponse.parse(await (await t.req('GET', series)).json());
    expect(after.points.map((p) => p.year)).toEqual(expect.arrayContaining([2000, 2024]));
  }, 600_000);

  it('a thread stopped mid-way fails its job with the reason; the server goes on writing; the same file again finishes it', async () => {
    const csv = bigCitedCsv(ROWS, 500).replaceAll('big.example', 'stopped.example');
    const first = await upload(csv, 'stopped.csv');
    await follow(first.id, (j) => ended(j) || j.done > 0);
    await stopCitedThreads();

    const failed = await follow(first.id, ended);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/thread ended before it finished.*start it again to finish/);
    const partial = await fromFile(failed.source_id!);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(ROWS);

    // Nothing of the stopped thread holds the database: the server answers and writes.
    expect((await t.req('GET', '/healthz')).status).toBe(200);
    const again = await upload(csv, 'stopped.csv');
    expect(again.source_id).toBe(failed.source_id);
    const finished = await follow(again.id, ended);
    expect(finished).toMatchObject({ status: 'done', total: ROWS, done: ROWS });
    expect(finished.report).toMatchObject({ rows: ROWS, inserted: ROWS - partial, unchanged: partial, invalid_total: 0 });
    expect(await fromFile(failed.source_id!)).toBe(ROWS);
  }, 600_000);
});
