import { hash } from 'node:crypto';
import type { Context } from 'hono';

export interface CacheEntry {
  body: string;
  etag: string;
  type: string;
  /** Headers the route adds (e.g. Content-Disposition), kept so the fast path can send them too. */
  headers?: Record<string, string>;
  /** What the fast path sends, made on first use: headers as a flat list and the bytes, plain and gzipped. */
  wire?: { plain?: Wire; gzip?: Wire };
}

export interface Wire {
  headers: string[];
  body: Buffer;
}

/**
 * Read responses keyed by the data version and the full URL. Every write bumps the version in the database,
 * so a process never serves what another process's write made stale; old entries fall out by LRU.
 */
export class ResponseCache {
  private entries = new Map<string, CacheEntry>();
  private pending = new Map<string, Promise<CacheEntry>>();
  constructor(private readonly max = 2000) {}

  get(key: string): CacheEntry | undefined {
    const e = this.entries.get(key);
    if (e) {
      this.entries.delete(key);
      this.entries.set(key, e);
    }
    return e;
  }

  set(key: string, body: string, type: string): CacheEntry {
    const etag = `"${hash('sha1', body, 'base64url').slice(0, 22)}"`;
    const e = { body, etag, type };
    this.entries.set(key, e);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return e;
  }

  /** The entry of a key, computed once however many requests miss it at the same time. */
  async getOrCompute(key: string, compute: () => Promise<{ body: string; type: string }>): Promise<CacheEntry> {
    const hit = this.get(key);
    if (hit) return hit;
    let pending = this.pending.get(key);
    if (!pending) {
      pending = compute()
        .then((r) => this.set(key, r.body, r.type))
        .finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    return pending;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Sends a cached entry with its ETag, or 304 when the client has it already. */
export function sendCached(c: Context, e: CacheEntry, extra: Record<string, string> = {}): Response {
  const headers = { ETag: e.etag, 'Cache-Control': 'public, no-cache', Vary: 'Accept-Encoding', ...extra };
  const inm = c.req.header('If-None-Match');
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === e.etag)) {
    return c.body(null, 304, headers);
  }
  return c.body(e.body, 200, { 'Content-Type': e.type, ...headers });
}
