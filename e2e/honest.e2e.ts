import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, charted, launch, openPage, seriesDrawn, settled, url } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const svgTexts = (page: Page, scope: string) => page.locator(`${scope} svg text`).allTextContents();

/** Issue 13's "must hold", each in Vietnamese and in English, checked in the app as a reader sees it. */
describe.each(['vi', 'en'] as const)('charts and the yearly view never mislead (%s)', (lang) => {
  const words = {
    vi: { gap: 'không có số liệu các năm giữa', index: /Chỉ số, năm (\d{4}) = 100/, complete: 'năm gần nhất có đủ số liệu', earlier: 'so với 2019 (năm gần nhất trước đó có số liệu)', notFound: 'Không có chỉ tiêu “no_such_thing”.' },
    en: { gap: 'no figures for the years between', index: /Index, (\d{4}) = 100/, complete: 'the newest complete year', earlier: 'vs 2019 (latest earlier year with data)', notFound: 'There is no indicator “no_such_thing”.' },
  }[lang];

  it('a missing year is drawn as a gap: the line breaks, a dotted bridge, a marker on every figure', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url(`/indicators/ict_revenue?lang=${lang}`));
    await settled(page);
    await seriesDrawn(page);
    const solid = await page.locator('.series-chart svg path.ln').getAttribute('d');
    expect(solid!.match(/M/g)!.length).toBeGreaterThan(1);
    expect(await page.locator('.series-chart svg path.gap').count()).toBe(1);
    const years = await page.locator('.year-chips button').count();
    const targets = await page.locator('.series-chart svg line.tg').count();
    expect(await page.locator('.series-chart svg g[data-key] > circle:not(.cf)').count()).toBe(years - targets);
    expect(await svgTexts(page, '.series-chart')).toContain(words.gap);
    // Sparklines too: the 2024 revenue card bridges its missing years with a dotted line.
    await page.goto(url(`/?year=2024&lang=${lang}`));
    await settled(page);
    expect(await page.locator('[data-indicator="ict_revenue"] .sparkline path[stroke-dasharray]').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('index mode has one base year for all series and says so', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url(`/explore?indicators=ict_revenue,software_export,it_revenue&mode=index&lang=${lang}`));
    await settled(page);
    await charted(page, 2);
    const caption = (await svgTexts(page, '.chart-host')).find((t) => words.index.test(t));
    expect(caption).toBeTruthy();
    const base = words.index.exec(caption!)![1];
    const summary = (await page.locator('.summary').textContent()) ?? '';
    const bases = [...summary.matchAll(lang === 'vi' ? /chỉ số, năm (\d{4}) = 100/g : /index, (\d{4}) = 100/g)].map((m) => m[1]);
    expect(bases.length).toBeGreaterThanOrEqual(2);
    expect(new Set(bases)).toEqual(new Set([base]));
    // The heading above the chart names the same base year, never "the first year".
    const heading = (await page.locator('[data-chart-subtitle]').textContent()) ?? '';
    expect(words.index.exec(heading)?.[1]).toBe(base);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('no series without a scale: three units as panels, two units on two labelled axes', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url(`/explore?indicators=ict_revenue,software_export,online_services_share&lang=${lang}`));
    await settled(page);
    await charted(page, 3);
    const texts = await svgTexts(page, '.chart-host');
    const units = lang === 'vi' ? ['tỷ đồng:', 'triệu USD:', '%:'] : ['billion VND:', 'million USD:', '%:'];
    for (const u of units) expect(texts.some((t) => t.startsWith(u))).toBe(true);
    await page.goto(url(`/explore?indicators=ict_revenue,software_export&axes=dual&lang=${lang}`));
    await settled(page);
    await charted(page, 2);
    const dual = await svgTexts(page, '.chart-host');
    for (const u of lang === 'vi' ? ['tỷ đồng', 'triệu USD'] : ['billion VND', 'million USD']) expect(dual).toContain(u);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the overview opens on the newest complete year and names the newer sparse one', async () => {
    const { page, problems, context } = await openPage(browser);
    const chosen = (await (await fetch(url('/api/v1/dashboard'))).json()) as { year: number; years: number[]; year_choice: { skipped: { year: number; indicators: number }[] } };
    await page.goto(url(`/?lang=${lang}`));
    await settled(page);
    const h1 = (await page.textContent('main h1')) ?? '';
    expect(h1).toContain(String(chosen.year));
    const newest = Math.max(...chosen.years);
    const note = page.locator('[data-default-year]');
    if (newest > chosen.year) {
      // The newer, sparse year is named with its count and a link, so nobody wonders where it went.
      const skipped = chosen.year_choice.skipped.find((s) => s.year === newest)!;
      const text = (await note.textContent()) ?? '';
      expect(text).toContain(words.complete);
      expect(text).toContain(String(skipped.indicators));
      expect(await note.locator('a').first().getAttribute('href')).toContain(`year=${newest}`);
    } else expect(await note.count()).toBe(0);
    expect(await page.locator('[data-summary]').textContent()).toMatch(/\d+/);
    expect(problems).toEqual([]);
    await context.close();
  });

  // IT revenue has no 2021 figure; its latest earlier one is 2019's (baodanang.vn, 19.570 tỷ đồng).
  it('a card without the year before compares with the latest earlier year, named, and shows the absolute change', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url(`/?year=2022&lang=${lang}`));
    await settled(page);
    const card = page.locator('[data-indicator="it_revenue"] .kpi-change');
    expect(await card.getAttribute('data-basis')).toBe('earlier');
    expect(await card.textContent()).toContain(words.earlier);
    expect(await page.locator('[data-indicator="software_export"] .kpi-abs').textContent()).toMatch(/\+33[.,]5/);
    // Filter and sort are in the URL; the A4 table lists the year.
    await page.selectOption('select[name="filter"]', 'worse');
    await page.waitForURL(/filter=worse/);
    await page.click(`button:text-is("${lang === 'vi' ? 'Bảng' : 'Table'}")`);
    await page.waitForURL(/view=table/);
    expect(await page.locator('.year-table tbody tr').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('unknown indicator, year and source show what exists, with links', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url(`/indicators/no_such_thing?lang=${lang}`));
    await page.waitForSelector('.what-exists h2');
    expect(await page.textContent('main')).toContain(words.notFound);
    expect(await page.locator('main a[href="/indicators/ict_revenue"]').count()).toBe(1);
    await page.goto(url(`/?year=1990&lang=${lang}`));
    await page.waitForSelector('main a[href="/?year=2022"]');
    await page.goto(url(`/sources/999999?lang=${lang}`));
    await page.waitForSelector('main a[href="/sources"]');
    await context.close();
  });
});

describe('accessibility: axe-core finds nothing on the pages issue 13 changed', () => {
  for (const path of ['/?year=2022&view=table', '/explore?indicators=ict_revenue,software_export&view=table', '/explore?indicators=ict_revenue,software_export&chart=bar', '/indicators/no_such_thing', '/?year=1990']) {
    it(path, async () => {
      const { page, context } = await openPage(browser);
      await page.goto(url(path));
      await page.waitForSelector('main h1');
      await page.waitForFunction(() => document.querySelectorAll('.status-loading').length === 0);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
