import { describe, expect, it } from 'vitest';
import { whileBusy } from './busy';

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe('whileBusy', () => {
  it('runs the start-up again while SQLite is locked, then answers', async () => {
    let calls = 0;
    const result = await whileBusy(async () => {
      calls++;
      if (calls < 3) throw busy();
      return 'seeded';
    }, 8, 1);
    expect(result).toBe('seeded');
    expect(calls).toBe(3);
  });

  it('gives up after its attempts with the last error', async () => {
    let calls = 0;
    await expect(
      whileBusy(async () => {
        calls++;
        throw busy();
      }, 3, 1),
    ).rejects.toThrow('database is locked');
    expect(calls).toBe(3);
  });

  it('does not run again on any other error', async () => {
    let calls = 0;
    await expect(
      whileBusy(async () => {
        calls++;
        throw Object.assign(new Error('no such table'), { code: 'SQLITE_ERROR' });
      }, 8, 1),
    ).rejects.toThrow('no such table');
    expect(calls).toBe(1);
  });
});
