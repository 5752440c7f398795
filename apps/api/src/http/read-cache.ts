import { LRUCache } from 'lru-cache';

/** A response as the pipeline sends it, kept whole: status, headers and the exact bytes. */
export interface Stored {
  status: number;
  headers: Record<string, string>;
  bytes: Uint8Array<ArrayBuffer>;
}

export interface ReadCacheOptions {
  /** Bytes of bodies kept, every variant counted (0 turns the cache off). */
  maxBytes: number;
  /**
   * `second-miss` (default): an answer is kept the second time its key misses, so addresses asked for once (a
   * crawler's) neither push out what people read again nor fill memory; an answer kept under an earlier data version
   * is kept again at its first miss. `first-miss`: kept at once.
   */
  admit?: 'first-miss' | 'second-miss';
}

/** Keys that missed once, remembered until this many, then forgotten together. */
const MAX_SEEN = 20_000;
/** Addresses whose answers are replayed (http/replay.ts), with the headers each answer depends on (a few hundred bytes each). */
const MAX_ADDRESSES = 20_000;
/** Sets of headers read, per address: one per path through the pipeline (with or without a conditional header…). */
const MAX_SHAPES = 8;
/** What an entry costs besides its body: its key, headers and bookkeeping, roughly. */
const ENTRY_OVERHEAD = 512;

/** The headers a pass through the pipeline read for an address, and the key prefix of the answers made that way. */
interface Shape {
  names: readonly string[];
  prefix: string;
}

/** An address whose answers are replayed: the ways they were made, and the path the log line names. */
interface Address {
  shapes: Shape[];
  path: string;
}

/**
 * The raw values of some request headers, in order, every repetition kept: requests equal here are equal to whatever
 * read only these headers (a header absent and a header sent empty differ).
 */
function valuesOf(raw: readonly string[], names: readonly string[]): string {
  let out = '';
  for (const name of names) {
    for (let i = 0; i < raw.length; i += 2) {
      const n = raw[i]!;
      if (n.length === name.length && n.toLowerCase() === name) out += `\0${raw[i + 1]!}`;
    }
    out += '\x01';
  }
  return out;
}

/**
 * The one cache of read responses, least recently used out first, bounded by the bytes of everything it holds:
 * each route's answer and each compressed variant of it are entries of their own. Keys carry the data version, so a
 * write makes every older entry unreachable, and they fall out by LRU. Concurrent misses of one key compute once.
 * Every key begins with the data version and a newline (a replay key with \x02 before it): what follows names the
 * request whatever the version, so what was read again under one version is kept at once under the next.
 */
export class ReadCache {
  private readonly lru: LRUCache<string, Stored> | null;
  private readonly pending = new Map<string, Promise<Stored>>();
  private readonly seen = new Set<string>();
  /** Requests (keys without their version) whose answer was kept: kept at their first miss under a later version. */
  private readonly kept = new LRUCache<string, true>({ max: MAX_SEEN });
  private readonly admitFirst: boolean;
  /** Addresses answered before → how their answers were made (http/replay.ts). */
  private readonly addresses = new LRUCache<string, Address>({ max: MAX_ADDRESSES });

  constructor(opts: ReadCacheOptions) {
    this.admitFirst = opts.admit === 'first-miss';
    this.lru =
      opts.maxBytes > 0
        ? new LRUCache<string, Stored>({ maxSize: opts.maxBytes, sizeCalculation: (s) => s.bytes.byteLength + ENTRY_OVERHEAD })
        : null;
  }

  /** Off with a budget of 0: nothing is kept, nothing replayed. */
  get enabled(): boolean {
    return this.lru !== null;
  }

  get(key: string): Stored | undefined {
    return this.lru?.get(key);
  }

  /** Keeps an entry if the admission rule lets it in (or `atOnce`, for what is costly to make) and it fits at all. */
  offer(key: string, stored: Stored, atOnce = false): void {
    if (!this.lru || stored.bytes.byteLength + ENTRY_OVERHEAD > this.lru.maxSize) return;
    const request = key.slice(key.indexOf('\n') + 1);
    if (atOnce || this.admitFirst || this.seen.has(key) || this.kept.has(request)) {
      this.seen.delete(key);
      this.kept.set(request, true);
      this.lru.set(key, stored);
      return;
    }
    if (this.seen.size >= MAX_SEEN) this.seen.clear();
    this.seen.add(key);
  }

  /** The entry of a key, computed once however many requests miss it at the same time. */
  async getOrCompute(key: string, compute: () => Promise<Stored>, atOnce = false): Promise<Stored> {
    const hit = this.lru?.get(key);
    if (hit) return hit;
    let pending = this.pending.get(key);
    if (!pending) {
      pending = compute()
        .then((s) => {
          this.offer(key, s, atOnce);
          return s;
        })
        .finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    return pending;
  }

  /**
   * Keeps a complete response for replay: made for `address` (data version, method, scheme, Host, target) by a pass
   * that read the request headers `names`, whose raw values are taken from `rawHeaders`. Admitted as any entry.
   */
  keepReplay(address: string, names: readonly string[], rawHeaders: readonly string[], stored: Stored, path: string): void {
    if (!this.lru) return;
    const known = this.addresses.get(address);
    const prefix = `\x02${address}\n${names.join(' ')}\n`;
    const key = prefix + valuesOf(rawHeaders, names);
    this.offer(key, stored);
    if (!this.lru.has(key)) return;
    if (!known) this.addresses.set(address, { shapes: [{ names, prefix }], path });
    else if (!known.shapes.some((s) => s.prefix === prefix)) {
      if (known.shapes.length >= MAX_SHAPES) known.shapes.shift();
      known.shapes.push({ names, prefix });
    }
  }

  /** The response kept for a request to `address` whose headers equal, in every header read, those it was made for. */
  replay(address: string, rawHeaders: readonly string[]): { stored: Stored; path: string } | undefined {
    const known = this.lru ? this.addresses.get(address) : undefined;
    if (!known) return undefined;
    for (const shape of known.shapes) {
      const stored = this.lru!.get(shape.prefix + valuesOf(rawHeaders, shape.names));
      if (stored) return { stored, path: known.path };
    }
    return undefined;
  }

  /** Bytes and entries held now. */
  get size(): { bytes: number; entries: number } {
    return { bytes: this.lru?.calculatedSize ?? 0, entries: this.lru?.size ?? 0 };
  }
}
