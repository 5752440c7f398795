import type { Env, Hono, MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { TrieRouter } from 'hono/router/trie-router';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { etagDigest } from './etag';
import { requestLog, type Logger } from './log';
import { HttpProblem, problemJson, statusTitle } from './problem';

/**
 * The one request pipeline, in order: the log line, security headers, conditional requests (ETag, 304,
 * If-None-Match: *), compression (negotiated by q-value, streamed, never for `no-transform`), then the route.
 * Read routes answer from the read cache inside it (http/route.ts); rate limits and body limits are route
 * middleware (http/auth.ts, http/route.ts). Decision 0046.
 */

/** The pages and images other sites may frame or load: their own policy, and no X-Frame-Options. */
const frameable = (path: string) => path.startsWith('/embed') || path.startsWith('/api/v1/charts/') || path.startsWith('/api/v1/maps/');

const common = {
  // Left to the TLS proxy in front: the app does not know whether it is served over https.
  strictTransportSecurity: false,
  referrerPolicy: 'strict-origin-when-cross-origin',
  // A header a route set itself (an image's tighter policy) stands.
  overwrite: false,
} as const;

const appHeaders = secureHeaders({
  ...common,
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
  },
});

const frameableHeaders = secureHeaders({
  ...common,
  xFrameOptions: false,
  crossOriginResourcePolicy: 'cross-origin',
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: ['*'],
  },
});

const securityHeaders: MiddlewareHandler = (c, next) => (frameable(c.req.path) ? frameableHeaders(c, next) : appHeaders(c, next));

/** The compression every answer goes through; the read cache keeps what it makes (http/route.ts). */
export const compression: MiddlewareHandler = compress();

/** The pipeline's middleware, outermost first, each under its name (the floor bench adds them one at a time). */
export function pipelineMiddleware(log: Logger): [name: string, middleware: MiddlewareHandler][] {
  return [
    ['log', requestLog(log)],
    ['secure headers', securityHeaders],
    ['etag', etag({ generateDigest: etagDigest })],
    ['compress', compression],
  ];
}

/** The app's middleware, error and not-found handling; routes are added after. */
export function usePipeline<E extends Env>(app: Hono<E>, log: Logger): void {
  for (const [, m] of pipelineMiddleware(log)) app.use('*', m);

  app.onError((err, c) => {
    if (err instanceof HttpProblem) return problemJson(c, err);
    if (err instanceof HTTPException && err.status < 500) {
      const status = err.status as ContentfulStatusCode;
      return problemJson(c, new HttpProblem(status, err.message || statusTitle(status)));
    }
    log({ kind: 'error', path: c.req.path, message: err instanceof Error ? err.message : String(err) });
    return problemJson(c, new HttpProblem(500, 'Something went wrong on the server. The error was logged; try again later.'));
  });

  let methods: ((path: string) => string[]) | undefined;
  app.notFound((c) => {
    methods ??= allowedMethods(app);
    const allowed = methods(c.req.path);
    if (allowed.length > 0) {
      return problemJson(
        c,
        new HttpProblem(405, `${c.req.method} is not allowed on ${c.req.path}; it answers ${allowed.join(', ')}.`, undefined, { Allow: allowed.join(', ') }),
      );
    }
    const where = c.req.path.startsWith('/api/') ? 'The API is described at /api/v1/docs.' : 'The API is described at /api/v1/openapi.json.';
    return problemJson(c, new HttpProblem(404, `Nothing at ${c.req.path}. ${where}`));
  });
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * The methods the app's routes answer on a path, for a 405 with Allow. Catch-all routes (the app shell's `*`) and
 * middleware do not count: they stand for no resource of their own.
 */
function allowedMethods<E extends Env>(app: Hono<E>): (path: string) => string[] {
  const router = new TrieRouter<true>();
  for (const r of app.routes) {
    if (METHODS.includes(r.method) && r.path !== '*' && r.path !== '/*') router.add(r.method, r.path, true);
  }
  return (path) => {
    const allowed = METHODS.filter((m) => router.match(m, path)[0].length > 0);
    return allowed.includes('GET') ? ['GET', 'HEAD', ...allowed.filter((m) => m !== 'GET')] : allowed;
  };
}
