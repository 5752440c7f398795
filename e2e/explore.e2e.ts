import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charted, launch, openPage, settled, url } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function apiCsv(key: string): Promise<string> {
  const res = await fetch(url(`/api/v1/indicators/${key}/series.csv`));
  expect(res.ok).toBe(true);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
}

describe('compare', () => {
  it('draws two series, and its CSV matches the API', async () => {
    const { page, problems, context } = await openPage(browser, { acceptDownloads: true });
    await page.goto(url('/explore?indicators=ict_revenue,software_export'));
    await settled(page);
    await charted(page, 2);
    // Different units: one panel each, on one year axis (the shared renderer, as in the embed).
    expect(await page.locator('.chart-host svg g[data-key]').count()).toBe(2);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="csv"]')]);
    const shown = readFileSync((await download.path())!, 'utf8');
    const [a, b] = await Promise.all([apiCsv('ict_revenue'), apiCsv('software_export')]);
    const body = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const [header, ...rowsA] = body(a);
    const [, ...rowsB] = body(b);
    expect(body(shown)).toEqual([header, ...rowsA, ...rowsB]);
    expect(shown.startsWith('\uFEFF')).toBe(true);
    expect(rowsA.length).toBeGreaterThan(5);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches to index and growth, to bars and to a table, all kept in the URL', async () => {
    const { page, problems, context } = await openPage(browser, { acceptDownloads: true });
    await page.goto(url('/explore?indicators=ict_revenue,software_export&from=2018'));
    await settled(page);
    await charted(page, 2);

    await page.check('input[name="mode"][value="index"]');
    await page.waitForURL(/mode=index/);
    expect(await page.locator('.summary').textContent()).toContain('(chỉ số, năm 2018 = 100)');

    await page.check('input[name="mode"][value="growth"]');
    await page.waitForURL(/mode=growth/);
    await page.check('input[name="chart"][value="bar"]');
    await page.waitForURL(/chart=bar/);
    await page.waitForSelector('.recharts-bar-rectangle');

    // Every year from the first to the last has its place on the bar axis.
    const ticks = (await page.locator('.compare-bars svg text').allTextContents()).map(Number).filter((n) => n >= 1990 && n <= 2100);
    expect(ticks.length).toBeGreaterThan(1);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]! - ticks[i - 1]!).toBeGreaterThan(0);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="svg"]')]);
    expect(readFileSync((await svg.path())!, 'utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="png"]')]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');

    await page.check('input[name="view"][value="table"]');
    await page.waitForURL(/view=table/);
    const table = (await page.locator('table').textContent()) ?? '';
    expect(table).toContain('+34%');

    // The whole state survives a reload.
    await page.reload();
    await settled(page);
    expect(await page.isChecked('input[name="mode"][value="growth"]')).toBe(true);
    expect(await page.locator('table').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
