import { Problem } from '@chiso/shared';
import { createRoute, OpenAPIHono, z, type RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { VersionWatch } from '../db/version';
import type { Auth, AuthEnv } from './auth';
import { fromZod, HttpProblem, statusTitle } from './problem';
import type { ReadCache, Stored } from './read-cache';
import { etagOf } from './etag';
import { validateParametersOnce } from './parameters';
import { markReplayable } from './replay';
import { ResponseHeaders } from './response-headers';

/**
 * The one way to declare a route. A declaration names the method, path, parameters (zod), body, answers and who may
 * call it; from it come the validation (path and query parameters by http/parameters.ts, bodies by @hono/zod-openapi:
 * a bad parameter is a 400 that names it), the handler's input types, and the route's entry in the OpenAPI document
 * (http/openapi.ts). `read` declares a cacheable GET, answered through the read cache; `write` anything else.
 * Decisions 0046, 0071.
 */

export type ApiEnv = AuthEnv;
export type ApiRouter = OpenAPIHono<ApiEnv>;

const targetNames: Record<string, string> = {
  query: 'query parameter',
  param: 'path parameter',
  json: 'request body',
  form: 'form field',
  header: 'header',
};

/** A router whose validation failures are problem+json answers. */
export function apiRouter(): ApiRouter {
  const refuse = (error: z.ZodError, target: string) => fromZod(error, targetNames[target] ?? target);
  const app = new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (!result.success) throw refuse(result.error, result.target);
    },
  });
  validateParametersOnce(app, refuse);
  return app;
}

/** The problem+json answers a route documents. */
export function problems(...statuses: number[]): Record<number, { description: string; content: { 'application/problem+json': { schema: typeof Problem } } }> {
  return Object.fromEntries(
    statuses.map((s) => [s, { description: statusTitle(s), content: { 'application/problem+json': { schema: Problem } } }]),
  );
}

