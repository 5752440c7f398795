import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { repoRoot, startServer, stop } from './lib/child';

const dist = join(repoRoot, 'apps/web/dist');
const budgetGzip = 200 * 1024;
const pages = [
  { name: 'dashboard', path: '/' },
  { name: 'indicator', path: '/indicators/ict_revenue' },
  { name: 'compare', path: '/explore?indicators=ict_revenue,software_export' },
];
const goals = { performance: 90, accessibility: 100, tbtMs: 200 };
const runs = Number(process.env.BENCH_LH_RUNS ?? 3);

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** The JS the browser must fetch before the app can start: the entry script and what index.html preloads. */
export function initialJs(html: string): string[] {
  const files = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g)) files.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g)) files.add(m[1]!);
  return [...files];
}

function sizes(file: string): { raw: number; gzip: number; br: number } {
  const body = readFileSync(join(dist, file));
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length, br: brotliCompressSync(body).length };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}


interface LhRun {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  jsTransfer: number;
}

async function audit(url: string, port: number): Promise<LhRun> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const details = lhr.audits['network-requests']?.details;
  let jsTransfer = 0;
  if (details && details.type === 'table') {
    for (const item of details.items) {
      if (item.resourceType === 'Script' && typeof item.transferSize === 'number') jsTransfer += item.transferSize;
    }
  }
  const failing = Object.values(lhr.audits).filter(
    (a) => lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score !== null && a.score < 1,
  );
  if (failing.length) process.stdout.write(`  accessibility findings: ${failing.map((a) => a.id).join(', ')}\n`);
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    jsTransfer,
  };
}

/** `npm run bench -- web`: build, initial JS size against the budget, Lighthouse 12 mobile on the main pages. */
export async function benchWeb(): Promise<void> {
  const build = spawnSync('npm', ['run', 'build', '-w', '@chiso/web'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('the web build failed');

  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = initialJs(html);
  const total = { raw: 0, gzip: 0, br: 0 };
  process.stdout.write('initial JS (entry + modulepreload):\n');
  for (const f of files) {
    const s = sizes(f);
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.br += s.br;
    process.stdout.write(`  ${f.padEnd(42)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip ${kb(s.br).padStart(9)} br\n`);
  }
  process.stdout.write(
    `  total ${kb(total.raw)} raw, ${kb(total.gzip)} gzip, ${kb(total.br)} br — budget 200 kB gzip: ${total.gzip <= budgetGzip ? 'OK' : 'OVER'}\n`,
  );
  const recharts = files.some((f) => f.includes('recharts'));
  process.stdout.write(`  recharts in the initial load: ${recharts ? 'YES (should be lazy)' : 'no'}\n`);

  const dir = mkdtempSync(join(tmpdir(), 'chiso-bench-web-'));
  const { child: server, base } = await startServer('apps/api/src/server.ts', [], { DATABASE_URL: `sqlite:${join(dir, 'chiso.sqlite')}`, LOG: 'silent' });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    // Lantern scales the CPU time it observes, so other work on the machine inflates TBT; say how busy it was.
    const load = loadavg().map((l) => l.toFixed(1)).join(' ');
    process.stdout.write(`Lighthouse 12.2.3, mobile (simulated throttling), median of ${runs} runs (load average ${load}):\n`);
    for (const p of pages) {
      const url = `${base}${p.path}`;
      await audit(url, chrome.port); // warm the server's caches and the compressed responses
      const results: LhRun[] = [];
      for (let i = 0; i < runs; i++) results.push(await audit(url, chrome.port));
      const m = (k: keyof LhRun) => median(results.map((r) => r[k]));
      const met = m('performance') >= goals.performance && m('accessibility') >= goals.accessibility && m('tbt') <= goals.tbtMs;
      process.stdout.write(
        `  ${p.name.padEnd(10)} performance ${m('performance')} (runs ${results.map((r) => r.performance).join('/')}), accessibility ${m('accessibility')}, ` +
          `FCP ${(m('fcp') / 1000).toFixed(2)} s, LCP ${(m('lcp') / 1000).toFixed(2)} s, TBT ${Math.round(m('tbt'))} ms (runs ${results.map((r) => Math.round(r.tbt)).join('/')}), CLS ${m('cls').toFixed(3)}, ` +
          `JS transferred ${kb(m('jsTransfer'))} — goal (≥ ${goals.performance}, ${goals.accessibility}, TBT ≤ ${goals.tbtMs} ms): ${met ? 'met' : 'NOT met'}\n`,
      );
    }
  } finally {
    chrome.kill();
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  }
  // The embed budgets (issue 6) belong to the web's figures too: JS of an embed page, server SVG size and speed.
  process.stdout.write('embeds:\n');
  await (await import('./embed')).benchEmbed();
}
