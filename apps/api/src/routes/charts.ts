import { Hono, type Context } from 'hono';
import { renderChartSvg } from '@chiso/shared/chart';
import { ChartQuery, CompareChartQuery } from '@chiso/shared/embed';
import type { AppDeps } from '../context';
import { BinaryCache, sendBinary } from '../http/binary-cache';
import { imageHeaders } from '../http/embed-headers';
import { HttpProblem } from '../http/problem';
import { cachedRead } from '../http/read';
import { query } from '../http/validate';
import { dataVersion } from '../services/revisions';
import { loadChart, originOf, type ChartParams } from '../services/chart';
import { PngUnavailable, svgToPng } from '../services/png';

export const SVG_TYPE = 'image/svg+xml; charset=utf-8';

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
  const pngs = new BinaryCache();

  app.get('/charts/:file{[a-z][a-z0-9_]{1,63}\\.(svg|png)}', async (c) => {
    const file = c.req.param('file');
    const ext = file.slice(-3);
    const { keys, q } = chartRequest(c, file.slice(0, -4));
    const origin = originOf(c.req.url);
    if (ext === 'svg') {
      return cachedRead(c, deps, async () => ({ body: renderChartSvg((await loadChart(deps, keys, q, origin)).spec), type: SVG_TYPE }), imageHeaders);
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
    return sendBinary(c, entry, imageHeaders);
  });

  return app;
}
