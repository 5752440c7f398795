import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chartSpec, renderChartSvg } from '@chiso/shared/chart';
import { SeriesResponse } from '@chiso/shared';
import { createApp } from '../apps/api/src/app';
import { silentLogger } from '../apps/api/src/http/log';
import { seedAll } from '../apps/api/src/seed';
import { freshDb, shippedDataDir as dataDir } from '../apps/api/src/testing/harness';
import { repoRoot } from './lib/child';

const budget = { embedJs: 150 * 1024, svgBytes: 40 * 1024, svgMs: 50 };
const dist = join(repoRoot, 'apps/web/dist');

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n: number) => `${n.toFixed(2)} ms`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');

function stats(xs: number[]): { median: number; p90: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p90: s[Math.floor(s.length * 0.9)]! };
}

async function timed(n: number, f: () => Promise<unknown> | unknown): Promise<{ median: number; p90: number }> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f();
    out.push(performance.now() - t0);
  }
  return stats(out);
}

/** The JavaScript an embed page makes the browser fetch, as sent (brotli when precompressed, else gzip -9). */
function embedPageJs(): { files: { name: string; raw: number; br: number; gzip: number }[] } | null {
  const html = join(dist, 'embed.html');
  if (!existsSync(html)) return null;
  const names = [...readFileSync(html, 'utf8').matchAll(/<(?:script|link)[^>]+(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return {
    files: [...names, 'embed.js'].map((name) => {
      const body = readFileSync(join(dist, name));
      const br = existsSync(join(dist, `${name}.br`)) ? readFileSync(join(dist, `${name}.br`)).length : brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      return { name, raw: body.length, br, gzip: gzipSync(body, { level: 9 }).length };
    }),
  };
}

/**
 * `npm run bench -- embed`: the embed budgets. JS an embed page loads (≤ 150 kB compressed), the server SVG's
 * size (≤ 40 kB) and time uncached (≤ 50 ms median, through the whole HTTP handler with the cache emptied
 * before each request), then from the cache; the PNG for reference.
 */
export async function benchEmbed(): Promise<void> {
  const js = embedPageJs();
  if (!js) {
    process.stdout.write('embed page JS: apps/web/dist/embed.html missing, run `npm run build` first\n');
  } else {
    const page = js.files.filter((f) => f.name !== 'embed.js');
    const total = page.reduce((s, f) => s + f.br, 0);
    const totalGz = page.reduce((s, f) => s + f.gzip, 0);
    for (const f of js.files) process.stdout.write(`  ${f.name.padEnd(34)} raw ${kb(f.raw).padStart(9)}  br ${kb(f.br).padStart(8)}  gzip ${kb(f.gzip).padStart(8)}\n`);
    process.stdout.write(`embed page JS transferred: ${kb(total)} br / ${kb(totalGz)} gzip (budget ${kb(budget.embedJs)}) ${verdict(Math.max(total, totalGz) <= budget.embedJs)}\n`);
  }

  const db = await freshDb();
  try {
    const seed = await seedAll(db.db, dataDir);
    const { app } = await createApp({ db, log: silentLogger, catalogue: seed.catalogue });
    const get = (path: string, init?: RequestInit) => app.request(`http://bench.local${path}`, init);
    // The same app without a read cache: every request computes its answer.
    const computing = (await createApp({ db, log: silentLogger, catalogue: seed.catalogue, readCacheBytes: 0 })).app;

    const series = SeriesResponse.parse(await (await get('/api/v1/indicators/ict_revenue/series')).json());
    const render = await timed(500, () => renderChartSvg(chartSpec({ series: [series], origin: 'http://bench.local' })));
    process.stdout.write(`renderChartSvg alone (1 series): median ${ms(render.median)}, p90 ${ms(render.p90)}\n`);

    const cases = [
      { name: 'ict_revenue.svg', path: '/api/v1/charts/ict_revenue.svg' },
      { name: 'explore.svg, 6 indicators', path: '/api/v1/charts/explore.svg?indicators=ict_revenue,it_revenue,software_export,budget_contribution,ict_value_added,it_enterprises&mode=index&width=1200&height=700' },
    ];
    for (const c of cases) {
      const first = await get(c.path);
      const body = await first.text();
      const bytes = Buffer.byteLength(body);
      const uncached = await timed(60, async () => (await computing.request(`http://bench.local${c.path}`)).text());
      const cached = await timed(300, async () => (await get(c.path)).text());
      const etag = first.headers.get('etag')!;
      const revalidated = (await get(c.path, { headers: { 'If-None-Match': etag } })).status;
      process.stdout.write(
        `${c.name}: ${kb(bytes)} (gzip ${kb(gzipSync(body).length)}, budget ${kb(budget.svgBytes)}) ${verdict(bytes <= budget.svgBytes)}; ` +
          `uncached median ${ms(uncached.median)} p90 ${ms(uncached.p90)} (budget ${budget.svgMs} ms) ${verdict(uncached.median <= budget.svgMs)}; ` +
          `cached median ${ms(cached.median)} p90 ${ms(cached.p90)}; If-None-Match → ${revalidated}\n`,
      );
    }

    const png = '/api/v1/charts/ict_revenue.png?width=1200&height=630';
    const pngRes = await get(png);
    if (pngRes.status === 200) {
      const size = (await pngRes.arrayBuffer()).byteLength;
      const t = await timed(10, async () => {
        await (await get(`${png}&n=${Math.random()}`)).arrayBuffer();
      });
      process.stdout.write(`ict_revenue.png 1200×630: ${kb(size)}, uncached median ${ms(t.median)} p90 ${ms(t.p90)}\n`);
    } else {
      process.stdout.write(`ict_revenue.png: HTTP ${pngRes.status} (${(await pngRes.text()).slice(0, 120)})\n`);
    }
  } finally {
    await db.close();
  }
}
