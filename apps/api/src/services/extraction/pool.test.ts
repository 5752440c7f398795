import { extractDocument } from '@chiso/extract';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFile } from '../../testing/editors';
import { readFailure } from '../read-failure';
import { ExtractionLimitError, ExtractionPool } from './pool';

const limits = { timeoutMs: 60_000, memoryMb: 1024 };
const pool = new ExtractionPool(() => limits);
afterAll(() => pool.close());

const opts = { region: 'da-nang' };

describe('ExtractionPool', () => {
  it('extracts in a worker what extractDocument extracts in process', async () => {
    const bytes = corpusFile('danang-2019-review.txt');
    const [inWorker, inProcess] = await Promise.all([pool.run(bytes, opts), extractDocument(bytes, { region: 'da-nang' })]);
    expect(inWorker.format).toBe('text');
    expect(inWorker.text).toBe(inProcess.document.text);
    expect(inWorker.facts).toEqual(inProcess.facts);
    expect(inWorker.facts.every((f) => typeof f.auto_accept === 'boolean')).toBe(true);
  });

  it("brings a reader's ReadError back with its code", async () => {
    const err = await pool.run(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), opts).catch((e: unknown) => e);
    expect(readFailure(err)).toMatchObject({ code: 'unsupported', status: 415 });
  });

  it('stops a document past the deadline, then reads the next one in a new worker', async () => {
    limits.timeoutMs = 1;
    const err = await pool.run(corpusFile('tay-lam-2021-report.pdf'), opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractionLimitError);
    expect(readFailure(err)).toMatchObject({ code: 'limit', status: 422, message: expect.stringMatching(/longer than/) });
    limits.timeoutMs = 60_000;
    expect((await pool.run(corpusFile('danang-2019-review.txt'), opts)).facts.length).toBeGreaterThan(0);
  });

  it('stops a document that needs more memory than the limit, then goes on', async () => {
    const small = new ExtractionPool(() => ({ timeoutMs: 60_000, memoryMb: 64 }));
    try {
      const big = new TextEncoder().encode('Năm 2019, doanh thu đạt 1.000 tỷ đồng, tăng 10% so với năm 2018.\n\n'.repeat(150_000));
      const err = await small.run(big, opts).catch((e: unknown) => e);
      expect(readFailure(err)).toMatchObject({ code: 'limit', status: 422, message: expect.stringMatching(/more than 64 MB/) });
      expect((await small.run(corpusFile('danang-2019-review.txt'), opts)).facts.length).toBeGreaterThan(0);
    } finally {
      await small.close();
    }
  });
});
