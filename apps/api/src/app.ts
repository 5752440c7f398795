import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Health } from '@chiso/shared';
import type { AppDeps } from './context';
import type { Db } from './db/connect';
import { DEFAULT_MAX_UPLOAD_MB } from './config';
import { createAuth } from './http/auth';
import { ResponseCache } from './http/cache';
import { requestLog, type Logger } from './http/log';
import { ReadRoutes } from './http/read-routes';
import { docsPage, openApiDocument } from './http/openapi';
import { HttpProblem, problemJson } from './http/problem';
import { defaultRateLimits, type RateLimits } from './http/rate-limit';
import { securityHeaders } from './http/security';
import { authRoute } from './routes/auth';
import { chartsRoute } from './routes/charts';
import { dashboardRoute } from './routes/dashboard';
import { factsRoute } from './routes/facts';
import { indicatorsRoute } from './routes/indicators';
import { locationsRoute } from './routes/locations';
import { oembedRoute } from './routes/oembed';
import { pagesRoute, readPageFiles } from './routes/pages';
import { reviewRoute } from './routes/review';
import { sourcesRoute } from './routes/sources';
import { uploadRoute } from './routes/upload';
import { loadCatalogue, type Catalogue } from './services/catalogue';

export interface AppOptions {
  db: Db;
  log: Logger;
  /** The built web app; when absent only the API is served. */
  webDist?: string;
  version?: string;
  catalogue?: Catalogue;
  /** Largest document an editor may upload (default 20). */
  maxUploadMb?: number;
  rateLimits?: Partial<RateLimits>;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy?: boolean;
}

export async function createApp(opts: AppOptions): Promise<{ app: Hono; deps: AppDeps }> {
  const catalogue = opts.catalogue ?? (await loadCatalogue(opts.db.db));
  const deps: AppDeps = {
    db: opts.db,
    catalogue: () => catalogue,
    cache: new ResponseCache(),
    reads: new ReadRoutes(),
    version: opts.version ?? '0.1.0',
    log: opts.log,
  };
  const app = new Hono();

  app.use('*', requestLog(opts.log));
  app.use('*', securityHeaders());
  app.use('*', compress());

  app.onError((err, c) => {
    if (err instanceof HttpProblem) return problemJson(c, err);
    opts.log({ kind: 'error', path: c.req.path, message: err instanceof Error ? err.message : String(err) });
    return problemJson(c, new HttpProblem(500, 'Something went wrong on the server. The error was logged; try again later.'));
  });
  app.notFound((c) => problemJson(c, new HttpProblem(404, `Nothing at ${c.req.path}. The API is described at /api/v1/openapi.json.`)));

  app.get('/healthz', async (c) => {
    await opts.db.db.selectFrom('meta').select('key').limit(1).execute();
    const body: Health = { status: 'ok', db: opts.db.dialect, version: deps.version };
    return c.json(body, 200, { 'Cache-Control': 'no-store' });
  });

  const v1 = new Hono();
  v1.route('/', indicatorsRoute(deps));
  v1.route('/', dashboardRoute(deps));
  v1.route('/', factsRoute(deps));
  v1.route('/', sourcesRoute(deps));
  v1.route('/', locationsRoute(deps));
  const auth = createAuth({ db: opts.db, limits: { ...defaultRateLimits, ...opts.rateLimits }, trustProxy: opts.trustProxy ?? false });
  v1.route('/', authRoute(deps, auth));
  v1.route('/', uploadRoute(deps, auth, { maxUploadMb: opts.maxUploadMb ?? DEFAULT_MAX_UPLOAD_MB }));
  v1.route('/', reviewRoute(deps, auth));
  v1.route('/', chartsRoute(deps));
  v1.route('/', oembedRoute(deps));
  const openapi = JSON.stringify(openApiDocument(deps.version));
  v1.get('/openapi.json', (c) => c.body(openapi, 200, { 'Content-Type': 'application/json; charset=utf-8' }));
  v1.get('/docs', (c) => c.html(docsPage(deps.version)));
  v1.all('*', (c) => problemJson(c, new HttpProblem(404, `No API endpoint at ${c.req.method} ${c.req.path}. See /api/v1/docs.`)));
  app.route('/api/v1', v1);
  app.get('/api/docs', (c) => c.redirect('/api/v1/docs'));

  if (opts.webDist && existsSync(join(opts.webDist, 'index.html'))) {
    const root = opts.webDist;
    const index = readFileSync(join(root, 'index.html'), 'utf8');
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    });
    // Embed pages, embed.js and the shells of shareable pages (with preview tags) before the static files.
    app.route('/', pagesRoute(deps, readPageFiles(root, index)));
    app.use('*', serveStatic({ root, precompressed: true }));
    // Client-side routes: every other GET that is not the API gets the app's shell.
    app.get('*', (c) => c.html(index, 200, { 'Cache-Control': 'no-cache' }));
  }

  return { app, deps };
}
