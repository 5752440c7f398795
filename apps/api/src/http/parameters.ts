import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Context, Env, MiddlewareHandler } from 'hono';
import type { z } from 'zod';

/** What a failed validation becomes: the router's answer for a bad parameter (http/route.ts). */
export type Refusal = (error: z.ZodError, target: 'query' | 'param') => Error;

/** The query as Hono's validator reads it: a name given once is a string, a name repeated a list. */
function queryOf(c: Context): Record<string, string | string[]> {
  const all = c.req.queries();
  const value: Record<string, string | string[]> = {};
  for (const name in all) {
    const v = all[name]!;
    value[name] = v.length === 1 ? v[0]! : v;
  }
  return value;
}

/**
 * One middleware that validates a route's path and query parameters, synchronously, with the schemas its
 * declaration gives @hono/zod-openapi, the query before the path as the library does. It replaces the library's two
 * asynchronous validators (one per target, each a middleware of its own: decision 0071); bodies, headers and cookies
 * stay the library's.
 */
function parameters(query: z.ZodType | undefined, params: z.ZodType | undefined, refuse: Refusal): MiddlewareHandler {
  return (c, next) => {
    if (query) {
      const r = query.safeParse(queryOf(c));
      if (!r.success) throw refuse(r.error, 'query');
      c.req.addValidatedData('query', r.data as Record<string, unknown>);
    }
    if (params) {
      const r = params.safeParse(c.req.param());
      if (!r.success) throw refuse(r.error, 'param');
      c.req.addValidatedData('param', r.data as Record<string, unknown>);
    }
    return next();
  };
}

/**
 * Makes `app.openapi` validate every route's path and query parameters through `parameters`: the declaration is the
 * same, the route's entry in the OpenAPI document is the same (registered here as the library registers it), and
 * the library is handed the route without those two schemas so that it does not validate them a second time.
 */
export function validateParametersOnce<E extends Env>(app: OpenAPIHono<E>, refuse: Refusal): void {
  const register = app.openapi;
  app.openapi = ((config: RouteConfig, handler: never, hook?: never) => {
    const { query, params, ...request } = config.request ?? {};
    if (!query && !params) return register(config, handler, hook);
    // A route's own hook would answer bad parameters its own way: there is one way, the router's.
    if (hook) throw new Error(`${config.path}: a route with parameters takes no hook of its own`);
    const { middleware, hide, ...documented } = config;
    if (!hide) app.openAPIRegistry.registerPath(documented);
    const before = middleware === undefined ? [] : Array.isArray(middleware) ? middleware : [middleware];
    return register({ ...config, hide: true, request, middleware: [...before, parameters(query, params, refuse)] }, handler, hook);
  }) as typeof app.openapi;
}
