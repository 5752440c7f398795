import { createHash } from 'node:crypto';
import type { Context } from 'hono';

interface Entry {
  body: string;
  etag: string;
  type: string;
}

/**
 * Read responses keyed by the data version and the full URL. Every write bumps the version in the database,
 * so a process never serves what another process's write made stale; old entries fall out by LRU.
 */
export class ResponseCache {
  private entries = new Map<string, Entry>();
  constructor(private readonly max = 2000) {}

  get(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (e) {
      this.entries.delete(key);
      this.entries.set(key, e);
    }
    return e;
  }

  set(key: string, body: string, type: string): Entry {
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
    const e = { body, etag, type };
    this.entries.set(key, e);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return e;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Sends a cached entry with its ETag, or 304 when the client has it already. */
export function sendCached(c: Context, e: Entry, extra: Record<string, string> = {}): Response {
  const headers = { ETag: e.etag, 'Cache-Control': 'public, no-cache', Vary: 'Accept-Encoding', ...extra };
  const inm = c.req.header('If-None-Match');
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === e.etag)) {
    return c.body(null, 304, headers);
  }
  return c.body(e.body, 200, { 'Content-Type': e.type, ...headers });
}
