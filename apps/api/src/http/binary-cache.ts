import { createHash } from 'node:crypto';
import type { Context } from 'hono';

interface Entry {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  type: string;
}

/** The read cache's twin for bytes (chart PNGs): keyed the same way, by data version and URL, LRU. */
export class BinaryCache {
  private entries = new Map<string, Entry>();
  constructor(private readonly max = 200) {}

  get(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (e) {
      this.entries.delete(key);
      this.entries.set(key, e);
    }
    return e;
  }

  set(key: string, body: Uint8Array<ArrayBuffer>, type: string): Entry {
    const e = { body, type, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"` };
    this.entries.set(key, e);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return e;
  }

  clear(): void {
    this.entries.clear();
  }
}

export function sendBinary(c: Context, e: Entry, headers: Record<string, string>): Response {
  const all = { ETag: e.etag, Vary: 'Accept-Encoding', ...headers };
  const inm = c.req.header('If-None-Match');
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === e.etag)) return c.body(null, 304, all);
  return c.body(e.body, 200, { 'Content-Type': e.type, ...all });
}
