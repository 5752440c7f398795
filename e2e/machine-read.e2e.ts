import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, openPage, seriesDrawn, settled, url } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const key = 'software_export';
const year = 2022;

/**
 * The API's answers as they are, except that the 2022 software export figure is machine-read (as after an upload
 * under AUTO_ACCEPT=calibrated): what the app draws from the `machine_read` fields, without changing the server's data.
 */
async function machineRead(page: Page): Promise<void> {
  await page.route(/\/api\/v1\/dashboard(\?|$)/, async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as { year: number; items: { indicator: { key: string }; machine_read: boolean; spark: { year: number }[] }[] };
    for (const item of body.items) {
      if (item.indicator.key !== key || body.year !== year) continue;
      item.machine_read = true;
      item.spark = item.spark.map((p) => ({ ...p, machine_read: p.year === year }));
    }
    await route.fulfill({ response: res, json: body });
  });
  await page.route(new RegExp(`/api/v1/indicators/${key}/series(\\?|$)`), async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as { points: { year: number; machine_read: boolean }[] };
    for (const p of body.points) p.machine_read = p.year === year;
    await route.fulfill({ response: res, json: body });
  });
}

describe.each(['vi', 'en'] as const)('a machine-read figure is marked wherever it is shown (%s)', (lang) => {
  const label = { vi: 'đọc tự động, chưa duyệt', en: 'machine-read, not yet reviewed' }[lang];
  const badge = label.charAt(0).toUpperCase() + label.slice(1);

  it('on the overview: the card, its sparkline, the count, the filter and the year table', async () => {
    const { page, problems, context } = await openPage(browser);
    await machineRead(page);
    await page.goto(url(`/?year=${year}&lang=${lang}`));
    await settled(page);
    const card = page.locator(`article[data-indicator="${key}"]`);
    expect(await card.locator('.badge-machine-read').textContent()).toBe(badge);
    expect(await card.locator('.sparkline rect.mr').count()).toBe(1);
    expect(await page.locator('.badge-machine-read').count()).toBe(1);
    expect(await page.locator('[data-machine-read-count]').textContent()).toContain(label);
    expect(await axeViolations(page), 'axe with the badge').toEqual([]);

    await page.goto(url(`/?year=${year}&filter=machineRead&lang=${lang}`));
    await settled(page);
    expect(await page.locator('article[data-indicator]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')))).toEqual([key]);

    await page.goto(url(`/?year=${year}&view=table&lang=${lang}`));
    await settled(page);
    expect(await page.locator(`tr[data-indicator="${key}"] .badge-machine-read`).textContent()).toBe(badge);
    expect(await page.locator('tbody .badge-machine-read').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on the indicator page: the chart point, its legend and description, the table and the provenance; on the compare bars', async () => {
    const { page, problems, context } = await openPage(browser);
    await machineRead(page);
    await page.goto(url(`/indicators/${key}?lang=${lang}`));
    await settled(page);
    await seriesDrawn(page);
    expect(await page.locator('.series-chart svg rect.mr').count()).toBe(1);
    expect(await page.locator('.series-chart svg text').allTextContents()).toContain(label);
    expect(await page.locator('.series-chart svg desc').textContent()).toContain(String(year));
    expect(await page.locator('.series-chart svg desc').textContent()).toContain(label);
    expect(await page.locator('figcaption.summary').textContent()).toContain(label);

    await page.goto(url(`/indicators/${key}?view=table&year=${year}&lang=${lang}`));
    await settled(page);
    const marked = await page.locator('tbody tr').evaluateAll((rows) =>
      rows.filter((r) => r.querySelector('.badge-machine-read')).map((r) => [r.querySelector('th')?.textContent, r.querySelector('.badge-machine-read')?.textContent]),
    );
    expect(marked).toEqual([[String(year), badge]]);
    await page.waitForSelector('#provenance .is-headline');
    expect(await page.locator('#provenance .is-headline .badge-machine-read').count()).toBe(1);

    // The compare page's bars (Recharts) draw the same dotted outline, and its legend names it.
    await page.goto(url(`/explore?indicators=${key}&chart=bar&lang=${lang}`));
    await settled(page);
    await page.waitForSelector('.compare-bars-panel .recharts-bar-rectangle');
    expect(await page.locator('.compare-bars-panel path[stroke-dasharray="1.2 2"]').count()).toBe(1);
    expect(await page.locator('.legend li').allTextContents()).toContain(label);
    expect(problems).toEqual([]);
    await context.close();
  });
});
