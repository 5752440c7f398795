import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import type { ReadCache, Stored } from './read-cache';
import { requestEntry, type Logger } from './log';

/**
 * The Node listener of the app: Hono's (`@hono/node-server`), plus the replay of answers the pipeline made before.
 *
 * A read route's answer is a function of the data version, the request's method and address (scheme, Host, target)
 * and the request headers the pipeline read while answering it (If-None-Match, Accept-Encoding, X-Forwarded-* behind
 * a proxy…). Every pass through Hono records which headers it read; when a read route marked its answer replayable,
 * the complete response that came out of the pipeline (status, every header, the bytes) is kept in the read cache
 * under those inputs. A later request with the same inputs — the same raw values of the headers read — gets that
 * response written again, and one log line from the same logger, without entering Hono. Anything else, and every
 * miss, goes through Hono. The replay holds no protocol logic of its own: no header, ETag, 304 or compression rule is
 * decided here, only whether the inputs are identical (decision 0046).
 */

/** What a read route says of its answer: made for this data version, logged under this path. */
interface Mark {
  version: string;
  path: string;
}

const marks = new WeakMap<Request, Mark>();

/** Called by a read route (http/route.ts) for the answer it gives: replayable for requests with the same inputs. */
export function markReplayable(c: Context, version: string): void {
  marks.set(c.req.raw, { version, path: c.req.path });
}

/** The request headers a pass read, lower-cased; null once it read all of them, changed them or used the connection. */
class Reads {
  names: string[] | null = [];

  note(name: string): void {
    if (!this.names) return;
    const lower = name.toLowerCase();
    if (!this.names.includes(lower)) this.names.push(lower);
  }

  all(): void {
    this.names = null;
  }
}

/** The request's headers as the pipeline sees them, noting which it reads. */
class TrackedHeaders implements Headers {
  readonly #inner: Headers;
  readonly #reads: Reads;

  constructor(inner: Headers, reads: Reads) {
    this.#inner = inner;
    this.#reads = reads;
  }

  get(name: string): string | null {
    this.#reads.note(name);
    return this.#inner.get(name);
  }

  has(name: string): boolean {
    this.#reads.note(name);
    return this.#inner.has(name);
  }

  getSetCookie(): string[] {
    this.#reads.all();
    return this.#inner.getSetCookie();
  }

  forEach(callback: (value: string, key: string, parent: Headers) => void, thisArg?: unknown): void {
    this.#reads.all();
    this.#inner.forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  keys(): ReturnType<Headers['keys']> {
    this.#reads.all();
    return this.#inner.keys();
  }

  values(): ReturnType<Headers['keys']> {
    this.#reads.all();
    return this.#inner.values();
  }

  entries(): ReturnType<Headers['entries']> {
    this.#reads.all();
    return this.#inner.entries();
  }

  [Symbol.iterator](): ReturnType<Headers['entries']> {
    return this.entries();
  }

  append(name: string, value: string): void {
    this.#reads.all();
    this.#inner.append(name, value);
  }

  set(name: string, value: string): void {
    this.#reads.all();
    this.#inner.set(name, value);
  }

  delete(name: string): void {
    this.#reads.all();
    this.#inner.delete(name);
  }
}
// `instanceof Headers` holds, as for the adapter's own lightweight headers.
Object.setPrototypeOf(TrackedHeaders.prototype, Headers.prototype);

/** The request as Hono gets it, its headers tracked; the connection (client address, socket) counts as read whole. */
function tracked(req: Request, env: HttpBindings, reads: Reads): HttpBindings {
  Object.defineProperty(req, 'headers', { value: new TrackedHeaders(req.headers, reads) });
  return {
    get incoming() {
      reads.all();
      return env.incoming;
    },
    get outgoing() {
      reads.all();
      return env.outgoing;
    },
  };
}

/** What the answer depends on besides the headers read: the data version, method, scheme, Host and target as sent. */
const addressOf = (version: string, incoming: IncomingMessage): string =>
  `${version}\n${incoming.method}\n${(incoming.socket as { encrypted?: boolean }).encrypted ? 's' : ''}\n${incoming.headers.host ?? ''}\n${incoming.url}`;

/** Writes a response kept whole, as `@hono/node-server` writes one whose body is bytes. */
function send(outgoing: ServerResponse, stored: Stored, bodyless: boolean): void {
  outgoing.writeHead(stored.status, stored.headers);
  if (bodyless) outgoing.end();
  else outgoing.end(stored.bytes);
}

export interface ListenerOptions {
  cache: ReadCache;
  /** The data version now: at once (a string) when known without a query; otherwise the request goes through Hono. */
  version: () => string | Promise<string>;
  log: Logger;
}

/** The app as the adapter calls it: Hono's `fetch`, given the Node request and response as bindings. */
interface FetchApp {
  fetch(request: Request, env: HttpBindings): Response | Promise<Response>;
}

/** The server's request listener: Hono's, with the replay in front when the read cache is on. */
export function appListener(app: FetchApp, opts: ListenerOptions): RequestListener {
  const { cache, log } = opts;
  if (!cache.enabled) return getRequestListener((req, env) => app.fetch(req, env as HttpBindings));

  const viaHono = getRequestListener(async (req, bindings) => {
    // A node:http server: the HTTP/1 bindings.
    const env = bindings as HttpBindings;
    const reads = new Reads();
    const res = await app.fetch(req, tracked(req, env, reads));
    const mark = marks.get(req);
    if (!mark || !reads.names || (res.status !== 200 && res.status !== 304) || res.headers.has('set-cookie')) return res;
    const bodyless = req.method === 'HEAD' || res.status === 304;
    const stored: Stored = {
      status: res.status,
      headers: Object.fromEntries(res.headers),
      bytes: bodyless ? new Uint8Array(0) : new Uint8Array(await res.arrayBuffer()),
    };
    cache.keepReplay(addressOf(mark.version, env.incoming), reads.names, env.incoming.rawHeaders, stored, mark.path);
    return new Response(bodyless ? null : stored.bytes, { status: stored.status, headers: stored.headers });
  });

  return (incoming, outgoing) => {
    const started = performance.now();
    const method = incoming.method;
    if (method === 'GET' || method === 'HEAD') {
      let version: string | Promise<string> | undefined;
      try {
        version = opts.version();
      } catch {
        // The pipeline reads it again and answers the failure as a problem.
      }
      const hit = typeof version === 'string' ? cache.replay(addressOf(version, incoming), incoming.rawHeaders) : undefined;
      if (hit) {
        send(outgoing, hit.stored, method === 'HEAD' || hit.stored.status === 304);
        log(requestEntry(method, hit.path, hit.stored.status, started));
        return;
      }
    }
    void viaHono(incoming, outgoing);
  };
}
