import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IndicatorKey } from '@chiso/shared';
import { appPath, chartImagePath, describeChart, embedPath, heightForWidth, renderChartSvg, type EmbedParams } from '@chiso/shared/chart';
import { ChartQuery, CompareChartQuery, MapQuery, type EmbedData } from '@chiso/shared/embed';
import { rankingRows } from '@chiso/shared/map';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { HTML_TYPE } from '../http/body';
import { escapeHtml, injectHead, jsonForScript, socialHead } from '../http/html';
import { HttpProblem } from '../http/problem';
import { apiRouter, docs, problems, read, route, type ApiRouter } from '../http/route';
import { loadChart, type ChartParams, type LoadedChart } from '../services/chart';
import { chartFonts } from '../services/png';
import { loadMap, type LoadedMap } from '../services/tile-map';

export interface PageFiles {
  /** The app shell (`index.html`). */
  index: string;
  /** The built embed page (`embed.html`) with `<!--chiso:head-->` and `<!--chiso:body-->`; null to use a script-less one. */
  embed: string | null;
  /** The built `embed.js`; null when the embed build has not run. */
  embedJs: string | null;
}

/** Used when the embed bundle was not built: the server-drawn chart alone, still sized and linked. */
const plainEmbed = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <!--chiso:head-->
    <style>html,body{margin:0}svg{display:block;width:100%;height:auto}</style>
  </head>
  <body><!--chiso:body--></body>
