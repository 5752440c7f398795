import xxhash from 'xxhash-wasm';

const { h64Raw, create64 } = await xxhash();

/** Bodies up to this size are hashed in one call; larger ones in pieces of it, so the hasher's memory stays this small. */
const PIECE = 1024 * 1024;

/** The XXH64 of some bytes. */
export function xxh64(bytes: Uint8Array): bigint {
  if (bytes.byteLength <= PIECE) return h64Raw(bytes);
  const h = create64();
  for (let at = 0; at < bytes.byteLength; at += PIECE) h.update(bytes.subarray(at, at + PIECE));
  return h.digest();
}

/**
 * The digest behind every ETag (hono/etag's `generateDigest`, and the read cache's own bodies): XXH64, 8 bytes. An
 * ETag only has to tell the versions of one address apart, so a fast non-cryptographic hash will do; it costs a
 * tenth of SHA-1 on every answer computed (decision 0045).
 */
export function etagDigest(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(8);
  new DataView(out).setBigUint64(0, xxh64(bytes));
  return out;
}

/** The strong ETag of a body, as hono/etag writes it from `etagDigest`: the digest in hex, quoted. */
export const etagOf = (bytes: Uint8Array): string => `"${xxh64(bytes).toString(16).padStart(16, '0')}"`;
