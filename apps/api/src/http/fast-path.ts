import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppDeps } from '../context';
import { versionPeek } from '../db/version';
import type { CacheEntry } from './cache';
import type { Logger } from './log';
import { applySecurityHeaders } from './security';

/** Bodies smaller than this go uncompressed, as with Hono's compress(). */
const GZIP_THRESHOLD = 1024;

function headersOf(entry: CacheEntry, gzip: boolean): Record<string, string> {
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
  return h;
}

function send(req: IncomingMessage, res: ServerResponse, entry: CacheEntry): number {
  const inm = req.headers['if-none-match'];
  const gzip = entry.body.length >= GZIP_THRESHOLD && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const headers = headersOf(entry, gzip);
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === entry.etag)) {
    delete headers['Content-Type'];
    delete headers['Content-Encoding'];
    res.writeHead(304, headers);
    res.end();
    return 304;
  }
  const body = gzip ? (entry.gzip ??= gzipSync(entry.body)) : entry.body;
  headers['Content-Length'] = String(Buffer.byteLength(body));
  res.writeHead(200, headers);
  res.end(body);
  return 200;
}

/**
 * The server's request listener: a GET of the public API whose answer is in the read cache for the current data
 * version is sent straight from the cache, with the same headers, ETag/304, gzip and log line as through Hono;
 * everything else goes to the Hono app. On PostgreSQL the version is not known without a query, so every
 * request goes through Hono.
 */
export function nodeListener(app: Hono, deps: AppDeps, log: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  const hono = getRequestListener(app.fetch);
  const peek = versionPeek(deps.db);
  return (req, res) => {
    const url = req.url ?? '';
    if (req.method === 'GET' && url.startsWith('/api/v1/') && !url.startsWith('/api/v1/charts/')) {
      const started = performance.now();
      const version = peek();
      const entry = version === undefined ? undefined : deps.cache.get(`${version}|${url}`);
      if (entry) {
        const status = send(req, res, entry);
        const q = url.indexOf('?');
        log({ kind: 'request', method: 'GET', path: q < 0 ? url : url.slice(0, q), status, ms: Math.round((performance.now() - started) * 10) / 10 });
        return;
      }
    }
    void hono(req, res);
  };
}
