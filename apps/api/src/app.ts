import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Health, type AutoAcceptPolicy } from '@chiso/shared';
import type { AppDeps } from './context';
import type { Db } from './db/connect';
import { versionWatch } from './db/version';
import { DEFAULT_MAX_UPLOAD_MB } from './config';
import { createAuth } from './http/auth';
import { HTML_TYPE, JSON_TYPE } from './http/body';
import type { Logger } from './http/log';
import { docsPage, openApiDocument } from './http/openapi';
import { publicOrigin } from './http/origin';
import { compression, usePipeline } from './http/pipeline';
import { HttpProblem } from './http/problem';
import { defaultRateLimits, type RateLimits } from './http/rate-limit';
import { ReadCache } from './http/read-cache';
import { docs, apiRouter, jsonContent, route, type ApiRouter } from './http/route';
import { authRoute } from './routes/auth';
import { chartsRoute } from './routes/charts';
import { dashboardRoute } from './routes/dashboard';
import { downloadsRoute } from './routes/downloads';
import { factsRoute } from './routes/facts';
import { regionsRoute } from './routes/regions';
import { indicatorsRoute } from './routes/indicators';
import { locationsRoute } from './routes/locations';
import { oembedRoute } from './routes/oembed';
import { pagesRoute, readPageFiles } from './routes/pages';
import { reviewRoute } from './routes/review';
import { settingsRoute } from './routes/settings';
import { sourceEditsRoute } from './routes/source-edits';
import { sourcesRoute } from './routes/sources';
import { uploadRoute } from './routes/upload';
import { loadCatalogue, type Catalogue } from './services/catalogue';
import { Jobs } from './services/jobs';

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
  /** Behind a reverse proxy: the client address from X-Forwarded-For, the origin from X-Forwarded-Host/-Proto. */
  trustProxy?: boolean;
  /** The site's public address (`PUBLIC_URL`): links in bodies use it, whatever the request's headers say. */
  publicUrl?: string;
  /** Bytes of read answers kept in memory, every variant counted (`READ_CACHE_MB`; default 64 MB, 0 turns it off). */
  readCacheBytes?: number;
  /** What an upload accepts without a person (`AUTO_ACCEPT`; default calibrated). */
  autoAccept?: AutoAcceptPolicy;
}

export async function createApp(opts: AppOptions): Promise<{ app: ApiRouter; deps: AppDeps }> {
  const catalogue = opts.catalogue ?? (await loadCatalogue(opts.db.db));
  const trustProxy = opts.trustProxy ?? false;
  const deps: AppDeps = {
    db: opts.db,
    catalogue: () => catalogue,
    reads: {
      cache: new ReadCache({ maxBytes: opts.readCacheBytes ?? 64 * 1024 * 1024 }),
      version: versionWatch(opts.db),
      origin: publicOrigin({ publicUrl: opts.publicUrl, trustProxy }),
      compress: compression,
    },
    auth: createAuth({ db: opts.db, limits: { ...defaultRateLimits, ...opts.rateLimits }, trustProxy }),
    jobs: new Jobs(opts.db.db, opts.log),
    version: opts.version ?? '0.1.0',
    autoAccept: opts.autoAccept ?? 'calibrated',
    log: opts.log,
  };
  const app = apiRouter();
  usePipeline(app, opts.log);

  app.openapi(
    route(deps.auth, {}, {
      method: 'get',
      path: '/healthz',
      summary: 'Liveness and database check',
      ...docs('Kiểm tra máy chủ và cơ sở dữ liệu còn chạy', '/healthz'),
      tags: ['meta'],
      responses: { 200: jsonContent(Health) },
    }),
    async (c) => {
      await opts.db.db.selectFrom('meta').select('key').limit(1).execute();
      return c.json({ status: 'ok' as const, db: opts.db.dialect, version: deps.version }, 200, { 'Cache-Control': 'no-store' });
    },
  );

  const v1 = apiRouter();
  indicatorsRoute(v1, deps);
  regionsRoute(v1, deps);
  dashboardRoute(v1, deps);
  factsRoute(v1, deps);
  downloadsRoute(v1, deps);
  sourcesRoute(v1, deps);
  sourceEditsRoute(v1, deps);
  settingsRoute(v1, deps);
  locationsRoute(v1, deps);
  authRoute(v1, deps);
  uploadRoute(v1, deps, { maxUploadMb: opts.maxUploadMb ?? DEFAULT_MAX_UPLOAD_MB });
  reviewRoute(v1, deps);
  chartsRoute(v1, deps);
  oembedRoute(v1, deps);
  app.route('/api/v1', v1);

  const web = opts.webDist && existsSync(join(opts.webDist, 'index.html')) ? opts.webDist : undefined;
  const index = web ? readFileSync(join(web, 'index.html'), 'utf8') : undefined;
  if (web && index) pagesRoute(app, deps, readPageFiles(web, index));

  // The document describes every route declared above (and the two below, which serve it).
  let doc: ReturnType<typeof openApiDocument> | undefined;
  const document = () => (doc ??= openApiDocument(app, deps.version));
  const docRoute = (path: string, summary: string, summaryVi: string, type: string) =>
    route(deps.auth, {}, { method: 'get', path, summary, ...docs(summaryVi, path), tags: ['meta'], responses: { 200: { description: 'OK', content: { [type]: { schema: { type: 'string' } } } } } });
  app.openapi(docRoute('/api/v1/openapi.json', 'This document (OpenAPI 3.1)', 'Tài liệu này, dạng máy đọc được (OpenAPI 3.1)', 'application/json'), (c) =>
    c.body(JSON.stringify(document()), 200, { 'Content-Type': JSON_TYPE }),
  );
  app.openapi(docRoute('/api/v1/docs', 'The endpoints as a page, in Vietnamese and English', 'Các điểm cuối trên một trang, tiếng Việt và tiếng Anh', 'text/html'), (c) =>
    c.body(docsPage(document(), deps.version, deps.reads.origin(c)), 200, { 'Content-Type': HTML_TYPE }),
  );
  app.openapi(
    route(deps.auth, {}, {
      method: 'get',
      path: '/api/docs',
      summary: 'Where the docs page is',
      ...docs('Trang tài liệu ở đâu', '/api/docs'),
      tags: ['meta'],
      responses: { 302: { description: 'To /api/v1/docs' } },
    }),
    (c) => c.redirect('/api/v1/docs', 302),
  );

  if (web && index) {
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('*', async (c, next) => {
      // The raw embed template, placeholders and all, is not a page.
      if (c.req.path === '/embed.html') throw new HttpProblem(404, 'Embed pages live at /embed/{indicator key} and /embed/explore?indicators=….');
      return serveStatic({ root: web, precompressed: true })(c, next);
    });
    // A built file that is not there is missing, not a page of the app.
    app.get('/assets/*', (c) => {
      throw new HttpProblem(404, `There is no ${c.req.path} in this build: reload the page to get the current one.`);
    });
    // Client-side routes: every other GET that is not the API gets the app's shell.
    app.get('*', (c) => {
      if (c.req.path.startsWith('/api/')) throw new HttpProblem(404, `No API endpoint at ${c.req.method} ${c.req.path}. See /api/v1/docs.`);
      return c.html(index, 200, { 'Cache-Control': 'no-cache' });
    });
  }

  return { app, deps };
}
