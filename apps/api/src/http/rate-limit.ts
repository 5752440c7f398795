import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
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

interface Window {
  count: number;
  resetAt: number;
}

/**
 * A fixed-window counter per key, in the memory of this process. With several API processes each counts on
 * its own, so the effective limit is the limit times the number of processes.
 */
export class RateLimiter {
  private windows = new Map<string, Window>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the key may act again, or 0 when it may act now. */
  blockedFor(key: string): number {
    const w = this.windows.get(key);
    if (!w || w.resetAt <= this.now()) return 0;
    return w.count >= this.limit ? Math.max(1, Math.ceil((w.resetAt - this.now()) / 1000)) : 0;
  }

  /** Counts one event; returns the seconds to wait when this event is over the limit, else 0. */
  hit(key: string): number {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      if (this.windows.size > 10_000) this.prune(now);
      w = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, w);
    }
    w.count++;
    return w.count > this.limit ? Math.max(1, Math.ceil((w.resetAt - now) / 1000)) : 0;
  }

  private prune(now: number): void {
    for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
  }
}

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
