import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { SeriesAsOfQuery } from '@chiso/shared/embed';
import { IndicatorKey } from '@chiso/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { createApp } from '../../apps/api/src/app';
import { connect } from '../../apps/api/src/db/connect';
import { JSON_TYPE } from '../../apps/api/src/http/body';
import { etagOf } from '../../apps/api/src/http/etag';
import { jsonLogger } from '../../apps/api/src/http/log';
import { compression, pipelineMiddleware, usePipeline } from '../../apps/api/src/http/pipeline';
import { ReadCache } from '../../apps/api/src/http/read-cache';
import { appListener } from '../../apps/api/src/http/replay';
import { apiRouter, read, type ApiRouter, type ReadPipeline } from '../../apps/api/src/http/route';
import { ResponseHeaders } from '../../apps/api/src/http/response-headers';

/**
 * The floor bench's servers (`bench/api-floor.ts`): what one pass through the app's Hono pipeline costs when the
 * route's compute is free. `tsx bench/lib/floor-server.ts LAYERS BODY_FILE PATH`:
 * - LAYERS 0…4: a plain Hono app on @hono/node-server's listener, with the first LAYERS of the pipeline's middleware
 *   (log, secure headers, etag, compress), whose one route at PATH answers BODY_FILE's bytes with the headers a read
 *   route sends, as a read route hands them to the pipeline (http/route.ts);
 * - `read`: the pipeline on the app's kind of router (@hono/zod-openapi) with one read route declared like the series
 *   route, whose compute returns BODY_FILE's bytes: `/floor/{key}/series`; no other route;
 * - `app DATABASE_URL`: the whole app (createApp, read cache off, as the bench's uncached server), with every route, plus
 *   the same free read route.
 */
const [layers, file, path, databaseUrl] = process.argv.slice(2);
if (!layers || !file || !path) throw new Error('usage: floor-server LAYERS|read|app BODY_FILE PATH [DATABASE_URL]');
const bytes = new Uint8Array(readFileSync(file));

function listen(listener: Parameters<typeof createServer>[1]): void {
  const server = createServer(listener);
  // Exits normally, so that a `--cpu-prof` profile is written.
  process.on('SIGTERM', () => process.exit(0));
  server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`floor server is running at http://127.0.0.1:${(server.address() as AddressInfo).port}/\n`);
  });
}

/** A read route declared like the series route, whose compute returns the body file's bytes. */
function freeRead(app: ApiRouter, reads: ReadPipeline): void {
  read(
    app,
    reads,
    {
      path: '/floor/{key}/series',
      summary: 'The series body, made by nothing',
      summaryVi: 'Chuỗi số liệu cố định',
      example: '/floor/ict_revenue/series?region=da-nang',
      tag: 'bench',
      params: z.object({ key: IndicatorKey }),
      query: SeriesAsOfQuery,
      response: { type: JSON_TYPE },
    },
    async () => ({ body: bytes, type: JSON_TYPE }),
  );
}

if (layers === 'read') {
  // The pipeline and the one free read route on a router of its own: no other route, no database.
  const app = apiRouter();
  usePipeline(app, jsonLogger);
  const version = { current: () => '', committed: () => {}, close: async () => {} };
  freeRead(app, { cache: new ReadCache({ maxBytes: 0 }), version, origin: () => '', compress: compression });
  listen(getRequestListener(app.fetch));
} else if (layers === 'app') {
  if (!databaseUrl) throw new Error('floor-server app needs a DATABASE_URL');
  const { app, deps } = await createApp({ db: connect(databaseUrl), log: jsonLogger, readCacheBytes: 0 });
  freeRead(app, deps.reads);
  listen(appListener(app, { cache: deps.reads.cache, version: () => deps.reads.version.current(), log: jsonLogger }));
} else {
  const app = new Hono();
  for (const [, m] of pipelineMiddleware(jsonLogger).slice(0, Number(layers))) app.use('*', m);
  const etag = etagOf(bytes);
  app.get(path, () =>
    new Response(bytes, {
      status: 200,
      headers: new ResponseHeaders({
        'Content-Type': JSON_TYPE,
        'Cache-Control': 'public, no-cache',
        Vary: 'Accept-Encoding',
        ETag: etag,
        'Content-Length': String(bytes.byteLength),
      }),
    }),
  );
  listen(getRequestListener(app.fetch));
}