/** A JSON body's documentation: the schema the answer follows. */
export const jsonContent = <S extends z.ZodType>(schema: S, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

// ---------------------------------------------------------------------------------------------------------- reads

/** What a read computes: the body and its type, and any headers the route adds (Content-Disposition, CSP). */
export interface Computed {
  body: string | Uint8Array<ArrayBuffer>;
  type: string;
  headers?: Record<string, string>;
}

/** What the read routes share: the cache, the data version, the public origin and the pipeline's compression. */
export interface ReadPipeline {
  cache: ReadCache;
  version: VersionWatch;
  origin: (c: Context) => string;
  compress: MiddlewareHandler;
}

type AnyObject = z.ZodObject;

export interface ReadDeclaration<P extends AnyObject, Q extends AnyObject> {
  /** OpenAPI style, relative to the router's mount point: `/indicators/{key}/series`. */
  path: string;
  summary: string;
  /** The summary in Vietnamese, for the docs page (`x-summary-vi`). */
  summaryVi: string;
  /** A request to try, path and query from the site's root (`x-example`): the docs page links it. */
  example: string;
  description?: string;
  tag: string;
  params?: P;
  /** Parameters outside this schema are refused (400), so no one can make up new cache keys. */
  query?: Q;
  /** The 200 answer: its media type and, for JSON, the schema it follows. */
  response: { type: string; schema?: z.ZodType; description?: string };
  /** Problem answers besides 400 (always possible once there are parameters). */
  errors?: number[];
  /** The body holds links to this site: it is computed and cached per public origin (http/origin.ts). */
  usesOrigin?: boolean;
  /**
   * `refuse` (default): a parameter outside the query schema is a 400. `ignore`, for pages whose addresses people
   * share with anything appended (`?fbclid=…`): it is dropped; the cache key is made of the validated values alone.
   */
  unknownParams?: 'refuse' | 'ignore';
  /** Costly to make (a PNG): kept from its first computation, not its second. */
  keepAtOnce?: boolean;
  /**
   * What an editor sees instead (a request with an editor's token): more than the public answer, such as the curators'
   * internal notes. Computed per request and never cached; sent `private`. A bad token is a 401, as on any editor
   * route; without a token the public answer is sent, which then varies on Authorization.
   */
  editors?: { auth: Auth; compute: (input: ReadInput<P, Q>) => Promise<Computed> };
}

export interface ReadInput<P extends AnyObject, Q extends AnyObject> {
  param: z.output<P>;
  query: z.output<Q>;
  /** The public origin; only for a declaration with `usesOrigin`. */
  origin: string;
}

let routes = 0;

const strictQuery = (q: AnyObject): AnyObject => q.strict();

/**
 * Hono keeps what a validator accepted on the request; this reads it back with the declaration's type (Hono's own
 * typing of it is lost when a route's answer is written by the cache rather than by `c.json`).
 */
function validated<T>(c: Context, target: 'param' | 'query'): T {
  return (c.req.valid as (t: string) => unknown)(target) as T;
}

/**
 * A cacheable GET. `compute` makes the answer from the validated input alone; the pipeline keys it on the data
 * version, the route, the validated parameters (not the raw query string: `limit=050` is `limit=50`) and, when the
 * body uses it, the public origin, and keeps the body and each compressed variant of it in the one read cache.
 */
export function read<P extends AnyObject, Q extends AnyObject>(
  app: ApiRouter,
  reads: ReadPipeline,
  decl: ReadDeclaration<P, Q>,
  compute: (input: ReadInput<P, Q>) => Promise<Computed>,
): void {
  const id = ++routes;
  const keepAtOnce = decl.keepAtOnce ?? false;
  // An editor's token is checked before anything else: a bad one is refused, a good one gets the editors' view.
  const editorsFirst: MiddlewareHandler<ApiEnv> | undefined = decl.editors
    ? async (c, next) => (c.req.header('authorization') === undefined ? next() : decl.editors!.auth.require('editor')(c, next))
    : undefined;
  const route: RouteConfig = createRoute({
    method: 'get',
    ...(editorsFirst ? { middleware: [editorsFirst] } : {}),
    path: decl.path,
    summary: decl.summary,
    ...(decl.description ? { description: decl.description } : {}),
    ...docs(decl.summaryVi, decl.example),
    tags: [decl.tag],
    request: {
      ...(decl.params ? { params: decl.params } : {}),
      // Without a query schema, no parameter at all.
      query: decl.unknownParams === 'ignore' ? (decl.query ?? z.object({})) : strictQuery(decl.query ?? z.object({})),
    },
    responses: {
      200: {
        description: decl.response.description ?? 'OK',
        content: { [decl.response.type]: { schema: decl.response.schema ?? { type: 'string' } } },
      },
      ...problems(...new Set([400, ...(decl.errors ?? [])])),
    },
  });
  app.openapi(route, async (c) => {
    const param = validated<z.output<P>>(c, 'param') ?? {};
    const query = validated<z.output<Q>>(c, 'query') ?? {};
    const origin = decl.usesOrigin ? reads.origin(c) : undefined;
    const input: ReadInput<P, Q> = {
      param,
      query,
      get origin(): string {
        if (origin === undefined) throw new Error(`${decl.path} reads the public origin without declaring usesOrigin`);
        return origin;
      },
    };
    if (decl.editors && c.get('editor')) {
      const computed = await decl.editors.compute(input);
      const sent = stored(computed);
      return respond({ ...sent, headers: { ...sent.headers, 'Cache-Control': 'private, no-cache', Vary: 'Accept-Encoding, Authorization' } });
    }
    // Without a cache there is nothing to keep valid: no version to read.
    const version = reads.cache.enabled ? await reads.version.current() : '';
    const key = `${version}\n${id}\n${JSON.stringify(param)}\n${JSON.stringify(query)}\n${origin ?? ''}`;
    const identity = await reads.cache.getOrCompute(key, async () => stored(await compute(input), decl.editors ? 'Accept-Encoding, Authorization' : undefined), keepAtOnce);
    if (reads.cache.enabled) markReplayable(c, version);
    return answer(c, reads, key, identity, keepAtOnce);
  });
}

/** The answer as the pipeline's middleware will see it: its headers in a Map rather than undici's `Headers` (0068). */
const respond = (s: Stored) => new Response(s.bytes, { status: s.status, headers: new ResponseHeaders(s.headers) });

function stored(computed: Computed, vary = 'Accept-Encoding'): Stored {
  const bytes = typeof computed.body === 'string' ? new TextEncoder().encode(computed.body) : computed.body;
  return {
    status: 200,
    bytes,
    headers: {
      'Content-Type': computed.type,
      'Cache-Control': 'public, no-cache',
      Vary: vary,
      ...computed.headers,
      ETag: etagOf(bytes),
      'Content-Length': String(bytes.byteLength),
    },
  };
}

/**
 * Sends a read's answer, kept as computed with its ETag; a client that accepts compression gets the variant that the
 * pipeline's compress middleware makes of it, made once and kept under the Accept-Encoding it answered. Conditional
 * requests (304) are the etag middleware's, outside (http/pipeline.ts).
 */
async function answer(c: Context, reads: ReadPipeline, versioned: string, identity: Stored, keepAtOnce: boolean): Promise<Response> {
  const accepts = c.req.header('accept-encoding');
  if (!accepts || c.req.method === 'HEAD') return respond(identity);
  const variantKey = `${versioned}\n${accepts}`;
  const variant = reads.cache.get(variantKey);
  if (variant) return respond(variant);
  // The compress middleware works on the context's response; the handler's answer is then the context's too.
  c.res = respond(identity);
  await reads.compress(c, async () => {});
  const made: Stored = { status: c.res.status, headers: Object.fromEntries(c.res.headers), bytes: new Uint8Array(await c.res.arrayBuffer()) };
  made.headers['content-length'] = String(made.bytes.byteLength);
  reads.cache.offer(variantKey, made, keepAtOnce);
  c.res = respond(made);
  return c.res;
}

/**
 * What the docs page shows of an operation besides its English summary (OpenAPI extensions, so the document stays
 * valid): the summary in Vietnamese and an example request. Every route declares both (http/openapi.test.ts).
 */
export const docs = (summaryVi: string, example: string) => ({ 'x-summary-vi': summaryVi, 'x-example': example }) as const;

// --------------------------------------------------------------------------------------------------------- writes

/** JSON bodies past this many bytes are refused with 413 before they are read whole. */
export const JSON_BODY_LIMIT = 256 * 1024;

export interface WriteOptions {
  /** Who may call it; absent for a public route. */
  auth?: 'editor' | 'admin';
  /** Largest body in bytes (default JSON_BODY_LIMIT); every route that reads a body is bounded. */
  maxBodyBytes?: number;
  /** The problem to answer past the limit (default: a 413 naming the limit). */
  tooLarge?: () => HttpProblem;
}

const tooLargeJson = (limit: number) => () =>
  new HttpProblem(413, `The request body is larger than ${Math.round(limit / 1024)} kB; nothing was changed.`);

/**
 * A body sent with a type the route does not read is a 415 that names the types it does (before the validators,
 * whose own refusal says only "Unsupported Media Type"). No Content-Type is left to the validators.
 */
function contentTypeOf(types: string[]): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const sent = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (sent && !types.includes(sent)) {
      throw new HttpProblem(415, `Send the body as ${types.join(' or ')} (got ${sent}).`);
    }
    await next();
  };
}

