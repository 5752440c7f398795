import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('lets `limit` events through per window, then says how long to wait, and opens again when the window ends', () => {
    let now = 1_000_000;
    const r = new RateLimiter(2, 60_000, () => now);
    expect([r.hit('a'), r.hit('a')]).toEqual([0, 0]);
    expect(r.blockedFor('a')).toBe(60);
    expect(r.hit('a')).toBe(60);
    expect(r.hit('b')).toBe(0);
    now += 30_500;
    expect(r.blockedFor('a')).toBe(30);
    now += 30_000;
    expect(r.blockedFor('a')).toBe(0);
    expect(r.hit('a')).toBe(0);
  });
});

describe('clientAddress', () => {
  const app = (trust: boolean) => {
    const h = new Hono();
    h.get('/', (c) => c.text(clientAddress(c, trust)));
    return h;
  };
  const xff = { 'X-Forwarded-For': '203.0.113.9, 198.51.100.7' };

  it('ignores X-Forwarded-For unless the proxy is trusted, then takes the entry the proxy appended', async () => {
    expect(await (await app(false).request('/', { headers: xff })).text()).toBe('unknown');
    expect(await (await app(true).request('/', { headers: xff })).text()).toBe('198.51.100.7');
  });
});
