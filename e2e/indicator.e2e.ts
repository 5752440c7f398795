import { readFileSync } from 'node:fs';
import { read, utils } from '@e965/xlsx';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, seriesDrawn, settled, url } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('indicator page and provenance', () => {
  it('shows both conflicting 2023 revenue figures and their sources', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url('/indicators/ict_revenue?year=2023'));
    await settled(page);
    await seriesDrawn(page);
    const panel = page.locator('#provenance');
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Nguồn gốc số liệu năm 2023');
    expect(text).toContain('36.571 tỷ đồng');
    expect(text).toContain('17.598 tỷ đồng');
    expect(text).toContain('Các nguồn công bố số liệu khác nhau');
    for (const outlet of ['Pháp Luật TP.HCM', 'Sài Gòn Giải Phóng', 'VietTimes']) expect(text).toContain(outlet);
    expect(await panel.locator('a[href*="viettimes.vn"]').count()).toBeGreaterThan(0);
    // Each differing figure is drawn as its own point on the chart, a dashed ring as in the embeds and images:
    // 2023's, and 2021's (the Statistics Office's narrower 15.623 against the department's 31.287, both estimates).
    expect(await page.locator('.series-chart svg circle.cf').count()).toBe(2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the sentence of the 2018 report with the figure marked, and the document view', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url('/indicators/ict_revenue?year=2018'));
    await settled(page);
    const quote = page.locator('#provenance blockquote').first();
    await quote.waitFor();
    expect(await quote.textContent()).toContain('tổng doanh thu toàn ngành 2018 đạt 25.200 tỷ đồng');
    expect(await quote.locator('mark').textContent()).toMatch(/^25\.200/);
    expect(await page.locator('#provenance').textContent()).toContain('Sở Thông tin và Truyền thông Đà Nẵng');

    await page.click('#provenance >> text=Xem trong văn bản đã lưu');
    await page.waitForURL(/\/sources\/\d+\?fact=\d+/);
    const mark = page.locator('mark.mark-focus');
    await mark.waitFor();
    expect(await mark.textContent()).toMatch(/^25\.200/);
    expect(await page.locator('.document-text').textContent()).toContain('Sở Thông tin và Truyền thông');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has a table view and a year chosen in the table opens its provenance', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url('/indicators/software_export?view=table'));
    await settled(page);
    await page.click('table >> button:text-is("2022")');
    await page.waitForURL(/year=2022/);
    expect(await page.locator('#provenance').textContent()).toContain('132 triệu USD');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows Vietnamese definitions and public notes, never the curators’ internal notes', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(url('/indicators/ict_revenue?year=2023'));
    await settled(page);
    await page.locator('#provenance').waitFor();
    expect(await page.locator('.meta dd').first().textContent()).toContain('Doanh thu của toàn ngành thông tin và truyền thông');
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('VietTimes (12/2023) nêu 17.598 tỷ đồng');
    expect(text).not.toContain('review held');
    // Untitled articles go by outlet and date, never by a title guessed from the URL.
    expect(text).toContain('Pháp Luật TP.HCM, 16/01/2024');
    expect(text).not.toMatch(/Nganh tt tt da nang/i);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(['vi', 'en'] as const)('downloads open in a spreadsheet with names, units, sources and notes (%s)', async (lang) => {
    const { page, problems, context } = await openPage(browser, { acceptDownloads: true });
    await page.goto(url(`/indicators/ict_revenue?lang=${lang}`));
    await settled(page);
    await seriesDrawn(page);
    const columns = ['name_vi', 'name_en', 'unit_vi', 'unit_en', 'qualifier', 'approx', 'machine_read', 'source_title', 'source_url', 'public_note_vi', 'public_note_en'];

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="xlsx"]')]);
    expect(xlsx.suggestedFilename()).toMatch(/^chiso-.*\.xlsx$/); // the server's name (Content-Disposition)
    const book = read(readFileSync((await xlsx.path())!));
    expect(book.SheetNames).toContain('Nguồn');
    const [keys, labels, ...rows] = utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 });
    for (const c of columns) expect(keys).toContain(c);
    // The second row names each column in the page's language.
    expect(labels).toContain(lang === 'vi' ? 'đơn vị' : 'unit');
    const value = (keys as string[]).indexOf('value');
    const year = (keys as string[]).indexOf('year');
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      expect(typeof r[value]).toBe('number');
      expect(String(r[value])).toMatch(/^-?\d+(\.\d{1,4})?$/); // as published, never a long float
      expect(r[year]).toBeGreaterThan(1990);
    }
    const sources = utils.sheet_to_json<unknown[]>(book.Sheets['Nguồn']!, { header: 1 });
    expect(sources[0]).toEqual(expect.arrayContaining(['title', 'outlet', 'url']));
    expect(sources.length).toBeGreaterThan(3);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="csv"]')]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true); // Excel reads the BOM as UTF-8
    const header = text.slice(1).split('\r\n')[0]!.split(',');
    for (const c of columns) expect(header).toContain(c);
    expect(text).not.toMatch(/\d\.\d{6,}/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
