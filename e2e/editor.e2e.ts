import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, axeViolations, launch, openPage, settled, url } from './browser';

/** Made by e2e/run.mjs with the token CLI on the server's database. */
const token = process.env.E2E_EDITOR_TOKEN ?? '';
const report = join(import.meta.dirname, 'fixtures', 'danang-2020-telecom-review.txt');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const wifiCard = '[data-indicator="public_wifi_stations"]';

async function noSidewaysScroll(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}

async function reviewReady(page: Page): Promise<void> {
  await page.waitForSelector('.review-item');
  await page.waitForSelector('.review-document-text .mark-focus');
}

describe.runIf(token !== '')('editors: sign in, upload a report, review it, see the dashboard change', () => {
  it('takes a report from upload to an accepted figure on the dashboard', async () => {
    const { page, problems, context } = await openPage(browser);

    // The 2020 overview has no public Wi-Fi figure yet, and a reader sees no editor links.
    await page.goto(url('/?year=2020&lang=vi'));
    await settled(page);
    expect(await page.locator(wifiCard).count()).toBe(0);
    expect(await page.locator('.editor-nav').count()).toBe(0);

    // Sign in: a wrong token is refused, the right one is kept for this tab.
    await page.click('footer >> text=Đăng nhập biên tập');
    await page.waitForSelector('main h1:text("Đăng nhập biên tập")');
    await page.fill('input[name=token]', 'chiso_not-a-real-token');
    await page.click('button[type=submit]');
    await page.waitForSelector('text=Mã truy cập không đúng hoặc đã bị thu hồi.');
    await page.setViewportSize({ width: 360, height: 760 });
    await noSidewaysScroll(page, 'the sign-in screen at 360px');
    await page.screenshot({ path: join(artifacts, 'signin-vi-360.png'), fullPage: true });
    expect(await axeViolations(page), 'axe on the sign-in page').toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.fill('input[name=token]', token);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/review/);
    expect(await page.textContent('.editor-nav')).toContain('Đăng nhập: e2e.editor');
    expect(await page.evaluate(() => sessionStorage.getItem('chiso.token'))).toBe(token);
    expect(await page.evaluate(() => document.cookie)).toBe('');

    // Upload the report: two figures read with low confidence wait for review.
    await page.click('.editor-nav >> text=Tải lên');
    await page.waitForSelector('main h1:text("Tải lên báo cáo")');
    await page.locator('input[type=file]').first().setInputFiles(report);
    await page.fill('input[name=title]', 'Hạ tầng viễn thông và Internet công cộng năm 2020');
    await page.fill('input[name=publisher]', 'Sở Thông tin và Truyền thông Đà Nẵng');
    await page.fill('input[name=published]', '2021-01-15');
    await page.click('main form button[type=submit] >> text=Tải lên');
    const result = page.locator('.upload-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.textContent()).toContain('Đã tải lên “Hạ tầng viễn thông và Internet công cộng năm 2020”.');
    expect(await result.textContent()).toContain('2 số liệu chờ duyệt');
    await page.screenshot({ path: join(artifacts, 'upload-result-vi-1280.png'), fullPage: true });
    expect(await axeViolations(page), 'axe on the upload page').toEqual([]);

    // The same bytes again: recognised, nothing duplicated.
    await page.click('.upload-result >> text=Tải lên…');
    await page.locator('input[type=file]').first().setInputFiles(report);
    await page.click('main form button[type=submit] >> text=Tải lên');
    await page.waitForSelector('.upload-result >> text=đã được tải lên trước đây');
    const reviewFromUpload = url((await page.getAttribute('.upload-result >> text=Duyệt 2 số liệu chờ duyệt', 'href')) ?? '');

    // A file it cannot read is refused in words; a cited-figures CSV comes back line by line.
    await page.click('.upload-result >> text=Tải lên…');
    await page.locator('input[type=file]').first().setInputFiles({ name: 'anh.gif', mimeType: 'image/gif', buffer: Buffer.from('474946383961010001000000', 'hex') });
    await page.click('main form button[type=submit] >> text=Tải lên');
    await page.waitForSelector('[role=alert] >> text=Không đọc được định dạng tệp này');
    expect(await page.textContent('[role=alert]')).toContain('anh.gif');
    const csv = [
      'region,indicator,year,value,unit,qualifier,approx,change_pct,change_vs_year,plan_pct,source_url,source_published,note',
      'da-nang,feedback_total,2016,4210,items,actual,,,,,https://example.org/gop-y-2016,2017-01,',
      'da-nang,feedback_total,20x6,4210,items,actual,,,,,https://example.org/gop-y-2016,2017-01,',
    ].join('\n');
    await page.locator('input[type=file]').nth(1).setInputFiles({ name: 'trich-dan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.click('text=Kiểm tra và tải lên');
    const citedReport = page.locator('.cited-report');
    await citedReport.waitFor();
    expect(await citedReport.textContent()).toContain('2 dòng: 1 thêm mới, 0 cập nhật, 0 không đổi, 1 không hợp lệ.');
    expect(await citedReport.locator('tbody th').textContent()).toBe('3');
    await page.screenshot({ path: join(artifacts, 'upload-errors-vi-1280.png'), fullPage: true });
    await page.goto(reviewFromUpload);

    // The review queue of this source.
    await page.waitForURL(/\/review\?source=\d+/);
    await reviewReady(page);
    expect(await page.textContent('.review-count')).toContain('Còn 2 số liệu chờ duyệt');
    expect(await page.locator('.review-document-text mark').count()).toBe(2);
    expect(await page.locator('.review-item .quote mark').count()).toBe(1);

    // Screenshots of the queue: desktop and 360 px, Vietnamese and English (reloads keep the tab's session).
    const reviewUrl = page.url().replace(/&?lang=\w+/, '');
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: width > 400 ? 900 : 760 });
      for (const lang of ['vi', 'en'] as const) {
        await page.goto(`${reviewUrl}&lang=${lang}`);
        await reviewReady(page);
        await noSidewaysScroll(page, `the review queue at ${width}px (${lang})`);
        await page.screenshot({ path: join(artifacts, `review-${lang}-${width}.png`), fullPage: true });
        expect(await axeViolations(page), `axe on the review queue at ${width}px (${lang})`).toEqual([]);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${reviewUrl}&lang=vi`);
    await reviewReady(page);
    await page.screenshot({ path: join(artifacts, 'review-vi-1280-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    // From the 2020 overview (now cached in the app) to the queue, all inside the app.
    await page.goto(url('/?year=2020&lang=vi'));
    await settled(page);
    expect(await page.locator(wifiCard).count()).toBe(0);
    await page.click('.editor-nav >> text=Duyệt số liệu');
    await page.waitForSelector('main h1:text("Duyệt số liệu")');
    const sourceId = /source=(\d+)/.exec(reviewUrl)?.[1] ?? '';
    await page.selectOption('main select', sourceId);
    await page.waitForURL(new RegExp(`source=${sourceId}`));
    await reviewReady(page);

    // j/k move through the queue; a accepts the Wi-Fi figure.
    const current = () => page.textContent('.review-indicator');
    if (!(await current())?.includes('WiFi')) {
      await page.keyboard.press('j');
      await page.waitForFunction(() => document.querySelector('.review-indicator')?.textContent?.includes('WiFi'));
    }
    expect(await page.textContent('.review-value')).toContain('1.024');
    await page.keyboard.press('a');
    await page.waitForSelector('.review-done >> text=Đã chấp nhận');
    await page.waitForFunction(() => document.querySelector('.review-count')?.textContent?.includes('Còn 1 số liệu chờ duyệt'));

    // r asks for a reason, then rejects the other figure; the queue is empty.
    await page.keyboard.press('r');
    await page.keyboard.type('Không phải số trạm BTS của năm 2020');
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Không còn số liệu nào chờ duyệt.');

    // Back on the overview without reloading: the accepted figure is there at once.
    await page.click('.nav >> text=Tổng quan');
    await settled(page);
    await page.selectOption('.year-picker select', '2020');
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent?.includes('2020'));
    const card = page.locator(wifiCard);
    await card.waitFor();
    expect(await card.textContent()).toContain('1.024');

    // Its history, reached from the provenance panel of the indicator page.
    await page.goto(url('/indicators/public_wifi_stations?year=2020&lang=vi'));
    await settled(page);
    await page.click('#provenance >> text=Lịch sử thay đổi');
    await page.waitForSelector('.revision');
    const history = (await page.textContent('main')) ?? '';
    expect(history).toContain('Chấp nhận');
    expect(history).toContain('e2e.editor');
    expect(history).toContain('chờ duyệt');
    expect(history).toContain('đã chấp nhận');
    await page.screenshot({ path: join(artifacts, 'history-vi-1280.png'), fullPage: true });
    expect(await axeViolations(page), 'axe on the history page').toEqual([]);
    await page.setViewportSize({ width: 360, height: 760 });
    await noSidewaysScroll(page, 'the history at 360px');
    await page.screenshot({ path: join(artifacts, 'history-vi-360.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Signing out forgets the token; the editor pages send the reader to sign in.
    await page.click('.editor-nav >> text=Đăng xuất');
    await page.waitForURL(/\/signin/);
    expect(await page.evaluate(() => sessionStorage.getItem('chiso.token'))).toBeNull();
    await page.goto(url('/review'));
    await page.waitForURL(/\/signin\?next=%2Freview/);
    // The wrong token's 401 and the unreadable file's 415 are the failed requests the browser reports.
    expect(problems.filter((p) => !/status of (401|415)/.test(p))).toEqual([]);
    await context.close();
  });
});
