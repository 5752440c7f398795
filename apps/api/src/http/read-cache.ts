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
   * crawler's) neither push out what people read again nor fill memory. `first-miss`: kept at once.
   */
  admit?: 'first-miss' | 'second-miss';
}

/** Keys that missed once, remembered until this many, then forgotten together. */
const MAX_SEEN = 20_000;
/** Addresses remembered as another spelling of a validated key (a few hundred bytes each). */
const MAX_ALIASES = 20_000;
/** What an entry costs besides its body: its key, headers and bookkeeping, roughly. */
const ENTRY_OVERHEAD = 512;

/**
 * The one cache of read responses, least recently used out first, bounded by the bytes of everything it holds:
 * each route's answer and each compressed variant of it are entries of their own. Keys carry the data version, so a
 * write makes every older entry unreachable, and they fall out by LRU. Concurrent misses of one key compute once.
 */
export class ReadCache {
  private readonly lru: LRUCache<string, Stored> | null;
  private readonly pending = new Map<string, Promise<Stored>>();
  private readonly seen = new Set<string>();
  private readonly admitFirst: boolean;
  /** The address a request was sent as → the key of its validated parameters, for answers already computed. */
  private readonly aliases = new LRUCache<string, string>({ max: MAX_ALIASES });

  constructor(opts: ReadCacheOptions) {
    this.admitFirst = opts.admit === 'first-miss';
    this.lru =
      opts.maxBytes > 0
        ? new LRUCache<string, Stored>({ maxSize: opts.maxBytes, sizeCalculation: (s) => s.bytes.byteLength + ENTRY_OVERHEAD })
        : null;
  }

  get(key: string): Stored | undefined {
    return this.lru?.get(key);
  }

  /** Keeps an entry if the admission rule lets it in (or `atOnce`, for what is costly to make) and it fits at all. */
  offer(key: string, stored: Stored, atOnce = false): void {
    if (!this.lru || stored.bytes.byteLength + ENTRY_OVERHEAD > this.lru.maxSize) return;
    if (atOnce || this.admitFirst || this.seen.has(key)) {
      this.seen.delete(key);
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

  /** Remembers that an address (as sent, with its data version) is answered by the entry of `key`. */
  alias(sent: string, key: string): void {
    if (this.lru?.has(key)) this.aliases.set(sent, key);
  }

  /** The key an address was answered by before, if it was. */
  aliasOf(sent: string): string | undefined {
    return this.lru ? this.aliases.get(sent) : undefined;
  }

  /** Bytes and entries held now. */
  get size(): { bytes: number; entries: number } {
    return { bytes: this.lru?.calculatedSize ?? 0, entries: this.lru?.size ?? 0 };
  }
}
