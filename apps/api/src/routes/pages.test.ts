import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { Db } from '../db/connect';
import { jsonForScript } from '../http/html';
import { silentLogger } from '../http/log';
import type { ApiRouter } from '../http/route';
import { seedAll } from '../seed';
import { insertFact } from '../testing/editors';
import { fixtureDataDir } from '../testing/fixtures';
import { freshDb } from '../testing/harness';

let db: Db;
let app: ApiRouter;
const get = (path: string) => app.request(`http://chiso.test${path}`);

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'chiso-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="vi"><head><title>Chỉ số</title></head><body><div id="root"></div></body></html>');
  writeFileSync(
    join(dist, 'embed.html'),
    '<!doctype html><html lang="vi"><head><!--chiso:head--><script type="module" src="/assets/embed-x.js"></script></head><body><!--chiso:body--></body></html>',
  );
  writeFileSync(join(dist, 'embed.js'), '(()=>{})();');
  db = await freshDb();
  const seed = await seedAll(db.db, fixtureDataDir());
  ({ app } = await createApp({ db, log: silentLogger, catalogue: seed.catalogue, webDist: dist }));
});
afterAll(async () => db.close());

const frameableAnywhere = (res: Response) => {
  expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
  expect(res.headers.get('x-frame-options')).toBeNull();
  expect(res.headers.get('set-cookie')).toBeNull();
};
const frameableBySelf = (res: Response) => {
  expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
  expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
};

describe('embed pages', () => {
  it('/embed/{key}: the chart drawn in, its data for the script, preview tags; framable by any site', async () => {
    const res = await get('/embed/ict_revenue?lang=en&theme=dark');
    expect(res.status).toBe(200);
    frameableAnywhere(res);
    const html = await res.text();
    expect(html).toContain('<html lang="en" data-theme="dark"');
    expect(html).toContain('<title>Total ICT sector revenue – Chỉ số</title>');
    expect(html).toMatch(/<main id="chiso-chart"><svg [^>]+>/);
    expect(html).toContain('<script type="application/json" id="chiso-data">{"series":[{"indicator":{"key":"ict_revenue"');
    expect(html).toContain('<meta property="og:image" content="http://chiso.test/api/v1/charts/ict_revenue.png?lang=en&amp;theme=dark&amp;width=1200&amp;height=630">');
    expect(html).toContain(
      '<link rel="alternate" type="application/json+oembed" href="http://chiso.test/api/v1/oembed?url=http%3A%2F%2Fchiso.test%2Fembed%2Fict_revenue%3Flang%3Den%26theme%3Ddark&amp;format=json"',
    );
    expect(html).toContain('/assets/embed-x.js');
  });

  it('/embed/{key} of a one-point series of 1e-100 or 5e-324 draws (issue 15, item 8: was a 500)', async () => {
    for (const [region, value] of [['viet-nam', 1e-100], ['ha-noi', 5e-324]] as const) {
      await insertFact(db, { indicator: 'it_revenue', region, year: 2020, value, status: 'accepted' });
      const res = await get(`/embed/it_revenue?region=${region}&lang=en`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<svg');
      expect(html).not.toMatch(/NaN|Infinity/);
    }
  });

  it('/embed/explore compares; errors are framable pages too', async () => {
    const ok = await get('/embed/explore?indicators=ict_revenue,software_export&mode=index');
    expect(ok.status).toBe(200);
    expect((await ok.text()).match(/<path class="ln" /g)).toHaveLength(2);
    // The page's script draws from the data the server wrote, axes included, not from its own address.
    const dual = await (await get('/embed/explore?indicators=ict_revenue,software_export&axes=dual')).text();
    const data = JSON.parse(/<script type="application\/json" id="chiso-data">(.*?)<\/script>/s.exec(dual)![1]!) as { axes?: string };
    expect(data.axes).toBe('dual');
    const missing = await get('/embed/no_such_key');
    expect(missing.status).toBe(404);
    frameableAnywhere(missing);
    expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
    expect((await get('/embed/ict_revenue?asof=2024-02-31')).status).toBe(400);
    expect((await get('/embed.html')).status).toBe(404);
  });

  it('/embed.js may be loaded by any site', async () => {
    const res = await get('/embed.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    frameableAnywhere(res);
  });
});

describe('app pages', () => {
  it('/ may be framed only by the app itself', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    frameableBySelf(res);
  });

  it('/indicators/{key} carries Open Graph and oEmbed discovery tags', async () => {
    const res = await get('/indicators/ict_revenue');
    frameableBySelf(res);
    const html = await res.text();
    expect(html).toContain('<title>Tổng doanh thu toàn ngành Thông tin và Truyền thông – Chỉ số</title>');
    expect(html).toContain('<meta property="og:title" content="Tổng doanh thu toàn ngành Thông tin và Truyền thông – Đà Nẵng">');
    expect(html).toMatch(/<meta property="og:description" content="Tổng doanh thu toàn ngành Thông tin và Truyền thông của Đà Nẵng tăng từ/);
    expect(html).toContain('href="http://chiso.test/api/v1/oembed?url=http%3A%2F%2Fchiso.test%2Findicators%2Fict_revenue&amp;format=json"');
    expect(html).toContain('<div id="root"></div>');
  });

  it('the shell stays plain for unknown or hostile parameters', async () => {
    const res = await get('/indicators/ict_revenue?region=%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
    const html = await res.text();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('og:title');
    expect((await (await get('/indicators/nope_nope')).text())).not.toContain('og:title');
    expect((await (await get('/explore?indicators=ict_revenue,it_revenue')).text())).toContain('So sánh 2 chỉ số');
  });

  it('JSON in a script element cannot close it', () => {
    expect(jsonForScript({ s: '</script><script>x()</script>\u2028' })).toBe('{"s":"\\u003c/script>\\u003cscript>x()\\u003c/script>\\u2028"}');
  });
});
