import { describe, expect, it } from 'vitest';
import { Turns } from './time-slice';

describe('Turns', () => {
  it('gives one slice per iteration of the event loop, in the order asked, with a timer due meanwhile run in between', async () => {
    const turns = new Turns();
    const seen: string[] = [];
    // Eight downloads of four chunks each, each chunk 2 ms of work and microtasks only (as a better-sqlite3 query and a
    // socket that takes the chunk at once).
    const work = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    const download = async (name: string) => {
      for (let i = 0; i < 4; i++) {
        await turns.take();
        work(2);
        seen.push(`${name}${i}`);
        await Promise.resolve();
      }
    };
    const downloads = Promise.all('abcdefgh'.split('').map(download));
    // Something else waiting meanwhile: a timer, due after the first slice.
    const timer = new Promise<void>((r) => setTimeout(() => r(void seen.push('timer')), 0));
    await Promise.all([downloads, timer]);
    expect(seen.filter((s) => s !== 'timer')).toEqual([0, 1, 2, 3].flatMap((i) => 'abcdefgh'.split('').map((n) => `${n}${i}`)));
    const t = seen.indexOf('timer');
    expect(t).toBeGreaterThan(0);
    expect(t).toBeLessThanOrEqual(2);
  });
});
