import { DashboardResponse, parseCsv, RankingResponse, RegionsResponse, RegionsSeriesResponse, SeriesResponse } from '@chiso/shared';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ranking } from '../services/ranking';
import { seededApp, shippedDataDir, type TestApp } from '../testing/harness';
import { expectProblem } from '../testing/problem';

let t: TestApp;
beforeAll(async () => {
  // The embed pages are served with the web app's build: a shell stands for it.
  const dist = mkdtempSync(join(tmpdir(), 'chiso-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><title>Chỉ số</title></head><body></body></html>');
  t = await seededApp({ dataDir: shippedDataDir, webDist: dist });
});
afterAll(async () => t.close());

const getJson = async (path: string) => {
  const res = await t.get(path);
  expect(res.status, path).toBe(200);
  return res.json() as Promise<unknown>;
};

describe('GET /api/v1/regions', () => {
  it('lists the country, the 34 current and the former provinces with their lineage', async () => {
    const body = RegionsResponse.parse(await getJson('/api/v1/regions'));
    expect(body.regions[0]).toMatchObject({ key: 'viet-nam', level: 'country' });
    expect(body.regions.filter((r) => r.level !== 'country' && r.current)).toHaveLength(34);
    const quangNam = body.regions.find((r) => r.key === 'quang-nam')!;
    expect(quangNam).toMatchObject({ current: false, successor: 'da-nang', valid_to: '2025-06-30' });
    expect(body.regions.find((r) => r.key === 'da-nang')!.predecessors).toContain('quang-nam');
    expect(body.regions.find((r) => r.key === 'hue')!.predecessors).toEqual(['thua-thien-hue']);
    expect(body.default_region).toBe('da-nang');
  });
});

describe('GET /api/v1/dashboard: ranks carry their denominator', () => {
  it('a rank card and its sparkline say out of how many units, as the series does', async () => {
    const series = SeriesResponse.parse(await getJson('/api/v1/indicators/dti_rank/series?region=da-nang'));
    const ranked = series.points.filter((p) => p.denominator !== undefined);
    expect(ranked.length).toBeGreaterThan(1);
    for (const p of ranked) {
      const body = DashboardResponse.parse(await getJson(`/api/v1/dashboard?region=da-nang&year=${p.year}`));
      const card = body.items.find((i) => i.indicator.key === 'dti_rank')!;
      expect(card, String(p.year)).toMatchObject({ value: p.value, denominator: p.denominator });
      for (const s of card.spark) expect(s.denominator).toBe(series.points.find((q) => q.year === s.year)!.denominator);
    }
  });
});

describe('GET /api/v1/indicators/{key}/series?regions=…', () => {
  it('answers each region’s series in the order asked, with the combined points marked and their parts', async () => {
    const body = RegionsSeriesResponse.parse(await getJson('/api/v1/indicators/dti_rank/series?regions=da-nang,hue,ha-noi'));
    expect(body.series.map((s) => s.region)).toEqual(['da-nang', 'hue', 'ha-noi']);
    const daNang = body.series[0]!;
    expect(daNang.points.find((p) => p.year === 2024)).toMatchObject({ value: 2, denominator: 63 });
    expect(daNang.combined).toEqual([expect.objectContaining({ year: 2024, value: 17, denominator: 34, method: 'published', from: ['da-nang', 'quang-nam'] })]);
    expect(body.series[1]!.combined.every((p) => p.method === 'carried' || p.method === 'published')).toBe(true);
  });

  it('marks a sum missing a former province as partial and names what is missing', async () => {
    const body = RegionsSeriesResponse.parse(await getJson('/api/v1/indicators/ict_revenue/series?regions=da-nang,ha-noi'));
    const sums = body.series[0]!.combined.filter((p) => p.method === 'sum');
    expect(sums.length).toBeGreaterThan(0);
    expect(sums.every((p) => p.partial === p.missing.length > 0)).toBe(true);
    expect(sums.some((p) => p.partial && p.missing.includes('quang-nam'))).toBe(true);
  });

  it('keeps today’s ?region= shape, and refuses bad region lists', async () => {
    SeriesResponse.parse(await getJson('/api/v1/indicators/dti_rank/series?region=hue'));
    expect((await expectProblem(await t.get('/api/v1/indicators/dti_rank/series?regions=da-nang,atlantis'), 404)).detail).toMatch(/atlantis/);
    await expectProblem(await t.get('/api/v1/indicators/dti_rank/series?regions=Da%20Nang'), 400);
    await expectProblem(await t.get(`/api/v1/indicators/dti_rank/series?regions=${Array.from({ length: 13 }, (_, i) => `r-${i}`).join(',')}`), 400);
    await expectProblem(await t.get('/api/v1/indicators/dti_rank/series?regions=da-nang&asof=2025-01-01'), 400);
    await expectProblem(await t.get('/api/v1/indicators/dti_rank/series.csv?regions=da-nang,hue'), 400);
  });
});

describe('GET /api/v1/indicators/{key}/ranking', () => {
  it('ranks every unit of the year’s map with its denominator and lists the units without a figure', async () => {
    const body = RankingResponse.parse(await getJson('/api/v1/indicators/dti_rank/ranking?year=2022'));
    expect(body).toMatchObject({ year: 2022, map: '2022-12-31' });
    expect(body.items).toHaveLength(63);
    expect(body.items.every((i) => i.denominator === 63)).toBe(true);
    expect(body.items.map((i) => i.rank)).toEqual([...body.items.map((i) => i.rank)].sort((a, b) => a - b));
    const now = RankingResponse.parse(await getJson('/api/v1/indicators/dti_rank/ranking?year=2024&map=2025-07-01'));
    expect(now.items.every((i) => i.denominator === 34)).toBe(true);
    expect(now.items.length + now.missing.length).toBe(34);
    expect(now.missing.length).toBeGreaterThan(0);
  });

  it('answers what the service computes, and 400/404 for a bad year, map or indicator', async () => {
    const body = await getJson('/api/v1/indicators/dti_score/ranking?year=2024&map=2025-07-01');
    expect(body).toEqual(JSON.parse(JSON.stringify(await ranking(t.db.db, t.deps.catalogue(), 'dti_score', 2024, '2025-07-01'))));
    await expectProblem(await t.get('/api/v1/indicators/dti_score/ranking'), 400);
    await expectProblem(await t.get('/api/v1/indicators/dti_score/ranking?year=twenty'), 400);
    await expectProblem(await t.get('/api/v1/indicators/dti_score/ranking?year=2024&map=July'), 400);
    await expectProblem(await t.get('/api/v1/indicators/no_such_thing/ranking?year=2024'), 404);
  });

  it('downloads as CSV through the one writer: the ranked units, then the units without a figure', async () => {
    const res = await t.get('/api/v1/indicators/dti_rank/ranking.csv?year=2024');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('dti_rank-2024-ranking.csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { records } = parseCsv(new TextDecoder().decode(bytes));
    const json = RankingResponse.parse(await getJson('/api/v1/indicators/dti_rank/ranking?year=2024'));
    expect(records).toHaveLength(json.items.length + json.missing.length);
    expect(records[0]!.values).toMatchObject({ region: json.items[0]!.region, rank: String(json.items[0]!.rank), denominator: '63' });
    expect(records.at(-1)!.values).toMatchObject({ region: json.missing.at(-1), rank: '' });
  });
});

describe('the tile map', () => {
  it('draws the 34 provinces as focusable named tiles, framable from another origin', async () => {
    const res = await t.get('/api/v1/maps/dti_rank.svg?year=2024&map=2025-07-01&lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const svg = await res.text();
    expect(svg.match(/tabindex="0"/g)).toHaveLength(34);
    expect(svg).toMatch(/aria-label="Hanoi: rank 1\/34"/);
  });

  it('is a PNG too (or a 503 naming the missing font package)', async () => {
    const res = await t.get('/api/v1/maps/dti_rank.png?year=2024&map=2025-07-01');
    if (res.status === 503) {
      expect((await expectProblem(res, 503)).detail).toMatch(/\.svg works/);
      return;
    }
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('has no tile map for a year of the 63-unit map: a 404 that says where the ranking is', async () => {
    expect((await expectProblem(await t.get('/api/v1/maps/dti_rank.svg?year=2022'), 404)).detail).toMatch(/ranking\?year=2022/);
  });

  it('is embeddable: /embed/map/{key} holds the map and its table, or the table alone for a 63-unit year', async () => {
    const res = await t.get('/embed/map/dti_rank?year=2024&map=2025-07-01');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
    const page = await res.text();
    expect(page).toContain('<svg');
    const r = RankingResponse.parse(await getJson('/api/v1/indicators/dti_rank/ranking?year=2024&map=2025-07-01'));
    expect(page.match(/<tr data-region=/g)).toHaveLength(r.items.length);
    expect(page).toContain('hạng 1/34');
    const old = await (await t.get('/embed/map/dti_rank?year=2022')).text();
    expect(old).not.toContain('<svg');
    expect(old.match(/<tr data-region=/g)).toHaveLength(63);
  });
});
