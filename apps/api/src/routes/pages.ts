import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { appPath, chartImagePath, describeChart, embedPath, heightForWidth, renderChartSvg, type EmbedParams } from '@chiso/shared/chart';
import { CompareChartQuery, type EmbedData } from '@chiso/shared/embed';
import type { AppDeps } from '../context';
import { embedPageHeaders, scriptHeaders } from '../http/embed-headers';
import { escapeHtml, injectHead, jsonForScript, socialHead } from '../http/html';
import { HttpProblem } from '../http/problem';
import { cachedRead } from '../http/read';
import { loadChart, originOf, type LoadedChart } from '../services/chart';
import { chartFonts } from '../services/png';
import { chartRequest } from './charts';

export interface PageFiles {
  /** The app shell (`index.html`). */
  index: string;
  /** The built embed page (`embed.html`) with `<!--chiso:head-->` and `<!--chiso:body-->`; null to use a script-less one. */
  embed: string | null;
  /** The built `embed.js`; null when the embed build has not run. */
  embedJs: string | null;
}

const HTML = 'text/html; charset=utf-8';

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

function head(c: Context, loaded: LoadedChart, params: EmbedParams, pageUrl: string): string {
  const origin = originOf(c.req.url);
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
  return plainEmbed.replace('<!--chiso:head-->', `<title>Chỉ số</title>`).replace('<!--chiso:body-->', `<p style="font:14px system-ui,sans-serif;padding:12px">${escapeHtml(message)}</p><!-- ${status} -->`);
}

/**
 * HTML the server writes itself: embed pages (`/embed/{key}`, `/embed/explore?…`) with the chart drawn in and
 * its data for the script, `/embed.js`, and the app shell with Open Graph and oEmbed tags for shareable pages.
 */
export function pagesRoute(deps: AppDeps, files: PageFiles): Hono {
  const app = new Hono();
  const template = files.embed ?? plainEmbed;

  app.get('/embed.js', (c) => {
    if (!files.embedJs) throw new HttpProblem(404, 'embed.js is not built: run npm run build.');
    return c.body(files.embedJs, 200, { 'Content-Type': 'text/javascript; charset=utf-8', ...scriptHeaders });
  });

  // The raw template, placeholders and all, is not a page.
  app.get('/embed.html', () => {
    throw new HttpProblem(404, 'Embed pages live at /embed/{indicator key} and /embed/explore?indicators=….');
  });

  app.get('/embed/:name{[a-z][a-z0-9_]{1,63}}', async (c) => {
    try {
      const { keys, q } = chartRequest(c, c.req.param('name'));
      return await cachedRead(
        c,
        deps,
        async () => {
          const origin = originOf(c.req.url);
          const loaded = await loadChart(deps, keys, { ...q, ...pageSize }, origin, { id: 'chiso-chart' });
          const params = { ...paramsOf(loaded), from: q.from, to: q.to, theme: q.theme };
          const data: EmbedData = {
            series: loaded.series,
            indicators: keys,
            mode: q.mode,
            lang: q.lang,
            theme: q.theme,
            from: q.from,
            to: q.to,
            asof: q.asof?.date,
            origin,
          };
          const title = `${loaded.spec.title} – Chỉ số`;
          const pageUrl = `${origin}${embedPath(params)}`;
          const body =
            `<main id="chiso-chart">${renderChartSvg(loaded.spec)}</main>` +
            `<script type="application/json" id="chiso-data">${jsonForScript(data)}</script>`;
          const html = template
            .replace(/<html lang="[a-z]+"/, `<html lang="${q.lang}" data-theme="${q.theme}"`)
            .replace('<!--chiso:head-->', `<title>${escapeHtml(title)}</title>\n    ${head(c, loaded, params, pageUrl)}`)
            .replace('<!--chiso:body-->', body);
          return { body: html, type: HTML };
        },
        { ...embedPageHeaders, 'Cache-Control': 'public, max-age=60' },
      );
    } catch (e) {
      if (!(e instanceof HttpProblem)) throw e;
      return c.body(errorPage(e.status, e.detail), e.status, { 'Content-Type': HTML, ...embedPageHeaders, 'Cache-Control': 'no-store' });
    }
  });

  /** The app shell for a shareable page, with its chart's preview tags; the plain shell when the page has no chart. */
  async function shell(c: Context, keys: string[] | null): Promise<Response> {
    if (!keys) return c.html(files.index, 200, { 'Cache-Control': 'no-cache' });
    try {
      const { q } = chartRequest(c, keys.length === 1 ? keys[0]! : 'explore');
      return await cachedRead(c, deps, async () => {
        const origin = originOf(c.req.url);
        const loaded = await loadChart(deps, keys, { ...q, theme: 'light' }, origin);
        const params = { ...paramsOf(loaded), from: q.from, to: q.to, theme: undefined };
        const pageUrl = `${origin}${appPath(params)}`;
        return { body: injectHead(files.index, head(c, loaded, params, pageUrl), `${loaded.spec.title} – Chỉ số`), type: HTML };
      });
    } catch (e) {
      if (e instanceof HttpProblem) return c.html(files.index, 200, { 'Cache-Control': 'no-cache' });
      throw e;
    }
  }

  app.get('/indicators/:key{[a-z][a-z0-9_]{1,63}}', (c) => shell(c, [c.req.param('key')]));
  app.get('/explore', (c) => {
    const parsed = CompareChartQuery.safeParse({ indicators: c.req.query('indicators') ?? '' });
    return shell(c, parsed.success ? parsed.data.indicators : null);
  });

  return app;
}

/** The built files the pages use, read once at start-up. */
export function readPageFiles(root: string, index: string): PageFiles {
  const read = (name: string) => (existsSync(join(root, name)) ? readFileSync(join(root, name), 'utf8') : null);
  return { index, embed: read('embed.html'), embedJs: read('embed.js') };
}
