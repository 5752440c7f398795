import type { Context } from 'hono';
import { etagOf } from './etag';

export interface CacheEntry {
  /** The body as sent: text is encoded to UTF-8 once, when stored, not at every send. */
  bytes: Buffer<ArrayBuffer>;
  etag: string;
  type: string;
  /** Headers the route adds (e.g. Content-Disposition), kept so the fast path can send them too. */
  headers: Record<string, string>;
  /** What the fast path sends, made on first use: headers as a flat list and the bytes, plain and gzipped. */
  wire?: { plain?: Wire; gzip?: Wire };
}

export interface Wire {
  headers: string[];
  body: Buffer;
}

export interface CacheLimits {
  /** Bytes of bodies kept (default 64 MB). */
  maxBytes: number;
  /** Entries kept, whatever their size (default 5,000). */
  maxEntries: number;
  /**
   * `second-miss` (default): a computed answer is kept the second time its key misses, so addresses asked for once
   * (a crawler's or a cache-buster's unique query strings) neither push out what people read again nor fill memory.
   * `first-miss`: kept at once, for answers that are expensive to make.
   */
  admit: 'first-miss' | 'second-miss';
}

/** Keys that missed once, remembered until this many, then forgotten together. */
const MAX_SEEN = 20_000;

/**
 * Read responses (JSON, CSV, SVG, PNG) keyed by the data version and the full URL, least recently used out first,
 * bounded by bytes and by entries. Every write bumps the version in the database, so a process never serves what
 * another process's write made stale; old entries fall out by LRU.
 */
export class ResponseCache {
  private entries = new Map<string, CacheEntry>();
  private pending = new Map<string, Promise<CacheEntry>>();
  private seen = new Set<string>();
  private bytes = 0;
  private readonly limits: CacheLimits;

  constructor(limits: Partial<CacheLimits> = {}) {
    this.limits = { maxBytes: 64 * 1024 * 1024, maxEntries: 5000, admit: 'second-miss', ...limits };
  }

  get(key: string): CacheEntry | undefined {
    const e = this.entries.get(key);
    if (e) {
      this.entries.delete(key);
      this.entries.set(key, e);
    }
    return e;
  }

  /** Stores an answer now, whatever the admission rule. */
  set(key: string, body: string | Uint8Array<ArrayBuffer>, type: string): CacheEntry {
    const e = entryOf(body, type);
    this.store(key, e);
    return e;
  }

  private store(key: string, e: CacheEntry): void {
    this.seen.delete(key);
    this.delete(key);
    if (e.bytes.length > this.limits.maxBytes) return;
    this.entries.set(key, e);
    this.bytes += e.bytes.length;
    while (this.bytes > this.limits.maxBytes || this.entries.size > this.limits.maxEntries) {
      this.delete(this.entries.keys().next().value!);
    }
  }

  /** Stores an answer if the admission rule lets it in. */
  private admit(key: string, e: CacheEntry): void {
    if (this.limits.admit === 'first-miss' || this.seen.has(key)) {
      this.store(key, e);
      return;
    }
    if (this.seen.size >= MAX_SEEN) this.seen.clear();
    this.seen.add(key);
  }

  /** The entry of a key, computed once however many requests miss it at the same time, with the route's headers. */
  async getOrCompute(
    key: string,
    compute: () => Promise<{ body: string | Uint8Array<ArrayBuffer>; type: string }>,
    headers: Record<string, string> = {},
  ): Promise<CacheEntry> {
    const hit = this.get(key);
    if (hit) return hit;
    let pending = this.pending.get(key);
    if (!pending) {
      pending = compute()
        .then((r) => {
          const e = entryOf(r.body, r.type, headers);
          this.admit(key, e);
          return e;
        })
        .finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    return pending;
  }

  /** Bytes and entries held now. */
  get size(): { bytes: number; entries: number } {
    return { bytes: this.bytes, entries: this.entries.size };
  }

  clear(): void {
    this.entries.clear();
    this.seen.clear();
    this.bytes = 0;
  }

  private delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.bytes.length;
  }
}

function entryOf(body: string | Uint8Array<ArrayBuffer>, type: string, headers: Record<string, string> = {}): CacheEntry {
  const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return { bytes, etag: etagOf(bytes), type, headers };
}

/** Sends a cached entry with its ETag, or 304 when the client has it already. */
export function sendCached(c: Context, e: CacheEntry, extra: Record<string, string> = {}): Response {
  const headers = { ETag: e.etag, 'Cache-Control': 'public, no-cache', Vary: 'Accept-Encoding', ...extra };
  const inm = c.req.header('If-None-Match');
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === e.etag)) {
    return c.body(null, 304, headers);
  }
  return c.body(e.bytes, 200, { 'Content-Type': e.type, ...headers });
}
