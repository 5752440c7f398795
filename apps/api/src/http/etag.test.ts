import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import xxhash from 'xxhash-wasm';
import { describe, expect, it } from 'vitest';
import { etagDigest, etagOf, xxh64 } from './etag';

describe('etagOf', () => {
  it('is the XXH64 of the bytes, quoted, and the same for the same bytes', async () => {
    const { h64ToString } = await xxhash();
    // The reference value of XXH64 for "abc" with seed 0.
    expect(xxh64(Buffer.from('abc')).toString(16)).toBe('44bc2cf5ad770999');
    expect(h64ToString('Doanh thu đạt 36.571 tỷ đồng')).toBe(xxh64(Buffer.from('Doanh thu đạt 36.571 tỷ đồng')).toString(16).padStart(16, '0'));
    expect(etagOf(Buffer.from('abc'))).toBe('"44bc2cf5ad770999"');
    expect(Buffer.from(etagDigest(Buffer.from('abc'))).toString('hex')).toBe('44bc2cf5ad770999');
    expect(etagOf(Buffer.from('{"a":1}'))).toBe(etagOf(Buffer.from('{"a":1}')));
  });

  it('tells apart bodies that differ in one byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 4096 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, at, flip) => {
        const other = Uint8Array.from(bytes);
        other[at % bytes.length]! ^= flip;
        expect(etagOf(other)).not.toBe(etagOf(bytes));
      }),
    );
  });

  it('hashes a body larger than its piece the same as in one call', async () => {
    const { h64Raw } = await xxhash();
    for (const size of [1024 * 1024, 1024 * 1024 + 1, 3 * 1024 * 1024 + 17]) {
      const bytes = randomBytes(size);
      expect(xxh64(bytes)).toBe(h64Raw(bytes));
    }
  });
});
