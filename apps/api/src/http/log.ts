import type { MiddlewareHandler } from 'hono';

export type Logger = (entry: Record<string, unknown>) => void;

export const jsonLogger: Logger = (entry) => process.stdout.write(JSON.stringify({ t: new Date().toISOString(), ...entry }) + '\n');
export const silentLogger: Logger = () => {};

/** One JSON line per request: method, path (no query string, which could carry anything), status, ms. */
export function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log({
      kind: 'request',
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
