import { Hono, type Context } from 'hono';
import { renderChartSvg } from '@chiso/shared/chart';
import { ChartQuery, CompareChartQuery } from '@chiso/shared/embed';
import type { AppDeps } from '../context';
import { ResponseCache, sendCached } from '../http/cache';
import { imageHeaders } from '../http/embed-headers';
import { HttpProblem } from '../http/problem';
import { cachedRead } from '../http/read';
import { query } from '../http/validate';
import { dataVersion } from '../services/revisions';
import { loadChart, originOf, type ChartParams } from '../services/chart';
import { PngUnavailable, svgToPng } from '../services/png';

export const SVG_TYPE = 'image/svg+xml; charset=utf-8';
/** About 0.2 s of rasterising; beyond, a request could tie up the server. */
export const maxPngPixels = 12_000_000;

/** `explore` stands for the compare chart (`indicators=a,b`); any other name is an indicator key. */
export function chartRequest(c: Context, name: string): { keys: string[]; q: ChartParams } {
  if (name === 'explore') {
    const q = query(c, CompareChartQuery);
    return { keys: q.indicators, q };
  }
  return { keys: [name], q: query(c, ChartQuery) };
}

/** Server-rendered charts: `GET /charts/{key}.svg|png`, `GET /charts/explore.svg|png?indicators=…`. */
export function chartsRoute(deps: AppDeps): Hono {
  const app = new Hono();
  const pngs = new ResponseCache({ maxBytes: 32 * 1024 * 1024, maxEntries: 200 });

  app.get('/charts/:file{[a-z][a-z0-9_]{1,63}\\.(svg|png)}', async (c) => {
    const file = c.req.param('file');
    const ext = file.slice(-3);
    const { keys, q } = chartRequest(c, file.slice(0, -4));
    const origin = originOf(c.req.url);
    if (ext === 'svg') {
      return cachedRead(c, deps, async () => ({ body: renderChartSvg((await loadChart(deps, keys, q, origin)).spec), type: SVG_TYPE }), imageHeaders);
    }
    const pixels = q.width * q.height * q.scale * q.scale;
    if (pixels > maxPngPixels) {
      throw new HttpProblem(400, `A PNG of ${Math.round(pixels / 1e6)} megapixels is too large: width × height × scale² must stay within ${maxPngPixels / 1e6} megapixels.`);
    }
    const url = new URL(c.req.url);
    const key = `${await dataVersion(deps.db.db)}|${url.pathname}${url.search}`;
    let entry = pngs.get(key);
    if (!entry) {
      const { spec } = await loadChart(deps, keys, q, origin, { forRaster: true });
      try {
        entry = pngs.set(key, await svgToPng(renderChartSvg(spec), q.scale), 'image/png');
      } catch (e) {
        if (e instanceof PngUnavailable) throw new HttpProblem(503, `${e.message} The SVG at the same address with .svg works.`);
        throw e;
      }
    }
    return sendCached(c, entry, imageHeaders);
  });

  return app;
}
