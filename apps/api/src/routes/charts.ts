import { renderChartSvg } from '@chiso/shared/chart';
import { ChartQuery, CompareChartQuery } from '@chiso/shared/embed';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { HttpProblem } from '../http/problem';
import { read, type ApiRouter, type Computed } from '../http/route';
import { loadChart, type ChartParams } from '../services/chart';
import { PngUnavailable, svgToPng } from '../services/png';

export const SVG_TYPE = 'image/svg+xml; charset=utf-8';
/** About 0.2 s of rasterising; beyond, a request could tie up the server. */
export const maxPngPixels = 12_000_000;

/** What other sites may load: any origin, any frame, cached a few minutes by browsers. */
export const imageHeaders: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *",
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'public, max-age=300',
};

/** A chart of one or more indicators as SVG (with links to the site) or PNG (pixels only). */
async function chartImage(deps: AppDeps, keys: string[], q: ChartParams, ext: 'svg' | 'png', origin: string): Promise<Computed> {
  if (ext === 'svg') {
    return { body: renderChartSvg((await loadChart(deps, keys, q, origin)).spec), type: SVG_TYPE, headers: imageHeaders };
  }
  const pixels = q.width * q.height * q.scale * q.scale;
  if (pixels > maxPngPixels) {
    throw new HttpProblem(400, `A PNG of ${Math.round(pixels / 1e6)} megapixels is too large: width × height × scale² must stay within ${maxPngPixels / 1e6} megapixels.`);
  }
  const { spec } = await loadChart(deps, keys, q, origin, { forRaster: true });
  try {
    return { body: await svgToPng(renderChartSvg(spec), q.scale), type: 'image/png', headers: imageHeaders };
  } catch (e) {
    if (e instanceof PngUnavailable) throw new HttpProblem(503, `${e.message} The SVG at the same address with .svg works.`);
    throw e;
  }
}

const image = { type: 'image/svg+xml', description: 'SVG with a <title> and a <desc> that reads the data in the chosen language; PNG (image/png) for .png' };

/** Server-rendered charts: `GET /charts/{key}.svg|png`, `GET /charts/explore.svg|png?indicators=…`. */
export function chartsRoute(app: ApiRouter, deps: AppDeps): void {
  // The compare charts first: their fixed names would otherwise read as indicator keys.
  for (const ext of ['svg', 'png'] as const) {
    read(
      app,
      deps.reads,
      {
        path: `/charts/explore.${ext}`,
        summary: `Several indicators compared (value, index or growth), as on /explore, as ${ext.toUpperCase()}`,
        summaryVi: `Nhiều chỉ tiêu so sánh (giá trị, chỉ số hoặc tăng trưởng) như trên /explore, dạng ${ext.toUpperCase()}`,
        example: `/api/v1/charts/explore.${ext}?indicators=ict_revenue,software_export&mode=index`,
        tag: 'embed',
        query: CompareChartQuery,
        response: image,
        errors: [404, ...(ext === 'png' ? [503] : [])],
        usesOrigin: true,
        keepAtOnce: ext === 'png',
      },
      ({ query, origin }) => chartImage(deps, query.indicators, query, ext, ext === 'svg' ? origin : ''),
    );
  }
  read(
    app,
    deps.reads,
    {
      path: '/charts/{file}',
      summary: 'The chart of an indicator: {key}.svg, or {key}.png drawn by resvg (no browser) with `scale` for high-density screens',
      summaryVi: 'Biểu đồ của một chỉ tiêu: {key}.svg, hoặc {key}.png vẽ bằng resvg (không cần trình duyệt), `scale` cho màn hình mật độ cao',
      example: '/api/v1/charts/ict_revenue.svg?lang=vi',
      tag: 'embed',
      params: z.object({ file: z.string().regex(/^[a-z][a-z0-9_]{1,63}\.(svg|png)$/, 'an indicator key and .svg or .png, e.g. ict_revenue.svg') }),
      query: ChartQuery,
      response: image,
      errors: [404, 503],
      usesOrigin: true,
      keepAtOnce: true,
    },
    ({ param, query, origin }) => {
      const ext = param.file.endsWith('.png') ? 'png' : 'svg';
      return chartImage(deps, [param.file.slice(0, -4)], query, ext, ext === 'svg' ? origin : '');
    },
  );
}
