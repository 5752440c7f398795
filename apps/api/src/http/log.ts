import type { MiddlewareHandler } from 'hono';

export type Logger = (entry: Record<string, unknown>) => void;

let pending = '';
let scheduled = false;

function flush(): void {
  scheduled = false;
  if (!pending) return;
  const out = pending;
  pending = '';
  process.stdout.write(out);
}
process.on('exit', flush);

let lastMs = -1;
let lastIso = '';

/** The time now as ISO 8601, made once per millisecond: under load many lines share one. */
function timestamp(): string {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}

/**
 * One JSON line per entry on stdout, its time (`t`) first. Lines are written together once per turn of the event loop
 * (or every 64 KB): a write per request would cost more than serving a cached read. Whatever is pending goes out on
 * exit.
 */
export const jsonLogger: Logger = (entry) => {
  const body = JSON.stringify(entry);
  pending += body.length > 2 ? `{"t":"${timestamp()}",${body.slice(1)}\n` : `{"t":"${timestamp()}"}\n`;
  if (pending.length >= 65536) flush();
  else if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
};
export const silentLogger: Logger = () => {};

/** A request's log entry: method, path (no query string, which could carry anything), status, ms since `started`. */
export const requestEntry = (method: string, path: string, status: number, started: number) => ({
  kind: 'request',
  method,
  path,
  status,
  ms: Math.round((performance.now() - started) * 10) / 10,
});

/** One JSON line per request (`requestEntry`). */
export function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log(requestEntry(c.req.method, c.req.path, c.res.status, started));
  };
}
