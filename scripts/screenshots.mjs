#!/usr/bin/env node
// Screenshots of the views a change to the charts should be judged on, taken the same way from any running
// server, so that two versions (a "before" checkout and the current one) can be put side by side:
//   node scripts/screenshots.mjs http://127.0.0.1:8787 docs/screenshots/NAME/after
// Chromium from Debian (CHROME_PATH to change); JPEG to keep the files small enough to commit.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, out, type = 'jpeg'] = process.argv.slice(2);
if (!base || !out) {
  process.stderr.write('usage: node scripts/screenshots.mjs BASE_URL OUT_DIR [jpeg|png]\n');
  process.exit(2);
}

/** name → path, and what must be on the page before the picture is taken. */
const views = [
  { name: 'overview-2022', path: '/?year=2022', ready: 'main' },
  { name: 'overview-default-year', path: '/', ready: 'main' },
  { name: 'indicator-with-gap', path: '/indicators/ict_revenue', ready: 'main svg path' },
  { name: 'compare-index-mode', path: '/explore?indicators=ict_revenue,software_export,it_revenue&mode=index', ready: 'main svg path' },
  { name: 'compare-three-units', path: '/explore?indicators=ict_revenue,software_export,online_services_share', ready: 'main svg path' },
  { name: 'embed', path: '/embed/ict_revenue', ready: 'svg path', width: 640, height: 420 },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
try {
  for (const v of views) {
    const context = await browser.newContext({ viewport: { width: v.width ?? 1280, height: v.height ?? 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${base}${v.path}`, { waitUntil: 'networkidle', timeout: 30_000 });
    await page.waitForSelector(v.ready, { timeout: 15_000 }).catch(() => process.stderr.write(`${v.name}: "${v.ready}" never appeared; taken as it is\n`));
    await page.waitForTimeout(500); // chart transitions (reducedMotion is not honoured by every chart)
    const file = join(out, `${v.name}.${type === 'png' ? 'png' : 'jpg'}`);
    await page.screenshot({ path: file, fullPage: !v.width, ...(type === 'png' ? { type: 'png' } : { type: 'jpeg', quality: 70 }) });
    process.stdout.write(`${file}\n`);
    await context.close();
  }
} finally {
  await browser.close();
}
