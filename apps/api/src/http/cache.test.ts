import { describe, expect, it } from 'vitest';
import { ResponseCache } from './cache';

describe('ResponseCache', () => {
  it('keeps text as its UTF-8 bytes with an ETag of those bytes', () => {
    const cache = new ResponseCache();
    const a = cache.set('k', '{"name":"Đà Nẵng"}', 'application/json');
    expect(a.bytes.toString('utf8')).toBe('{"name":"Đà Nẵng"}');
    expect(a.bytes.length).toBe(Buffer.byteLength('{"name":"Đà Nẵng"}'));
    expect(cache.set('k2', Buffer.from('{"name":"Đà Nẵng"}'), 'application/json').etag).toBe(a.etag);
    expect(cache.set('k3', '{"name":"Da Nang"}', 'application/json').etag).not.toBe(a.etag);
  });

  it('drops the least recently used entries when over its bytes or its entries', () => {
    const cache = new ResponseCache({ maxBytes: 30, maxEntries: 3 });
    cache.set('a', '0123456789', 't');
    cache.set('b', '0123456789', 't');
    cache.set('c', '0123456789', 't');
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    cache.set('d', '01234', 't'); // 4 entries > 3: b goes
    expect(cache.get('b')).toBeUndefined();
    expect(cache.size).toEqual({ bytes: 25, entries: 3 });
    cache.set('e', '0123456789', 't'); // 35 bytes > 30: c goes
    expect(cache.get('c')).toBeUndefined();
    expect(cache.size).toEqual({ bytes: 25, entries: 3 });
    cache.set('a', '01', 't'); // replacing an entry counts its new size only
    expect(cache.size).toEqual({ bytes: 17, entries: 3 });
  });

  it('serves but does not keep a body larger than the whole cache', () => {
    const cache = new ResponseCache({ maxBytes: 8 });
    expect(cache.set('big', '0123456789', 't').bytes.length).toBe(10);
    expect(cache.get('big')).toBeUndefined();
    expect(cache.size).toEqual({ bytes: 0, entries: 0 });
  });

  it('keeps a computed answer the second time its key misses (or at once when asked to)', async () => {
    const compute = async () => ({ body: 'x', type: 't' });
    const cache = new ResponseCache();
    await cache.getOrCompute('once', compute);
    expect(cache.get('once')).toBeUndefined();
    await cache.getOrCompute('once', compute);
    expect(cache.get('once')?.bytes.toString()).toBe('x');
    const eager = new ResponseCache({ admit: 'first-miss' });
    await eager.getOrCompute('k', compute);
    expect(eager.get('k')).toBeDefined();
  });

  it('computes a missing key once for requests that miss it together', async () => {
    const cache = new ResponseCache();
    let runs = 0;
    const compute = async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 5));
      return { body: 'x', type: 't' };
    };
    const [a, b] = await Promise.all([cache.getOrCompute('k', compute), cache.getOrCompute('k', compute)]);
    expect(runs).toBe(1);
    expect(a).toBe(b);
  });
});
