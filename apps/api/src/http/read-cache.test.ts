import { describe, expect, it } from 'vitest';
import { ReadCache, type Stored } from './read-cache';

const answer = (text: string): Stored => ({ status: 200, headers: {}, bytes: new TextEncoder().encode(text) });

describe('ReadCache admission', () => {
  it('keeps an answer at its second miss, and at its first under a later data version once it was kept', () => {
    const cache = new ReadCache({ maxBytes: 1 << 20 });
    cache.offer('v1\n/series?a', answer('a1'));
    expect(cache.get('v1\n/series?a')).toBeUndefined();
    cache.offer('v1\n/series?a', answer('a1'));
    expect(cache.get('v1\n/series?a')).toBeDefined();

    // A write moved the version: the request read again is kept at once; one asked once is still not.
    cache.offer('v2\n/series?a', answer('a2'));
    expect(new TextDecoder().decode(cache.get('v2\n/series?a')!.bytes)).toBe('a2');
    cache.offer('v2\n/series?b', answer('b2'));
    expect(cache.get('v2\n/series?b')).toBeUndefined();
  });
});
