import { extractDocument } from '@chiso/extract';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFile } from '../../testing/editors';
import { readFailure } from '../read-failure';
import { ExtractionLimitError, ExtractionPool } from './pool';

const limits = { timeoutMs: 60_000, memoryMb: 1024, workers: 2 };
const pool = new ExtractionPool(() => limits);
afterAll(() => pool.close());

const opts = { region: 'da-nang' };
const read = { ocr: { maxPages: 50, maxPixels: 40_000_000, timeoutMs: 60_000 }, sheets: { maxRows: 20_000 } };
/** A long report: seconds of extraction, far longer than the normal one. */
const slow = new TextEncoder().encode('Năm 2019, doanh thu đạt 1.000 tỷ đồng, tăng 10% so với năm 2018.\n\n'.repeat(15_000));

describe('ExtractionPool', () => {
  it('extracts in a worker what extractDocument extracts in process', async () => {
    const bytes = corpusFile('danang-2019-review.txt');
    const [inWorker, inProcess] = await Promise.all([pool.run(bytes, opts, read), extractDocument(bytes, { region: 'da-nang' })]);
    expect(inWorker.format).toBe('text');
    expect(inWorker.text).toBe(inProcess.document.text);
    expect(inWorker.facts).toEqual(inProcess.facts);
    expect(inWorker.facts.every((f) => typeof f.auto_accept === 'boolean')).toBe(true);
  });

  it("brings a reader's ReadError back with its code", async () => {
    const err = await pool.run(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0, 0]), opts, read).catch((e: unknown) => e);
    expect(readFailure(err)).toMatchObject({ code: 'unsupported', status: 415 });
  });

  it('stops a document past the deadline, then reads the next one in a new worker', async () => {
    limits.timeoutMs = 1;
    const err = await pool.run(corpusFile('tay-lam-2021-report.pdf'), opts, read).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractionLimitError);
    expect(readFailure(err)).toMatchObject({ code: 'limit', status: 422, message: expect.stringMatching(/longer than/) });
    limits.timeoutMs = 60_000;
    expect((await pool.run(corpusFile('danang-2019-review.txt'), opts, read)).facts.length).toBeGreaterThan(0);
  });

  it('stops a document that needs more memory than the limit, then goes on', async () => {
    const small = new ExtractionPool(() => ({ timeoutMs: 60_000, memoryMb: 64, workers: 1 }));
    try {
      const big = new TextEncoder().encode('Năm 2019, doanh thu đạt 1.000 tỷ đồng, tăng 10% so với năm 2018.\n\n'.repeat(150_000));
      const err = await small.run(big, opts, read).catch((e: unknown) => e);
      expect(readFailure(err)).toMatchObject({ code: 'limit', status: 422, message: expect.stringMatching(/more than 64 MB/) });
      expect((await small.run(corpusFile('danang-2019-review.txt'), opts, read)).facts.length).toBeGreaterThan(0);
    } finally {
      await small.close();
    }
  });

  it('reads a normal document while a slow one holds another worker (and makes it wait with one worker)', async () => {
    const order = async (workers: number): Promise<string[]> => {
      const finished: string[] = [];
      const p = new ExtractionPool(() => ({ ...limits, timeoutMs: 170_000, workers }));
      try {
        const long = p.run(slow, opts, read).then(() => finished.push('slow'));
        const normal = p.run(corpusFile('danang-2019-review.txt'), opts, read).then(() => finished.push('normal'));
        expect(p.load()).toEqual(workers === 1 ? { running: 1, waiting: 1 } : { running: 2, waiting: 0 });
        await Promise.all([long, normal]);
        return finished;
      } finally {
        await p.close();
      }
    };
    expect(await order(2)).toEqual(['normal', 'slow']);
    expect(await order(1)).toEqual(['slow', 'normal']);
  }, 360_000);
});
