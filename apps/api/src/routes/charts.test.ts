import { SeriesResponse } from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commitChange } from '../services/commit';
import { insertFact } from '../testing/editors';
import { seededApp, type TestApp } from '../testing/harness';

let t: TestApp;
beforeAll(async () => {
  t = await seededApp();
});
afterAll(async () => t.close());

/** Series drawn with a line (a missing year adds a dotted bridge path of its own). */
const pathCount = (svg: string) => (svg.match(/<path class="ln" /g) ?? []).length;

function expectImageHeaders(res: Response) {
  expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
  expect(res.headers.get('x-frame-options')).toBeNull();
  expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  expect(res.headers.get('set-cookie')).toBeNull();
  expect(res.headers.get('etag')).toMatch(/^"/);
}

describe('GET /api/v1/charts/{key}.svg', () => {
  it('draws the series with a localised title and description', async () => {
    const res = await t.get('/api/v1/charts/ict_revenue.svg?lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expectImageHeaders(res);
    const svg = await res.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title id="chiso-chart-t">Total ICT sector revenue</title>');
    expect(svg).toMatch(/<desc id="chiso-chart-d">Total ICT sector revenue in Da Nang rose from [\d,]+ billion VND in \d{4} to 39,000 billion VND in 2024/);
    expect(pathCount(svg)).toBe(1);
    expect(Buffer.byteLength(svg)).toBeLessThan(40_000);
    const vi = await (await t.get('/api/v1/charts/ict_revenue.svg')).text();
    expect(vi).toContain('của Đà Nẵng tăng từ');
  });

  it('serves a repeat from the cache: same ETag, 304 when the client has it', async () => {
    const a = await t.get('/api/v1/charts/software_export.svg?width=500&height=320');
    const etag = a.headers.get('etag')!;
    const b = await t.get('/api/v1/charts/software_export.svg?width=500&height=320', { headers: { 'If-None-Match': etag } });
    expect(b.status).toBe(304);
    expect(await a.text()).toContain('width="500" height="320"');
  });

  it('compares indicators: one path per series', async () => {
    const res = await t.get('/api/v1/charts/explore.svg?indicators=ict_revenue,software_export&mode=index');
    expect(res.status).toBe(200);
    expect(pathCount(await res.text())).toBe(2);
  });

  it('rejects bad parameters and unknown indicators', async () => {
    expect((await t.get('/api/v1/charts/ict_revenue.svg?width=5')).status).toBe(400);
    expect((await t.get('/api/v1/charts/ict_revenue.svg?theme=pink')).status).toBe(400);
    expect((await t.get('/api/v1/charts/ict_revenue.svg?asof=2024-02-30')).status).toBe(400);
    expect((await t.get('/api/v1/charts/nope_nope.svg')).status).toBe(404);
    expect((await t.get('/api/v1/charts/explore.svg')).status).toBe(400);
  });
});

describe('GET /api/v1/charts/{key}.png', () => {
  it('rasterises the same chart without a browser', async () => {
    const res = await t.get('/api/v1/charts/ict_revenue.png?width=600&height=340&scale=2');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expectImageHeaders(res);
    const png = new Uint8Array(await res.arrayBuffer());
    expect([...png.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const view = new DataView(png.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 680]);
    const again = await t.get('/api/v1/charts/ict_revenue.png?width=600&height=340&scale=2', { headers: { 'If-None-Match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await t.get('/api/v1/charts/ict_revenue.png?width=2000&height=1600&scale=3')).status).toBe(400);
  });
});

describe('asof: the figures as they stood', () => {
  it('returns the earlier value after a fact was edited', async () => {
    const db = t.db.db;
    const series = async (q = '') => SeriesResponse.parse(await (await t.get(`/api/v1/indicators/ict_revenue/series${q}`)).json());
    const before = await series();
    const p2024 = before.points.find((p) => p.year === 2024)!;
    const stamp = new Date().toISOString();
    const today = stamp.slice(0, 10);

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.now() + 3 * 86_400_000));
    try {
      const row = await db.selectFrom('facts').selectAll().where('id', '=', p2024.fact_id).executeTakeFirstOrThrow();
      const after = { ...row, value: 41000, updated_at: new Date().toISOString() };
      await commitChange(db, async ({ trx, revise }) => {
        await trx.updateTable('facts').set({ value: 41000, updated_at: after.updated_at }).where('id', '=', row.id).execute();
        await revise({ fact_id: row.id, action: 'edit', actor: 'test', reason: 'asof test', before: row, after });
      });
    } finally {
      vi.useRealTimers();
    }

    expect((await series()).points.find((p) => p.year === 2024)!.value).toBe(41000);
    expect((await series(`?asof=${today}`)).points.find((p) => p.year === 2024)!.value).toBe(p2024.value);
    expect((await series(`?asof=${encodeURIComponent(stamp)}`)).points.find((p) => p.year === 2024)!.value).toBe(p2024.value);
    expect((await series('?asof=2000-01-01')).points).toEqual([]);
    expect((await t.get('/api/v1/indicators/ict_revenue/series?asof=yesterday')).status).toBe(400);
    expect((await t.get('/api/v1/indicators/ict_revenue/series?asof=2025-13-01')).status).toBe(400);

    const svgNow = await (await t.get('/api/v1/charts/ict_revenue.svg?lang=en')).text();
    const svgThen = await (await t.get(`/api/v1/charts/ict_revenue.svg?lang=en&asof=${today}`)).text();
    expect(svgNow).toContain('to 41,000 billion VND in 2024');
    expect(svgThen).toContain('to 39,000 billion VND in 2024');
    expect(svgThen).toContain('figures as of');
  });
});

describe('tiny and huge figures (issue 15, item 8)', () => {
  it('a one-point series of 1e-100, 5e-324 or 1e300 draws as SVG and PNG (was a 500: toFixed digits, NaN; the embed page: pages.test.ts)', async () => {
    // Series the fixture leaves empty, so each has the one point.
    const cases = [
      ['viet-nam', 'it_revenue', 1e-100],
      ['ha-noi', 'it_revenue', 5e-324],
      ['viet-nam', 'software_export', 1e300],
    ] as const;
    for (const [region, indicator, value] of cases) {
      await insertFact(t.db, { indicator, region, year: 2020, value, status: 'accepted' });
      const series = SeriesResponse.parse(await (await t.get(`/api/v1/indicators/${indicator}/series?region=${region}`)).json());
      expect(series.points.map((p) => p.value)).toEqual([value]);
      for (const path of [`/api/v1/charts/${indicator}.svg?region=${region}`, `/api/v1/charts/${indicator}.png?region=${region}`]) {
        const res = await t.get(path);
        expect([path, res.status]).toEqual([path, 200]);
        const body = path.includes('.png') ? '' : await res.text();
        expect(body, path).not.toMatch(/NaN|Infinity/);
      }
    }
  });
});

