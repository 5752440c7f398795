import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppDeps } from '../context';
import { versionPeek, versionProbe } from '../db/version';
import type { CacheEntry, Wire } from './cache';
import type { Logger } from './log';
import { requestVersions } from './read';
import { applySecurityHeaders } from './security';

/** Bodies smaller than this go uncompressed, as with Hono's compress(). */
const GZIP_THRESHOLD = 1024;

function wireOf(entry: CacheEntry, gzip: boolean): Wire {
  const h: Record<string, string> = {
    ETag: entry.etag,
    'Cache-Control': 'public, no-cache',
    Vary: 'Accept-Encoding',
    ...entry.headers,
    'Content-Type': entry.type,
  };
  if (gzip) {
    h['Content-Encoding'] = 'gzip';
    // As Hono's compress() does: the compressed bytes are not the ones the strong ETag names.
    h.ETag = `W/${entry.etag}`;
  }
  applySecurityHeaders({ get: (n) => h[n] ?? null, set: (n, v) => (h[n] = v) });
  const body = gzip ? gzipSync(entry.bytes) : entry.bytes;
  h['Content-Length'] = String(body.length);
  return { headers: Object.entries(h).flat(), body };
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
 * version is sent straight from the cache, with the same headers, ETag/304, gzip and log line as through Hono;
 * everything else goes to the Hono app. On PostgreSQL the version is read first (one query), then the same.
 */
export function nodeListener(app: Hono, deps: AppDeps, log: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  const hono = getRequestListener(app.fetch);
  const peek = versionPeek(deps.db);
  const probe = versionProbe(deps.db);
  const fromCache = (req: IncomingMessage, res: ServerResponse, url: string, version: string | undefined, started: number): boolean => {
    if (version === undefined) return false;
    const entry = deps.cache.get(`${version}|${url}`);
    if (!entry) {
      requestVersions.set(req, version);
      return false;
    }
    const status = send(req, res, entry);
    const q = url.indexOf('?');
    log({ kind: 'request', method: 'GET', path: q < 0 ? url : url.slice(0, q), status, ms: Math.round((performance.now() - started) * 10) / 10 });
    return true;
  };
  return (req, res) => {
    const url = req.url ?? '';
    if (req.method !== 'GET' || !url.startsWith('/api/v1/') || url.startsWith('/api/v1/charts/')) {
      void hono(req, res);
      return;
    }
    const started = performance.now();
    if (deps.db.sqlite) {
      // Synchronous: the stamp says whether the version read last is still current; after a write Hono reads it.
      if (!fromCache(req, res, url, peek(), started)) void hono(req, res);
      return;
    }
    probe().then(
      (version) => fromCache(req, res, url, version, started) || void hono(req, res),
      () => void hono(req, res),
    );
  };
}
