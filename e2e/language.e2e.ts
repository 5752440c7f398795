import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, settled, url } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('language', () => {
  it('is Vietnamese by default, toggles to English, and remembers it', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url('/?year=2022'));
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.textContent('nav')).toContain('Tổng quan');

    await page.click('button.lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('main h1')).toBe('2022 overview');
    const card = (await page.locator('[data-indicator="software_export"]').textContent()) ?? '';
    expect(card).toContain('132 million USD');
    expect(card).toContain('+34% (+33.5 million USD) vs 2021');
    expect(await page.locator('[data-indicator="ict_revenue"]').textContent()).toContain('34,293 billion VND');

    await page.reload();
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('nav')).toContain('Overview');

    await page.goto(url('/?lang=vi&year=2022'));
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.locator('[data-indicator="ict_revenue"]').textContent()).toContain('34.293 tỷ đồng');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('?lang=en sets English on a first visit, dates and numbers included', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url('/indicators/ict_revenue?year=2023&lang=en'));
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const panel = (await page.locator('#provenance').textContent()) ?? '';
    expect(panel).toContain('36,571 billion VND');
    expect(panel).toContain('published Jan 16, 2024');
    // Choosing another year keeps the language in the URL.
    await page.click('.year-chips button:text-is("2022")');
    await page.waitForURL(/year=2022/);
    expect(page.url()).toContain('lang=en');
    expect(problems).toEqual([]);
    await context.close();
  });
});
