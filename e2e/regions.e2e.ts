import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, baseUrl, charted, launch, openPage, settled, url } from './browser';

let browser: Browser;
let host: Server;
let hostUrl: string;
beforeAll(async () => {
  browser = await launch();
  // A site on another origin (another port of 127.0.0.1) that frames the map.
  host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo</title></head><body><h1>DTI 2024</h1>
<iframe id="map" src="${baseUrl}/embed/map/dti_rank?year=2024&map=2025-07-01" title="map" width="660" height="900" style="border:0"></iframe></body></html>`);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => host?.close(r));
});

describe('every province', () => {
  it('the region picker lists the catalogue, and the choice is kept in the URL', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url('/indicators/dti_rank'));
    await settled(page);
    const picker = page.locator('main select').first();
    await page.waitForFunction(() => document.querySelectorAll('main select optgroup').length >= 3);
    expect(await picker.locator('optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')))).toEqual(['Cả nước', 'Tỉnh, thành phố (từ 1/7/2025)', 'Tỉnh, thành phố cũ']);
    expect(await picker.locator('optgroup').nth(1).locator('option').count()).toBe(34);
    await picker.selectOption('hue');
    await page.waitForURL(/region=hue/);
    await settled(page);
    expect(await picker.inputValue()).toBe('hue');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the ranking view sorts, shows denominators and the units without a figure; the map matches its table and is keyboard-navigable', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1280, height: 1100 });
    await page.goto(url('/ranking?indicator=dti_rank&year=2022'));
    await settled(page);
    await page.waitForSelector('.ranking-table tbody tr');
    const ranks = await page.locator('.ranking-table tbody tr td:first-child').allTextContents();
    expect(ranks).toHaveLength(63);
    expect(ranks.every((r) => /^hạng \d+\/63$/.test(r))).toBe(true);
    const places = ranks.map((r) => Number(/hạng (\d+)/.exec(r)![1]));
    expect(places).toEqual([...places].sort((a, b) => a - b));
    // A year of the 63-unit map: the table only.
    expect(await page.locator('.tile-map').count()).toBe(0);

    await page.goto(url('/ranking?indicator=dti_rank&year=2024&map=today'));
    await settled(page);
    await page.waitForSelector('.tile-map svg');
    const rows = await page.locator('.ranking-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ region: tr.getAttribute('data-region')!, rank: tr.querySelector('td')!.textContent!, name: tr.querySelector('th')!.textContent! })),
    );
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.rank.endsWith('/34'))).toBe(true);
    const tiles = page.locator('.tile-map svg g[data-region]');
    expect(await tiles.count()).toBe(34);
    for (const r of rows) expect(await page.locator(`.tile-map svg g[data-region="${r.region}"]`).getAttribute('aria-label')).toBe(`${r.name}: ${r.rank}`);
    const missing = await page.locator('.ranking-missing').textContent();
    expect(missing).toContain(`Không có số liệu cho ${34 - rows.length} tỉnh, thành phố`);

    // The tiles are reached with Tab, one after another, each saying its name and figure.
    await page.locator('.tile-map svg g[data-region]').first().focus();
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('Tab');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    await page.screenshot({ path: join(artifacts, 'ranking-map.png'), fullPage: true });

    const csv = await fetch(url('/api/v1/indicators/dti_rank/ranking.csv?year=2024&map=2025-07-01'));
    expect(await page.locator('a[download][href*="ranking.csv"]').getAttribute('href')).toBe('/api/v1/indicators/dti_rank/ranking.csv?year=2024&map=2025-07-01');
    expect(csv.status).toBe(200);
    const xlsxHref = '/api/v1/indicators/dti_rank/ranking.xlsx?year=2024&map=2025-07-01&lang=vi';
    expect(await page.locator('a[download][href*="ranking.xlsx"]').getAttribute('href')).toBe(xlsxHref);
    const xlsx = await fetch(url(xlsxHref));
    expect(xlsx.status).toBe(200);
    expect([...new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('compares three regions on one chart, combined figures as their own series and marked in the table', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url('/provinces?indicator=dti_rank&regions=da-nang,hue,ha-noi'));
    await settled(page);
    // Đà Nẵng and Hà Nội have their own and their merged 2024 ranks, Huế only figures carried from Thừa Thiên Huế.
    await charted(page, 4);
    const labels = await page.locator('.chart-host svg g[data-key]').count();
    expect(labels).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: join(artifacts, 'compare-three-regions.png'), fullPage: true });
    await page.getByRole('button', { name: 'Bảng' }).click();
    await page.waitForURL(/view=table/);
    const combined = page.locator('.compare-regions-table [data-combined]');
    expect(await combined.count()).toBeGreaterThan(0);
    expect(await page.locator('.compare-regions-table [data-combined="published"]').first().textContent()).toContain('/34*');
    expect(await page.locator('.compare-regions-table thead th').allTextContents()).toEqual(['Năm', 'Đà Nẵng', 'Huế', 'Hà Nội']);
    // An indicator the country has figures for: the country comes along as the reference.
    await page.goto(url('/provinces?indicator=dti_score&regions=da-nang,ha-noi&view=table'));
    await settled(page);
    await page.waitForSelector('.compare-regions-table');
    expect(await page.locator('.compare-regions-table thead th').allTextContents()).toEqual(['Năm', 'Đà Nẵng', 'Hà Nội', 'Việt Nam']);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the map embeds on another origin, with its table', async () => {
    const { page, problems, context } = await openPage(browser, { width: 800, height: 1000 });
    await page.goto(hostUrl);
    const frame = await (await page.locator('#map').elementHandle())!.contentFrame();
    if (!frame) throw new Error('no frame');
    await frame.waitForSelector('#chiso-map-embed svg g[data-region]');
    expect(await frame.locator('svg g[data-region]').count()).toBe(34);
    expect(await frame.locator('table tbody tr').count()).toBeGreaterThan(5);
    await page.screenshot({ path: join(artifacts, 'map-embed.png') });
    expect(problems).toEqual([]);
    await context.close();
  });
});