</html>`;

const pageSize = { width: 640, height: heightForWidth(640) };
const socialSize = { width: 1200, height: 630 };

function paramsOf(loaded: LoadedChart): EmbedParams {
  const s = loaded.spec;
  return {
    indicators: loaded.keys,
    region: loaded.series[0]?.region.key,
    from: undefined,
    to: undefined,
    mode: s.mode,
    lang: s.lang,
    theme: s.theme,
    asof: s.asof,
  };
}

function head(origin: string, loaded: LoadedChart, params: EmbedParams, pageUrl: string): string {
  const png = chartFonts().length > 0;
  const image = chartImagePath({ ...params, theme: params.theme === 'auto' ? undefined : params.theme }, png ? 'png' : 'svg', socialSize);
  return socialHead({
    title: `${loaded.spec.title} – ${loaded.spec.region}`,
    description: describeChart(loaded.spec),
    url: pageUrl,
    image: { url: `${origin}${image}`, ...socialSize, type: png ? 'image/png' : 'image/svg+xml', alt: describeChart(loaded.spec) },
    oembed: `${origin}/api/v1/oembed?url=${encodeURIComponent(pageUrl)}&format=json`,
    lang: loaded.spec.lang,
  });
}

function errorPage(status: number, message: string): string {
  return plainEmbed
    .replace('<!--chiso:head-->', `<title>Chỉ số</title>`)
    .replace('<!--chiso:body-->', `<p style="font:14px system-ui,sans-serif;padding:12px">${escapeHtml(message)}</p><!-- ${status} -->`);
}

const html = { type: 'text/html' };

const mapText = {
  vi: { rank: 'Hạng', region: 'Tỉnh, thành phố', value: 'Giá trị', change: 'So với năm trước', note: 'Ghi chú', table: 'Bảng số liệu', none: 'Không có số liệu' },
  en: { rank: 'Rank', region: 'Province', value: 'Value', change: 'Since the year before', note: 'Note', table: 'Data table', none: 'No figure' },
};

/** The map embed: the tile map (when the year's map is today's 34 provinces) and its table, without a script. */
function mapPage(loaded: LoadedMap, lang: 'vi' | 'en', theme: string): string {
  const t = mapText[lang];
  const r = loaded.ranking;
  const title = `${lang === 'vi' ? r.indicator.name_vi : r.indicator.name_en} ${r.year} – Chỉ số`;
  const rows = rankingRows(r, loaded.names, lang)
    .map((x) => `<tr data-region="${escapeHtml(x.region)}"><td>${escapeHtml(x.rank)}</td><th scope="row">${escapeHtml(x.name)}</th><td>${escapeHtml(x.value)}</td><td>${escapeHtml([x.rankChange, x.valueChange].filter(Boolean).join(' · '))}</td><td>${escapeHtml(x.note)}</td></tr>`)
    .join('');
  const missing = r.missing.map((k) => (lang === 'vi' ? loaded.names.get(k)?.name_vi : loaded.names.get(k)?.name_en) ?? k);
  const gaps = missing.length ? `<p class="gaps">${escapeHtml(t.none)} (${missing.length}): ${escapeHtml(missing.join(', '))}</p>` : '';
  const table =
    `<table><caption>${escapeHtml(title)}</caption><thead><tr><th scope="col">${t.rank}</th><th scope="col">${t.region}</th><th scope="col">${t.value}</th><th scope="col">${t.change}</th><th scope="col">${t.note}</th></tr></thead><tbody>${rows}</tbody></table>${gaps}`;
  const body = loaded.svg ? `<main id="chiso-map-embed">${loaded.svg}<details><summary>${t.table}</summary>${table}</details></main>` : `<main id="chiso-map-embed">${table}</main>`;
  const style = `<style>body{font:14px system-ui,sans-serif}${theme === 'dark' ? 'body{background:#111;color:#eee}' : ''}table{border-collapse:collapse;margin:8px}td,th{padding:2px 8px;text-align:left}caption{font-weight:700;text-align:left}.gaps{margin:8px}</style>`;
  return plainEmbed
    .replace('<html lang="vi"', `<html lang="${lang}"`)
    .replace('<!--chiso:head-->', `<title>${escapeHtml(title)}</title>${style}`)
    .replace('<!--chiso:body-->', body);
}
const KeyParam = z.object({ key: IndicatorKey });

/**
 * HTML the server writes itself: embed pages (`/embed/{key}`, `/embed/explore?…`) with the chart drawn in and
 * its data for the script, `/embed.js`, and the app shell with Open Graph and oEmbed tags for shareable pages.
 */
export function pagesRoute(app: ApiRouter, deps: AppDeps, files: PageFiles): void {
  const template = files.embed ?? plainEmbed;

  app.openapi(
    route(deps.auth, {}, {
      method: 'get',
      path: '/embed.js',
      summary: 'The embed script: turns <div data-chiso-embed="KEY"> placeholders into chart frames that keep their height',
      ...docs('Tập lệnh nhúng: biến thẻ <div data-chiso-embed="KEY"> thành khung biểu đồ tự giữ chiều cao', '/embed.js'),
      tags: ['pages'],
      responses: { 200: { description: 'JavaScript', content: { 'text/javascript': { schema: { type: 'string' } } } }, ...problems(404) },
    }),
    (c) => {
      if (!files.embedJs) throw new HttpProblem(404, 'embed.js is not built: run npm run build.');
      return c.body(files.embedJs, 200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'public, max-age=3600',
      });
    },
  );

  // Embed pages answer a problem with a small page of their own: they are seen inside someone else's page.
  const embeds = apiRouter();
  embeds.onError((err, c) => {
    if (!(err instanceof HttpProblem)) throw err;
    return c.body(errorPage(err.status, err.detail), err.status, { 'Content-Type': HTML_TYPE, 'Cache-Control': 'no-store' });
  });
  const embedPage = async (origin: string, keys: string[], q: ChartParams) => {
    const loaded = await loadChart(deps, keys, { ...q, ...pageSize }, origin, { id: 'chiso-chart' });
    const params = { ...paramsOf(loaded), from: q.from, to: q.to, theme: q.theme };
    const data: EmbedData = { series: loaded.series, indicators: keys, mode: q.mode, axes: q.axes, lang: q.lang, theme: q.theme, from: q.from, to: q.to, asof: q.asof?.date, origin };
    const title = `${loaded.spec.title} – Chỉ số`;
    const pageUrl = `${origin}${embedPath(params)}`;
    const body =
      `<main id="chiso-chart">${renderChartSvg(loaded.spec)}</main>` +
      `<script type="application/json" id="chiso-data">${jsonForScript(data)}</script>`;
    const page = template
      .replace(/<html lang="[a-z]+"/, `<html lang="${q.lang}" data-theme="${q.theme}"`)
      .replace('<!--chiso:head-->', `<title>${escapeHtml(title)}</title>\n    ${head(origin, loaded, params, pageUrl)}`)
      .replace('<!--chiso:body-->', body);
    return { body: page, type: HTML_TYPE, headers: { 'Cache-Control': 'public, max-age=60' } };
  };
  read(
    embeds,
    deps.reads,
    {
      path: '/embed/map/{key}',
      summary: 'An embed page of an indicator’s tile map of the 34 provinces for a year, with its table (a year of the 63-unit map: the table only)',
      summaryVi: 'Trang nhúng bản đồ ô 34 tỉnh, thành của một chỉ tiêu trong một năm, kèm bảng (năm của bản đồ 63 tỉnh: chỉ có bảng)',
      example: '/embed/map/ict_revenue?year=2022&map=2025-07-01',
      tag: 'pages',
      params: KeyParam,
      query: MapQuery,
      response: html,
      errors: [404],
    },
    async ({ param, query }) => ({ body: mapPage(await loadMap(deps, param.key, query, 'chiso-map'), query.lang, query.theme), type: HTML_TYPE, headers: { 'Cache-Control': 'public, max-age=60' } }),
  );
  read(
    embeds,
    deps.reads,
    {
      path: '/embed/explore',
      summary: 'An embed page of several indicators compared (for an iframe)',
      summaryVi: 'Trang nhúng so sánh nhiều chỉ tiêu (cho iframe)',
      example: '/embed/explore?indicators=ict_revenue,software_export',
      tag: 'pages',
      query: CompareChartQuery,
      response: html,
      errors: [404],
      usesOrigin: true,
    },
    ({ query, origin }) => embedPage(origin, query.indicators, query),
  );
  read(
    embeds,
    deps.reads,
    {
      path: '/embed/{key}',
      summary: 'An embed page of one indicator’s chart (for an iframe; /embed.js makes one from a placeholder)',
      summaryVi: 'Trang nhúng biểu đồ một chỉ tiêu (cho iframe; /embed.js tạo từ thẻ giữ chỗ)',
      example: '/embed/ict_revenue?lang=en',
      tag: 'pages',
      params: KeyParam,
      query: ChartQuery,
      response: html,
      errors: [404],
      usesOrigin: true,
    },
    ({ param, query, origin }) => embedPage(origin, [param.key], query),
  );
  app.route('/', embeds);

  // Shareable pages are the app shell with their chart's preview tags; without a chart to show, the plain shell.
  const shells = apiRouter();
  const plainShell = (c: Context) => c.html(files.index, 200, { 'Cache-Control': 'no-cache' });
  shells.onError((err, c) => {
    if (!(err instanceof HttpProblem)) throw err;
    return plainShell(c);
  });
  const shell = async (origin: string, keys: string[], q: ChartParams) => {
    const loaded = await loadChart(deps, keys, { ...q, theme: 'light' }, origin);
    const params = { ...paramsOf(loaded), from: q.from, to: q.to, theme: undefined };
    const pageUrl = `${origin}${appPath(params)}`;
    return { body: injectHead(files.index, head(origin, loaded, params, pageUrl), `${loaded.spec.title} – Chỉ số`), type: HTML_TYPE };
  };
  read(
    shells,
    deps.reads,
    {
      path: '/indicators/{key}',
      summary: 'The indicator page (the app), with its chart’s Open Graph and oEmbed tags',
      summaryVi: 'Trang chỉ tiêu (ứng dụng), kèm thẻ Open Graph và oEmbed của biểu đồ',
      example: '/indicators/ict_revenue',
      tag: 'pages',
      params: KeyParam,
      query: ChartQuery,
      response: html,
      usesOrigin: true,
      unknownParams: 'ignore',
    },
    ({ param, query, origin }) => shell(origin, [param.key], query),
  );
  read(
    shells,
    deps.reads,
    {
      path: '/explore',
      summary: 'The compare page (the app), with its chart’s Open Graph and oEmbed tags',
      summaryVi: 'Trang so sánh (ứng dụng), kèm thẻ Open Graph và oEmbed của biểu đồ',
      example: '/explore?indicators=ict_revenue,software_export',
      tag: 'pages',
      query: CompareChartQuery,
      response: html,
      usesOrigin: true,
      unknownParams: 'ignore',
    },
    ({ query, origin }) => shell(origin, query.indicators, query),
  );
  app.route('/', shells);
}

/** The built files the pages use, read once at start-up. */
export function readPageFiles(root: string, index: string): PageFiles {
  const read = (name: string) => (existsSync(join(root, name)) ? readFileSync(join(root, name), 'utf8') : null);
  return { index, embed: read('embed.html'), embedJs: read('embed.js') };
}
