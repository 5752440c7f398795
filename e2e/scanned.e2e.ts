import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, axeViolations, baseUrl, launch, openPage, url } from './browser';

/** Made by e2e/run.mjs with the token CLI on the server's database. */
const token = process.env.E2E_EDITOR_TOKEN ?? '';

/** A made-up province's note, so that the Da Nang figures other tests look at stay as they are. */
const NOTE = [
  'Sở Thông tin và Truyền thông tỉnh Cao Bằng',
  'Báo cáo tình hình hạ tầng viễn thông năm 2020',
  'Hệ thống wifi công cộng miễn phí tiếp tục được mở rộng tại các khu du lịch và khu dân cư. Đến cuối năm 2020, tổng số đã đạt 1.024 điểm.',
  'Các doanh nghiệp viễn thông đã đầu tư thêm trạm thu phát sóng. Đến cuối năm 2020, tổng cộng đã có 2.180 trạm.',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.runIf(token !== '')('a scanned report in the review queue', () => {
  it('shows the page image beside the OCR text, the figure boxed where it is on the page', async () => {
    // A "scan": the note printed by Chromium on a white A4-shaped page, photographed at twice the pixels.
    const { page: printer } = await openPage(browser);
    await printer.setViewportSize({ width: 794, height: 1123 });
    await printer.setContent(`<body style="margin:90px 80px;font:17px/1.5 'DejaVu Serif',serif;background:#fff;color:#111">${NOTE.map((p) => `<p>${p}</p>`).join('')}</body>`);
    const png = await printer.screenshot({ scale: 'device', type: 'png' });
    await printer.close();

    const form = new FormData();
    form.set('file', new File([new Uint8Array(png)], 'ban-quet.png'));
    form.set('region', 'cao-bang');
    const res = await fetch(`${baseUrl}/api/v1/sources`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${token}` } });
    expect([200, 201]).toContain(res.status); // 200 when the same scan was uploaded before (a re-run on one database)
    const { source } = (await res.json()) as { source: { id: number; format: string } };
    expect(source.format).toBe('image');

    const { page, problems } = await openPage(browser);
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(url('/signin?lang=vi'));
    await page.fill('input[name=token]', token);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/review/);
    await page.goto(url(`/review?source=${source.id}&lang=vi`));
    await page.waitForSelector('.review-item');
    const box = page.locator('.page-image-box');
    await box.waitFor();
    const image = page.locator('.page-image img');
    await image.evaluate((img: HTMLImageElement) => (img.complete ? undefined : new Promise((r) => img.addEventListener('load', r, { once: true }))));
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500);

    // The box sits on the line that holds the figure under review: in the lower half of the note's text, inside the image.
    const [imageBox, markBox] = await Promise.all([image.boundingBox(), box.boundingBox()]);
    expect(imageBox && markBox).toBeTruthy();
    if (imageBox && markBox) {
      expect(markBox.x).toBeGreaterThanOrEqual(imageBox.x);
      expect(markBox.x + markBox.width).toBeLessThanOrEqual(imageBox.x + imageBox.width);
      expect(markBox.y).toBeGreaterThan(imageBox.y);
      expect(markBox.y + markBox.height).toBeLessThan(imageBox.y + imageBox.height / 2);
      expect(markBox.width).toBeGreaterThan(10);
    }
    const value = (await page.textContent('.review-value')) ?? '';
    expect(value).toMatch(/1\.024|2\.180/);
    // the frame is scrolled to the box (a full-page capture would lay the frame out again, unscrolled)
    const frame = page.locator('.page-image-frame');
    expect(await frame.evaluate((f) => f.scrollLeft)).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'review-scanned-vi-1400.png') });
    expect(problems).toEqual([]);

    // Accepted by a person, the figure is boxed on the page image of the public source page, reached from the figure.
    const detail = (await (await fetch(`${baseUrl}/api/v1/sources/${source.id}`)).json()) as { fact_list: { id: number; value: number | null }[] };
    const figure = detail.fact_list.find((f) => f.value === 1024 || f.value === 2180);
    expect(figure).toBeDefined();
    const accepted = await fetch(`${baseUrl}/api/v1/facts/${figure?.id}/accept`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    expect(accepted.status).toBe(200);
    const visitor = await openPage(browser);
    await visitor.page.goto(url(`/sources/${source.id}?fact=${figure?.id}&lang=en`));
    const scan = visitor.page.locator('.source-page-image img');
    await scan.waitFor();
    await scan.evaluate((img: HTMLImageElement) => (img.complete ? undefined : new Promise((r) => img.addEventListener('load', r, { once: true }))));
    expect(await scan.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500);
    // the image's text alternative is the text OCR read from the page
    const described = await scan.evaluate((img) => document.getElementById(img.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(described).toMatch(/1\.024|2\.180/);
    const focus = visitor.page.locator('.page-box.is-focus');
    await focus.waitFor();
    expect(await focus.getAttribute('href')).toBe(`#fact-${figure?.id}`);
    const [sheet, mark] = await Promise.all([scan.boundingBox(), focus.boundingBox()]);
    expect(sheet && mark).toBeTruthy();
    if (sheet && mark) {
      expect(mark.x).toBeGreaterThanOrEqual(sheet.x);
      expect(mark.y).toBeGreaterThan(sheet.y);
      expect(mark.y + mark.height).toBeLessThan(sheet.y + sheet.height / 2);
      // scrolled to: the box is in the window
      expect(mark.y).toBeGreaterThanOrEqual(0);
      expect(mark.y + mark.height).toBeLessThanOrEqual(900);
    }
    await visitor.page.screenshot({ path: join(artifacts, 'source-scanned-en-1280.png') });
    expect(await axeViolations(visitor.page)).toEqual([]);
    expect(visitor.problems).toEqual([]);
  });
});
