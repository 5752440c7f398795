import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Database } from '../db/schema';
import { HttpProblem } from './problem';

export interface RateLimits {
  /** Writes one token may make per minute. */
  writesPerMinute: number;
  /** Failed sign-ins (a wrong or revoked token) one client address may make per window… */
  failedSignIns: number;
  /** …of this many minutes; past it, the address gets 429 until the window ends. */
  failedSignInWindowMinutes: number;
}

export const defaultRateLimits: RateLimits = { writesPerMinute: 120, failedSignIns: 10, failedSignInWindowMinutes: 15 };

/** How often a process deletes ended windows (`pruneNowAndThen`), per database handle. */
const pruneEveryMs = 60_000;
const lastPrune = new WeakMap<Kysely<Database>, number>();

/**
 * A fixed-window counter per key, kept in the database (`rate_windows`), so every process on the database counts
 * against the same limit. Each event is one atomic upsert that starts a new window when the old one has ended.
 * The row's scope includes the rule (limit and window): processes with the same rule share a window, and a changed
 * rule starts afresh instead of reading a window made under another.
 */
export class RateLimiter {
  readonly scope: string;

  constructor(
    private readonly db: Kysely<Database>,
    scope: string,
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.scope = `${scope} ${limit}/${windowMs}ms`;
  }

  /** Seconds until the key may act again, or 0 when it may act now. */
  async blockedFor(key: string): Promise<number> {
    const w = await this.db
      .selectFrom('rate_windows')
      .select(['count', 'reset_at'])
      .where('scope', '=', this.scope)
      .where('key', '=', key)
      .executeTakeFirst();
    const now = this.now();
    if (!w || w.reset_at <= now) return 0;
    return w.count >= this.limit ? secondsUntil(w.reset_at, now) : 0;
  }

  /** Counts one event; returns the seconds to wait when this event is over the limit, else 0. */
  async hit(key: string): Promise<number> {
    const now = this.now();
    const resetAt = now + this.windowMs;
    const w = await this.db
      .insertInto('rate_windows')
      .values({ scope: this.scope, key, count: 1, reset_at: resetAt })
      .onConflict((oc) =>
        oc.columns(['scope', 'key']).doUpdateSet((eb) => {
          const ended = eb('rate_windows.reset_at', '<=', now);
          return {
            count: eb.case().when(ended).then(1).else(eb('rate_windows.count', '+', 1)).end(),
            reset_at: eb.case().when(ended).then(resetAt).else(eb.ref('rate_windows.reset_at')).end(),
          };
        }),
      )
      .returning(['count', 'reset_at'])
      .executeTakeFirstOrThrow();
    await this.pruneNowAndThen(now);
    return w.count > this.limit ? secondsUntil(w.reset_at, now) : 0;
  }

  /** Deletes every window (of any scope) that has ended; returns how many. */
  async prune(): Promise<number> {
    const r = await this.db.deleteFrom('rate_windows').where('reset_at', '<=', this.now()).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  private async pruneNowAndThen(now: number): Promise<void> {
    const last = lastPrune.get(this.db);
    if (last !== undefined && now - last < pruneEveryMs) return;
    lastPrune.set(this.db, now);
    await this.prune();
  }
}

const secondsUntil = (resetAt: number, now: number) => Math.max(1, Math.ceil((resetAt - now) / 1000));

export function tooMany(retryAfter: number, what: string): HttpProblem {
  return new HttpProblem(429, `${what} Try again in ${retryAfter} s.`, undefined, { 'Retry-After': String(retryAfter) });
}

/**
 * The address a request came from. Behind a reverse proxy (`TRUST_PROXY=1`) that is the last address the
 * proxy appended to X-Forwarded-For; otherwise the socket's peer, which a client cannot forge.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const last = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}