/** The problems every authenticated route may answer. */
export const authProblems = [401, 403, 429];

/**
 * Any route that is not a cached read (writes, and reads that must not be cached): the declaration as
 * @hono/zod-openapi takes it, plus who may call it and how large a body it takes. The role check (which also
 * counts the token's writes) and the body limit run before the validators; the limit counts the bytes as they
 * arrive, whether or not the client sent a Content-Length. Register it with `app.openapi(route, handler)`.
 */
export function route<const R extends Omit<RouteConfig, 'middleware' | 'security'>>(auth: Auth, opts: WriteOptions, config: R) {
  const limit = opts.maxBodyBytes ?? JSON_BODY_LIMIT;
  const refuse = opts.tooLarge ?? tooLargeJson(limit);
  const types = Object.keys(config.request?.body?.content ?? {});
  const middleware: MiddlewareHandler<ApiEnv>[] = [
    ...(opts.auth ? [auth.require(opts.auth)] : []),
    ...(config.method === 'get'
      ? []
      : [
          bodyLimit({
            maxSize: limit,
            onError: () => {
              throw refuse();
            },
          }),
        ]),
    ...(types.length ? [contentTypeOf(types)] : []),
  ];
  return createRoute({ ...config, middleware, ...(opts.auth ? { security: [{ bearer: [] }] } : {}) });
}
