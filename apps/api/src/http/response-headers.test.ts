import { describe, expect, it } from 'vitest';
import { ResponseHeaders } from './response-headers';

type Step = ['set' | 'append', string, string] | ['delete', string];

/** Applies the same steps to undici's Headers and to ResponseHeaders; everything readable must be equal. */
function both(init: Record<string, string>, steps: Step[]): { fetch: Headers; ours: Headers } {
  const fetch = new Headers(init);
  const ours = new ResponseHeaders(init);
  for (const s of steps) {
    for (const h of [fetch, ours]) {
      if (s[0] === 'delete') h.delete(s[1]);
      else h[s[0]](s[1], s[2]);
    }
  }
  return { fetch, ours };
}

const names = ['Content-Type', 'content-type', 'ETag', 'Vary', 'set-cookie', 'Set-Cookie', 'X-Powered-By', 'a', 'Z'];

describe('ResponseHeaders', () => {
  it('reads, iterates and joins as the Fetch standard’s Headers do, over generated steps', () => {
    let seed = 7;
    const pick = <T>(xs: readonly T[]): T => xs[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % xs.length]!;
    for (let run = 0; run < 300; run++) {
      const steps: Step[] = Array.from({ length: 1 + (run % 9) }, (_, i) => {
        const op = pick(['set', 'append', 'delete'] as const);
        return op === 'delete' ? [op, pick(names)] : [op, pick(names), `v${run}-${i}`];
      });
      const init: Record<string, string> = run % 2 ? { 'Content-Type': 'application/json', Vary: 'Accept-Encoding' } : { Vary: 'Accept-Encoding', vary: 'Authorization', ETag: '"e"' };
      const { fetch, ours } = both(init, steps);
      expect([...ours]).toEqual([...fetch]);
      expect([...ours.keys()]).toEqual([...fetch.keys()]);
      expect([...ours.values()]).toEqual([...fetch.values()]);
      expect(ours.getSetCookie()).toEqual(fetch.getSetCookie());
      for (const n of names) {
        expect(ours.get(n)).toBe(fetch.get(n));
        expect(ours.has(n)).toBe(fetch.has(n));
      }
    }
  });

  it('is taken for Headers by whoever checks, and builds a Response whose headers are its own', async () => {
    const h = new ResponseHeaders({ 'Content-Type': 'text/plain', ETag: '"x"' });
    expect(h).toBeInstanceOf(Headers);
    const seen: [string, string][] = [];
    h.forEach((v, k) => seen.push([k, v]));
    expect(seen).toEqual([
      ['content-type', 'text/plain'],
      ['etag', '"x"'],
    ]);
    const res = new Response('hi', { headers: h });
    expect(res.headers.get('etag')).toBe('"x"');
    expect(await res.text()).toBe('hi');
  });
});
