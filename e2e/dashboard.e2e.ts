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

describe('yearly dashboard', () => {
  it('shows software export 2022 as 132 triệu USD, +34 %', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url('/?year=2022'));
    await settled(page);
    expect(await page.textContent('main h1')).toBe('Tổng quan năm 2022');
    const card = page.locator('[data-indicator="software_export"]');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('132 triệu USD');
    expect(text).toContain('+34%');
    expect(text).toContain('so với 2021');
    expect(text).toContain('Đạt 120% kế hoạch');
    expect(await page.locator('.kpi-group h2').count()).toBeGreaterThanOrEqual(3);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a rank card says out of how many units, as the API does', async () => {
    const { page, problems, context } = await openPage(browser);
    const body = (await (await fetch(url('/api/v1/dashboard?year=2022'))).json()) as { items: { indicator: { key: string }; value: number; denominator?: number }[] };
    const rank = body.items.find((i) => i.indicator.key === 'dti_rank' && i.denominator !== undefined)!;
    expect(rank).toBeTruthy();
    await page.goto(url('/?year=2022'));
    await settled(page);
    expect(await page.locator('[data-indicator="dti_rank"] .kpi-value').textContent()).toBe(`hạng ${rank.value}/${rank.denominator}`);
    await page.goto(url('/?year=2022&view=table'));
    await settled(page);
    expect(await page.locator('tr[data-indicator="dti_rank"]').first().textContent()).toContain(`hạng ${rank.value}/${rank.denominator}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens on the default year and keeps a chosen year in the URL', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url('/'));
    await settled(page);
    const opened = /\d{4}/.exec((await page.textContent('main h1')) ?? '')![0];
    await page.selectOption('.year-picker select', '2019');
    await page.waitForURL(/year=2019/);
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent?.includes('2019'));
    await page.goBack();
    await page.waitForFunction((y) => document.querySelector('main h1')?.textContent?.includes(y), opened);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('can be operated by keyboard only', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url('/?year=2022'));
    await settled(page);

    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { tag: el?.tagName ?? '', label: el?.getAttribute('aria-label') ?? '', text: el?.textContent?.trim() ?? '', href: el?.getAttribute('href') ?? '' };
      });
    const tabTo = async (match: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (match(await focused())) return;
      }
      throw new Error('the element was not reached by Tab');
    };

    // The first Tab reaches the skip link, which is visible when focused.
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Bỏ qua, đến nội dung chính');
    expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().top >= 0)).toBe(true);

    // Previous year by its button.
    await tabTo((f) => f.label === 'Năm trước');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/year=2021/);
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Tổng quan năm 2021');

    // Into a KPI card and on to its indicator page.
    await tabTo((f) => f.tag === 'A' && f.href.startsWith('/indicators/software_export'), 80);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/indicators\/software_export\?year=2021/);
    await settled(page);
    expect(await page.textContent('main h1')).toBe('Kim ngạch xuất khẩu phần mềm');
    await page.waitForSelector('#provenance');

    // Close the provenance panel by keyboard, then the language toggle.
    await tabTo((f) => f.text === 'Đóng', 80);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('#provenance'));
    expect(page.url()).not.toContain('year=');
    expect(problems).toEqual([]);
    await context.close();
  });
});
