import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, axeViolations, baseUrl, launch, openPage } from './browser';

/** A news site on another origin (another port of 127.0.0.1) that embeds charts the three ways we offer. */
function hostPage(): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Báo điện tử</title>
<style>body{font:16px sans-serif;margin:24px;max-width:760px;background:#f4f1ea}</style></head>
<body>
  <h1>Kinh tế số Đà Nẵng</h1>
  <p>Đoạn văn của bài báo.</p>
  <div id="light" data-chiso-embed="ict_revenue" data-region="da-nang"><a href="${baseUrl}/indicators/ict_revenue">Doanh thu</a></div>
  <p>Đoạn văn tiếp theo.</p>
  <div id="dark" data-chiso-embed="explore" data-indicators="ict_revenue,software_export" data-mode="index" data-theme="dark" data-lang="en"></div>
  <iframe id="plain" src="${baseUrl}/embed/software_export?theme=dark" title="plain" width="600" height="420" style="border:0"></iframe>
  <script src="${baseUrl}/embed.js" async></script>
</body></html>`;
}

let browser: Browser;
let host: Server;
let hostUrl: string;

beforeAll(async () => {
  browser = await launch();
  host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(hostPage());
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => host?.close(r));
});

async function chartFrame(page: Page, selector: string): Promise<Frame> {
  const iframe = page.locator(selector);
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())!.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  await frame.waitForSelector('#chiso-chart svg path[d^="M"]');
  await frame.waitForSelector('#chiso-chart svg[tabindex="0"]');
  return frame;
}

/** The iframe's height as set by embed.js against the height of the document inside it. */
async function heights(page: Page, selector: string, frame: Frame): Promise<[number, number]> {
  const outer = await page.locator(selector).evaluate((e) => e.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return [outer, inner];
}

describe('embeds on another site', () => {
  it('embed.js creates the iframes, the chart draws and the height follows the content', async () => {
    const { page, problems, context } = await openPage(browser, { width: 820, height: 1000 });
    await page.goto(hostUrl);
    await page.waitForSelector('#light iframe');
    expect(await page.locator('#light a').count()).toBe(0);
    const light = await chartFrame(page, '#light iframe');
    await expect.poll(async () => { const [o, i] = await heights(page, '#light iframe', light); return Math.abs(o - i); }, { timeout: 5000 }).toBeLessThanOrEqual(1);
    const [wide] = await heights(page, '#light iframe', light);
    expect(wide).not.toBe(420);
    // The headline line, broken where years are missing and bridged by a dotted line.
    expect(await light.locator('svg path.ln').count()).toBe(1);
    expect(await light.locator('svg path.gap').count()).toBe(1);
    expect(await light.locator('svg title').textContent()).toBe('Tổng doanh thu toàn ngành Thông tin và Truyền thông');
    expect(await light.locator('a[href$="/indicators/ict_revenue"]').count()).toBeGreaterThan(0);

    // Narrower host → the chart redraws narrower and taller → the iframe follows.
    await page.setViewportSize({ width: 420, height: 1000 });
    await expect.poll(async () => (await heights(page, '#light iframe', light))[0], { timeout: 5000 }).not.toBe(wide);
    await expect.poll(async () => { const [o, i] = await heights(page, '#light iframe', light); return Math.abs(o - i); }, { timeout: 5000 }).toBeLessThanOrEqual(1);
    await page.setViewportSize({ width: 820, height: 1000 });

    const dark = await chartFrame(page, '#dark iframe');
    expect(await dark.locator('svg path.ln').count()).toBe(2);
    expect(await dark.locator('svg title').textContent()).toBe('2 indicators compared');
    await expect.poll(async () => { const [o, i] = await heights(page, '#dark iframe', dark); return Math.abs(o - i); }, { timeout: 5000 }).toBeLessThanOrEqual(1);

    // A plain iframe works without embed.js: it keeps its own size and still draws.
    const plain = await chartFrame(page, '#plain');
    expect(await plain.locator('svg path.ln').count()).toBe(1);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('tooltips on hover and year-by-year reading with the keyboard', async () => {
    const { page, problems, context } = await openPage(browser, { width: 820, height: 1000 });
    await page.goto(hostUrl);
    const frame = await chartFrame(page, '#light iframe');
    const svg = frame.locator('#chiso-chart svg');
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.5);
    await frame.waitForSelector('.chiso-tip:not([hidden])');
    expect(await frame.locator('.chiso-tip b').textContent()).toMatch(/^20\d\d$/);
    await svg.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => frame.locator('[aria-live="polite"]').textContent()).toMatch(/^20\d\d: [\d.]+ tỷ đồng/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loads at most 150 kB of JavaScript, and sets no cookie', async () => {
    const { page, problems, context } = await openPage(browser, { width: 820, height: 1000 });
    await page.goto(`${baseUrl}/embed/ict_revenue`);
    await page.waitForSelector('#chiso-chart svg[tabindex="0"]');
    const js = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'))
        .reduce((sum, e) => sum + (e as PerformanceResourceTiming).transferSize, 0),
    );
    expect(js).toBeGreaterThan(0);
    expect(js).toBeLessThanOrEqual(150_000);
    expect(await context.cookies()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('screenshots in light and dark themes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, problems, context } = await openPage(browser, { width: 720, height: 900, colorScheme: scheme });
      await page.goto(`${baseUrl}/embed/ict_revenue?theme=auto&lang=${scheme === 'light' ? 'vi' : 'en'}`);
      await page.waitForSelector('#chiso-chart svg[tabindex="0"]');
      const bg = await page.evaluate(() => getComputedStyle(document.querySelector('#chiso-chart svg rect.bg')!).fill);
      expect(bg).toBe(scheme === 'dark' ? 'rgb(17, 24, 39)' : 'rgb(255, 255, 255)');
      await page.locator('#chiso-chart').screenshot({ path: join(artifacts, `embed-${scheme}.png`) });
      expect(problems).toEqual([]);
      await context.close();
    }
    const { page, context } = await openPage(browser, { width: 820, height: 1300 });
    await page.goto(hostUrl);
    await chartFrame(page, '#light iframe');
    await chartFrame(page, '#dark iframe');
    await chartFrame(page, '#plain');
    await page.screenshot({ path: join(artifacts, 'embed-host-page.png'), fullPage: true });
    await context.close();
  });
});

describe('embed pages pass axe-core', () => {
  const pages: { path: string; scheme: 'light' | 'dark'; ready: string }[] = [
    { path: '/embed/ict_revenue', scheme: 'light', ready: '#chiso-chart svg[tabindex="0"]' },
    { path: '/embed/software_export?theme=dark&lang=en', scheme: 'dark', ready: '#chiso-chart svg[tabindex="0"]' },
    { path: '/embed/explore?indicators=ict_revenue,software_export&mode=index', scheme: 'light', ready: '#chiso-chart svg[tabindex="0"]' },
    { path: '/embed/explore?indicators=ict_revenue,software_export&mode=index&theme=dark&lang=en', scheme: 'dark', ready: '#chiso-chart svg[tabindex="0"]' },
    { path: '/embed/map/dti_rank?year=2024&map=2025-07-01', scheme: 'light', ready: '#chiso-map-embed svg g[data-region]' },
    { path: '/embed/map/dti_rank?year=2024&map=2025-07-01&lang=en&theme=dark', scheme: 'dark', ready: '#chiso-map-embed svg g[data-region]' },
  ];
  it.each(pages)('$path ($scheme): WCAG 2.1 A/AA, 0 violations', async ({ path, scheme, ready }) => {
    const { page, problems, context } = await openPage(browser, { width: 640, height: 900, colorScheme: scheme });
    await page.goto(`${baseUrl}${path}`);
    await page.waitForSelector(ready);
    expect(await axeViolations(page), `axe on ${path}`).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the Embed button', () => {
  it('on the indicator page: options, a live preview and the code to copy', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1280, height: 1000 });
    await page.goto(`${baseUrl}/indicators/ict_revenue`);
    await page.click('[data-embed-button]');
    const dialog = page.locator('dialog.embed-dialog[open]');
    await dialog.waitFor();
    const code = dialog.locator('textarea');
    expect(await code.inputValue()).toBe(
      `<iframe src="${baseUrl}/embed/ict_revenue" title="Tổng doanh thu toàn ngành Thông tin và Truyền thông" width="640" height="397" loading="lazy" style="border:0;width:100%;max-width:640px"></iframe>`,
    );
    const preview = await (await dialog.locator('iframe').elementHandle())!.contentFrame();
    await preview!.waitForSelector('#chiso-chart svg path[d^="M"]');
    await dialog.getByLabel('Tối').check();
    await dialog.getByLabel(/Giữ nguyên số liệu/).check();
    expect(await code.inputValue()).toMatch(/\/embed\/ict_revenue\?theme=dark&amp;asof=\d{4}-\d\d-\d\d"/);
    const dark = await (await dialog.locator('iframe').elementHandle())!.contentFrame();
    await dark!.waitForSelector('#chiso-chart svg[tabindex="0"]');
    await dialog.screenshot({ path: join(artifacts, 'embed-dialog.png') });
    await dialog.getByLabel(/Script \(/).check();
    expect(await code.inputValue()).toContain(`<div data-chiso-embed="ict_revenue" data-theme="dark" data-asof=`);
    expect(await code.inputValue()).toContain(`<script src="${baseUrl}/embed.js" async></script>`);
    await dialog.getByLabel(/Ảnh \(PNG/).check();
    expect(await code.inputValue()).toContain(`${baseUrl}/api/v1/charts/ict_revenue.png?theme=dark&amp;asof=`);
    await expect.poll(() => dialog.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog.embed-dialog').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on the compare page the code embeds the comparison', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1280, height: 1000 });
    await page.goto(`${baseUrl}/explore?indicators=ict_revenue,software_export&mode=index`);
    await page.click('[data-embed-button]');
    const code = page.locator('dialog.embed-dialog[open] textarea');
    await code.waitFor();
    expect(await code.inputValue()).toContain(`src="${baseUrl}/embed/explore?indicators=ict_revenue,software_export&amp;mode=index"`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
