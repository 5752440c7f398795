import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, axeViolations, charted, launch, openPage, seriesDrawn, settled, url } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const pages: { name: string; path: string; chart?: number; series?: boolean }[] = [
  { name: 'dashboard', path: '/?year=2022' },
  { name: 'explore', path: '/explore?indicators=ict_revenue,software_export,it_revenue', chart: 3 },
  { name: 'indicator-2023', path: '/indicators/ict_revenue?year=2023', series: true },
  { name: 'indicator-2018', path: '/indicators/ict_revenue?year=2018', series: true },
  { name: 'sources', path: '/sources' },
  { name: 'source', path: '/sources/1' },
  { name: 'ranking', path: '/ranking?indicator=dti_rank&year=2024' },
  { name: 'provinces', path: '/provinces?indicator=ict_revenue&regions=da-nang,ha-noi' },
  { name: 'not-found', path: '/no/such/page' },
];

describe('screenshots of each page, vi and en, desktop and 360 px, each checked by axe-core', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const width of [1280, 360]) {
      it(`${lang} at ${width} px, with no horizontal scrolling`, async () => {
        const { page, problems, context } = await openPage(browser, { width, height: width > 400 ? 900 : 760 });
        for (const p of pages) {
          await page.goto(url(`${p.path}${p.path.includes('?') ? '&' : '?'}lang=${lang}`));
          await settled(page);
          if (p.chart) await charted(page, p.chart);
          if (p.series) await seriesDrawn(page);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${p.name} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: join(artifacts, `${p.name}-${lang}-${width}.png`), fullPage: true });
          expect(await axeViolations(page), `axe on ${p.name}, ${lang}, ${width}px`).toEqual([]);
        }
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }

  it('dark mode follows the system', async () => {
    const { page, problems, context } = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(url('/indicators/ict_revenue?year=2023'));
    await settled(page);
    await seriesDrawn(page);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(11, 18, 32)');
    await page.screenshot({ path: join(artifacts, 'indicator-2023-vi-1280-dark.png'), fullPage: true });
    await page.goto(url('/?year=2022'));
    await settled(page);
    await page.screenshot({ path: join(artifacts, 'dashboard-vi-1280-dark.png'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('prints the dashboard on A4', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('/?year=2022'));
    await settled(page);
    const pdf = await page.pdf({ path: join(artifacts, 'dashboard-vi-a4.pdf'), format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: join(artifacts, 'dashboard-vi-print.png'), fullPage: true });
    await context.close();
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`prints the year's table on one A4 page (${lang})`, async () => {
      const { page, context } = await openPage(browser);
      await page.goto(url(`/?year=2022&view=table&lang=${lang}`));
      await settled(page);
      await page.waitForFunction(() => !document.querySelector('.year-table')?.textContent?.includes('…'));
      const pdf = await page.pdf({ path: join(artifacts, `year-table-${lang}-a4.pdf`), format: 'A4', printBackground: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
      await context.close();
    });
  }
});

/** `E2E_README_SHOTS=1 npm run test:e2e` refreshes the README's screenshots in docs/screenshots/. */
describe.runIf(process.env.E2E_README_SHOTS === '1')('README screenshots', () => {
  const docs = join(artifacts, '..', '..', 'docs', 'screenshots');
  const shots = [
    { name: 'dashboard-2022-vi', path: '/?year=2022&lang=vi', width: 1280, height: 860 },
    { name: 'indicator-provenance-2018-vi', path: '/indicators/ict_revenue?year=2018&lang=vi', width: 1280, height: 860 },
    { name: 'indicator-conflict-2023-en-dark', path: '/indicators/ict_revenue?year=2023&lang=en', width: 1280, height: 860, dark: true },
    { name: 'compare-en', path: '/explore?indicators=ict_revenue,software_export,it_revenue&lang=en', width: 1280, height: 760 },
    { name: 'source-document-vi', path: '/sources/SOURCE?fact=FACT&lang=vi', width: 1280, height: 760 },
    { name: 'dashboard-mobile-vi', path: '/?year=2022&lang=vi', width: 360, height: 760 },
    { name: 'overview-default-year-vi', path: '/?lang=vi', width: 1280, height: 860 },
    { name: 'indicator-gap-vi', path: '/indicators/ict_revenue?lang=vi', width: 1280, height: 760 },
    { name: 'compare-index-en', path: '/explore?indicators=ict_revenue,software_export,it_revenue&mode=index&lang=en', width: 1280, height: 860 },
    { name: 'compare-mobile-vi', path: '/explore?indicators=ict_revenue,software_export&lang=vi', width: 360, height: 760 },
    { name: 'year-table-2022-vi', path: '/?year=2022&view=table&lang=vi', width: 1280, height: 900 },
  ];
  it('takes them', async () => {
    const facts = (await (await fetch(url('/api/v1/facts?indicator=ict_revenue&year=2018'))).json()) as {
      facts: { id: number; source: { id: number; kind: string } }[];
    };
    const fact = facts.facts.find((f) => f.source.kind === 'report');
    expect(fact).toBeDefined();
    for (const s of shots) {
      const { page, context } = await openPage(browser, { width: s.width, height: s.height, colorScheme: s.dark ? 'dark' : 'light' });
      await page.goto(url(s.path.replace('SOURCE', String(fact!.source.id)).replace('FACT', String(fact!.id))));
      await settled(page);
      if (s.name.startsWith('compare')) await charted(page, s.name.includes('mobile') ? 2 : 3);
      // Fonts loaded and two frames painted since (motion is reduced): the picture is the settled page.
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
      await page.screenshot({ path: join(docs, `${s.name}.png`) });
      await context.close();
    }
  });
});
