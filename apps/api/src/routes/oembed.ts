import { chartImagePath, embedPath, heightForWidth, type EmbedParams } from '@chiso/shared/chart';
import { defaultRegionKey } from '@chiso/shared';
import { ChartQuery, CompareChartQuery, OEmbedQuery, OEmbedResponse } from '@chiso/shared/embed';
import type { AppDeps } from '../context';
import { json } from '../http/body';
import { escapeHtml } from '../http/html';
import { HttpProblem } from '../http/problem';
import { read, type ApiRouter } from '../http/route';
import { requireIndicator } from '../services/catalogue';
import { loadChart } from '../services/chart';
import { chartFonts } from '../services/png';

const key = '([a-z][a-z0-9_]{1,63})';
const singlePaths = [new RegExp(`^/embed/${key}/?$`), new RegExp(`^/indicators/${key}/?$`)];
const comparePaths = [/^\/embed\/explore\/?$/, /^\/explore\/?$/];

const notOurs = (url: string) => new HttpProblem(404, `${url} is not a chart of this site: oEmbed knows /indicators/{key}, /explore?indicators=… and /embed/… addresses.`);

/** Which chart a pasted address shows, or a 404 when it is not one of ours. */
function chartOf(url: URL, origin: string): EmbedParams {
  if (url.host !== new URL(origin).host || !/^https?:$/.test(url.protocol)) throw notOurs(url.href);
  const raw = Object.fromEntries(url.searchParams);
  if (comparePaths.some((r) => r.test(url.pathname))) {
    const q = CompareChartQuery.safeParse(raw);
    if (!q.success) throw notOurs(url.href);
    return { indicators: q.data.indicators, region: q.data.region, from: q.data.from, to: q.data.to, mode: q.data.mode, lang: q.data.lang, theme: q.data.theme, asof: url.searchParams.get('asof') ?? undefined };
  }
  for (const r of singlePaths) {
    const m = r.exec(url.pathname);
    if (!m || m[1] === 'explore') continue;
    const q = ChartQuery.safeParse(raw);
    if (!q.success) throw notOurs(url.href);
    return { indicators: [m[1]!], region: q.data.region, from: q.data.from, to: q.data.to, mode: q.data.mode, lang: q.data.lang, theme: q.data.theme, asof: url.searchParams.get('asof') ?? undefined };
  }
  throw notOurs(url.href);
}

/** oEmbed (https://oembed.com): a content system turns a pasted chart address into an iframe. */
export function oembedRoute(app: ApiRouter, deps: AppDeps): void {
  read(
    app,
    deps.reads,
    {
      path: '/oembed',
      summary: 'oEmbed for a pasted chart address (/indicators/{key}, /explore?…, /embed/…): a rich iframe embed',
      summaryVi: 'oEmbed cho địa chỉ một biểu đồ được dán vào (/indicators/{key}, /explore?…, /embed/…): khung nhúng',
      example: '/api/v1/oembed?url={origin}/indicators/ict_revenue',
      tag: 'embed',
      query: OEmbedQuery,
      response: { type: 'application/json', schema: OEmbedResponse },
      errors: [404, 501],
      usesOrigin: true,
    },
    async ({ query: q, origin }) => {
      if (q.format !== 'json') throw new HttpProblem(501, `format=${q.format} is not supported; only format=json.`);
      let target: URL;
      try {
        target = new URL(q.url);
      } catch {
        throw notOurs(q.url);
      }
      const params = chartOf(target, origin);
      for (const k of params.indicators) requireIndicator(deps.catalogue(), k);
      const width = Math.max(280, Math.min(q.maxwidth ?? 640, 1000));
      const height = Math.min(q.maxheight ?? Infinity, heightForWidth(width));
      const { spec } = await loadChart(
        deps,
        params.indicators,
        { region: params.region ?? defaultRegionKey, mode: params.mode ?? 'value', lang: params.lang ?? 'vi', theme: params.theme ?? 'light', from: params.from, to: params.to, width, height: Math.max(200, height), scale: 1 },
        origin,
      );
      const src = `${origin}${embedPath(params)}`;
      const title = `${spec.title} – ${spec.region}`;
      const png = chartFonts().length > 0;
      const body: OEmbedResponse = {
        version: '1.0',
        type: 'rich',
        title,
        provider_name: 'Chỉ số',
        provider_url: `${origin}/`,
        html: `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${width}" height="${height}" loading="lazy" style="border:0;width:100%;max-width:${width}px" referrerpolicy="strict-origin-when-cross-origin"></iframe>`,
        width,
        height,
        thumbnail_url: `${origin}${chartImagePath({ ...params, theme: undefined }, png ? 'png' : 'svg', { width, height: Math.max(200, height) })}`,
        thumbnail_width: width,
        thumbnail_height: Math.max(200, height),
        cache_age: 3600,
      };
      return { ...json(body), headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=3600' } };
    },
  );
}
