import { TrieRouter } from 'hono/router/trie-router';

/** What a read handler needs of a request: the full URL and its path parameters (Hono's Context has both). */
export interface RequestView {
  req: { url: string; param(name: string): string | undefined };
}

export interface Computed {
  body: string | Uint8Array<ArrayBuffer>;
  type: string;
}

/** A validated read: how to compute its answer, and any headers the route adds. */
export interface Read {
  compute: () => Promise<Computed>;
  headers?: Record<string, string>;
}

/** Validates a request (throwing HttpProblem for a bad one) and says how to answer it. */
export type ReadHandler = (c: RequestView) => Read;

/** Where the API's routes are mounted (app.ts). */
const API_PREFIX = '/api/v1';

/**
 * The cacheable GET routes of the public API, matched the way Hono matches them, so that the Node listener can
 * answer a cache miss without entering Hono (http/fast-path.ts). Hono serves the same handlers (http/read.ts).
 */
export class ReadRoutes {
  private router = new TrieRouter<ReadHandler>();

  add(path: string, handler: ReadHandler): void {
    this.router.add('GET', API_PREFIX + path, handler);
  }

  /** The handler of a path and its decoded parameters; undefined when no read route has it or a parameter is not valid percent-encoding. */
  match(pathname: string): { handler: ReadHandler; params: Record<string, string> } | undefined {
    const result = this.router.match('GET', pathname);
    if (result.length !== 1) return undefined;
    const first = result[0][0];
    if (!first) return undefined;
    const params: Record<string, string> = {};
    try {
      for (const [k, v] of Object.entries(first[1])) params[k] = decodeURIComponent(v);
    } catch {
      return undefined;
    }
    return { handler: first[0], params };
  }
}
