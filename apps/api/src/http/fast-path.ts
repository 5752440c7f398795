import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppDeps } from '../context';
import { versionPeek, versionProbe } from '../db/version';
import type { CacheEntry, Wire } from './cache';
import type { Logger } from './log';
import { requestVersions } from './read';
import type { Read } from './read-routes';
import { applySecurityHeaders } from './security';

/** Bodies smaller than this go uncompressed, as with Hono's compress(). */
const GZIP_THRESHOLD = 1024;

/** The headers every answer of a type (and a route's extra headers) carries, as a flat list: made once per kind. */
const fixedHeaders = new Map<string, string[]>();

function fixedHeadersOf(type: string, extra: Record<string, string>, gzip: boolean): string[] {
  const key = `${gzip ? 'gzip' : 'plain'} ${type} ${JSON.stringify(extra)}`;
  let flat = fixedHeaders.get(key);
  if (!flat) {
    const h: Record<string, string> = { 'Cache-Control': 'public, no-cache', Vary: 'Accept-Encoding', ...extra, 'Content-Type': type };
    if (gzip) h['Content-Encoding'] = 'gzip';
    applySecurityHeaders({ get: (n) => h[n] ?? null, set: (n, v) => (h[n] = v) });
    flat = Object.entries(h).flat();
    if (fixedHeaders.size < 1000) fixedHeaders.set(key, flat);
  }
  return flat;
}

function wireOf(entry: CacheEntry, gzip: boolean): Wire {
  const body = gzip ? gzipSync(entry.bytes) : entry.bytes;
  // As Hono's compress() does: the compressed bytes are not the ones the strong ETag names.
  const etag = gzip ? `W/${entry.etag}` : entry.etag;
  return { headers: ['ETag', etag, ...fixedHeadersOf(entry.type, entry.headers, gzip), 'Content-Length', String(body.length)], body };
}

const notModifiedDrops = new Set(['Content-Type', 'Content-Encoding', 'Content-Length']);

function send(req: IncomingMessage, res: ServerResponse, entry: CacheEntry): number {
  const gzip = entry.bytes.length >= GZIP_THRESHOLD && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const wires = (entry.wire ??= {});
  const wire = gzip ? (wires.gzip ??= wireOf(entry, true)) : (wires.plain ??= wireOf(entry, false));
  const inm = req.headers['if-none-match'];
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === entry.etag)) {
    const headers: string[] = [];
    for (let i = 0; i < wire.headers.length; i += 2) {
      if (!notModifiedDrops.has(wire.headers[i]!)) headers.push(wire.headers[i]!, wire.headers[i + 1]!);
    }
    res.writeHead(304, headers);
    res.end();
    return 304;
  }
  res.writeHead(200, wire.headers);
  res.end(wire.body);
  return 200;
}

/**
 * The server's request listener: a GET of the public API whose answer is in the read cache for the current data
 * version is sent straight from the cache, with the same headers, ETag/304, gzip and log line as through Hono; a
 * miss of a read route (http/read-routes.ts) is computed with the route's handler and sent the same way;
 * everything else goes to the Hono app. On PostgreSQL the version is read first (one query), then the same.
 */
export function nodeListener(app: Hono, deps: AppDeps, log: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  const hono = getRequestListener(app.fetch);
  const peek = versionPeek(deps.db);
  const probe = versionProbe(deps.db);
  const logSent = (url: string, status: number, started: number) => {
    const q = url.indexOf('?');
    log({ kind: 'request', method: 'GET', path: q < 0 ? url : url.slice(0, q), status, ms: Math.round((performance.now() - started) * 10) / 10 });
  };
  /**
   * A cache miss of a read route is computed here with the route's own handler and kept like Hono would keep it.
   * Anything else — no such route, a bad parameter, an error while computing — goes to Hono, which answers it.
   */
  const compute = (req: IncomingMessage, res: ServerResponse, url: string, version: string, started: number): boolean => {
    const q = url.indexOf('?');
    const route = deps.reads.match(q < 0 ? url : url.slice(0, q));
    if (!route) return false;
    let read: Read;
    try {
      read = route.handler({ req: { url: `http://api${url}`, param: (name) => route.params[name] } });
    } catch {
      return false;
    }
    deps.cache.getOrCompute(`${version}|${url}`, read.compute, read.headers).then(
      (entry) => logSent(url, send(req, res, entry), started),
      () => {
        requestVersions.set(req, version);
        void hono(req, res);
      },
    );
    return true;
  };
  const serve = (req: IncomingMessage, res: ServerResponse, url: string, version: string | undefined, started: number): void => {
    if (version !== undefined) {
      const entry = deps.cache.get(`${version}|${url}`);
      if (entry) return logSent(url, send(req, res, entry), started);
      if (compute(req, res, url, version, started)) return;
      requestVersions.set(req, version);
    }
    void hono(req, res);
  };
  return (req, res) => {
    const url = req.url ?? '';
    if (req.method !== 'GET' || !url.startsWith('/api/v1/') || url.startsWith('/api/v1/charts/')) {
      void hono(req, res);
      return;
    }
    const started = performance.now();
    // SQLite: synchronous; the stamp says whether the version read last is still current (after a write Hono reads it).
    if (deps.db.sqlite) return serve(req, res, url, peek(), started);
    probe().then(
      (version) => serve(req, res, url, version, started),
      () => void hono(req, res),
    );
  };
}
