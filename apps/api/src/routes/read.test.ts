import {
  DashboardResponse,
  FactsResponse,
  FactWithSource,
  Health,
  Indicator,
  IndicatorsResponse,
  Problem,
  SeriesResponse,
  SourceDetail,
  SourcesResponse,
  parseCsv,
} from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureFacts, fixtureIndicators, fixtureReport } from '../testing/fixtures';
import { seededApp, type TestApp } from '../testing/harness';
import { expectProblem } from '../testing/problem';

let t: TestApp;
beforeAll(async () => {
  t = await seededApp();
});
afterAll(async () => t.close());

async function okJson<T>(path: string, schema: { parse(v: unknown): T }): Promise<T> {
  const res = await t.get(path);
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  return schema.parse(await res.json());
}

const problem = async (path: string, status: number): Promise<Problem> => expectProblem(await t.get(path), status, { minDetail: 11 });

describe('read API', () => {
  it('GET /healthz', async () => {
    const h = await okJson('/healthz', Health);
    expect(h.status).toBe('ok');
  });

  it('GET /api/v1/indicators lists the catalogue with the coverage of the region asked for and the extent across provinces', async () => {
    const body = await okJson('/api/v1/indicators', IndicatorsResponse);
    expect(body.indicators.map((i) => i.key).sort()).toEqual([...fixtureIndicators].sort());
    const rev = body.indicators.find((i) => i.key === 'ict_revenue')!;
    // The report's 2018 figure starts the series; the cited 2024 figure ends it. The default region's alone.
    expect(rev.coverage).toEqual([{ region: 'da-nang', first_year: 2018, last_year: 2024, latest_value: 39000, points: 6 }]);
    expect(rev.extent).toEqual({ regions: 2, first_year: 2018, last_year: 2024 });
    expect(body.regions.map((r) => r.key)).toContain('da-nang');
    const hanoi = (await okJson('/api/v1/indicators?region=ha-noi', IndicatorsResponse)).indicators.find((i) => i.key === 'ict_revenue')!;
    expect(hanoi.coverage).toEqual([{ region: 'ha-noi', first_year: 2022, last_year: 2022, latest_value: 100000, points: 1 }]);
    expect(hanoi.extent).toEqual(rev.extent);
    expect((await t.get('/api/v1/indicators?region=atlantis')).status).toBe(404);
  });

  it('GET /api/v1/indicators/{key}', async () => {
    const i = await okJson('/api/v1/indicators/software_export', Indicator);
    expect(i.unit).toBe('million_usd');
  });

  it('GET series: the 2023 conflict, the 2018 report figure, and targets apart', async () => {
    const s = await okJson('/api/v1/indicators/ict_revenue/series?region=da-nang', SeriesResponse);
    const p2023 = s.points.find((p) => p.year === 2023)!;
    expect(p2023).toMatchObject({ value: 36000, conflict: true, facts: 2, qualifier: 'estimate' });
    expect(p2023.values.map((v) => v.value)).toEqual([36000, 18000]);
    const p2018 = s.points.find((p) => p.year === 2018)!;
    expect(p2018.value).toBe(fixtureReport.figures.ict_revenue);
    expect(s.points.every((p) => p.qualifier !== 'target')).toBe(true);
    const years = s.points.map((p) => p.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('GET series with from/to keeps the range', async () => {
    const s = await okJson('/api/v1/indicators/ict_revenue/series?from=2019&to=2022', SeriesResponse);
    expect(s.points.map((p) => p.year)).toEqual([2020, 2021, 2022]);
  });

  it('GET series of an indicator with targets keeps them apart', async () => {
    const s = await okJson('/api/v1/indicators/digital_economy_grdp_share/series', SeriesResponse);
    expect(s.targets.map((t) => t.year)).toEqual(expect.arrayContaining([2025, 2030]));
    expect(s.points.find((p) => p.year === 2030)).toBeUndefined();
  });

  it('GET /api/v1/dashboard: 2022 software export 132 with +34 % against 2021', async () => {
    const d = await okJson('/api/v1/dashboard?region=da-nang&year=2022', DashboardResponse);
    expect(d.year).toBe(2022);
    const se = d.items.find((i) => i.indicator.key === 'software_export')!;
    expect(se.value).toBe(132);
    expect(se.previous).toEqual({ year: 2021, value: 98.5 });
    expect(se.change_pct).toBeCloseTo(34.01, 1);
    expect(se.stated_change_pct).toBe(34);
    expect(se.plan_pct).toBe(120);
    expect(se.spark.at(-1)).toEqual({ year: 2022, value: 132, qualifier: 'actual', machine_read: false });
  });

  it('GET /api/v1/dashboard without a year opens on the newest complete year and says why', async () => {
    // Recently reported (2022–2024): revenue, software export, digital economy share; 2024 and 2023 have revenue alone.
    const d = await okJson('/api/v1/dashboard', DashboardResponse);
    expect(d.years.at(-1)).toBe(2024);
    expect(d.year).toBe(2022);
    expect(d.items.length).toBe(3);
    expect(d.year_choice).toMatchObject({
      by: 'newest_complete',
      recently_reported: 3,
      skipped: [
        { year: 2024, indicators: 1 },
        { year: 2023, indicators: 1 },
      ],
    });
    expect(d.year_choice.reason.en).toBe('2022 — newest complete year; 2024 has 1 indicator, 2023 has 1 indicator');
    expect(d.year_choice.reason.vi).toBe('2022 — năm gần nhất có đủ số liệu; năm 2024 mới có 1 chỉ tiêu, năm 2023 mới có 1 chỉ tiêu');
    const asked = await okJson('/api/v1/dashboard?year=2024', DashboardResponse);
    expect(asked.year_choice).toMatchObject({ by: 'request', recently_reported: null, skipped: [] });
  });

  it('GET /api/v1/facts filters and carries the source and the quote', async () => {
    const body = await okJson('/api/v1/facts?indicator=ict_revenue&year=2018&status=accepted', FactsResponse);
    const fromReport = body.facts.find((f) => f.source.kind === 'report')!;
    expect(fromReport.value).toBe(fixtureReport.figures.ict_revenue);
    expect(fromReport.quote).toMatch(/25\.200 tỷ đồng/);
    expect(fromReport.start).not.toBeNull();
    const one = await okJson(`/api/v1/facts/${fromReport.id}`, FactWithSource);
    expect(one.id).toBe(fromReport.id);
  });

  it('GET /api/v1/sources and /sources/{id} with text and marked facts', async () => {
    const list = await okJson('/api/v1/sources', SourcesResponse);
    const report = list.sources.find((s) => s.kind === 'report')!;
    expect(report.facts.accepted + report.facts.pending).toBeGreaterThan(0);
    const detail = await okJson(`/api/v1/sources/${report.id}`, SourceDetail);
    expect(detail.text).toMatch(/25\.200 tỷ đồng/);
    for (const f of detail.fact_list) {
      // A figure may be written in words ("đứng đầu" = rank 1), so check the span lies inside its quote.
      const figure = detail.text!.slice(f.start!, f.end!);
      expect(figure.length).toBeGreaterThan(0);
      expect(f.quote).toContain(figure);
      expect(detail.text!.slice(f.quote_start!, f.quote_start! + f.quote!.length)).toBe(f.quote);
    }
  });

  it('CSV downloads are UTF-8 with a BOM and match the JSON', async () => {
    const res = await t.get('/api/v1/indicators/ict_revenue/series.csv?region=da-nang');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const rows = parseCsv(text).records;
    const s = SeriesResponse.parse(await (await t.get('/api/v1/indicators/ict_revenue/series?region=da-nang')).json());
    expect(rows.map((r) => Number(r.values.value))).toEqual(s.points.map((p) => p.value));
    const facts = await t.get('/api/v1/facts.csv?indicator=software_export');
    const factRows = parseCsv(await facts.text()).records;
    expect(factRows.map((r) => Number(r.values.value)).sort((a, b) => a - b)).toEqual([
      fixtureReport.figures.software_export,
      ...fixtureFacts.filter((f) => f.indicator === 'software_export').map((f) => f.value),
    ].sort((a, b) => a - b));
    expect(factRows.every((r) => r.values.source_url !== '' || r.values.source_kind === 'report')).toBe(true);
  });

  it('serves an OpenAPI document and a docs page', async () => {
    const res = await t.get('/api/v1/openapi.json');
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/dashboard', '/api/v1/indicators/{key}/series']));
    const docs = await t.get('/api/v1/docs');
    expect(await docs.text()).toMatch(/openapi\.json/);
  });

  it('answers with an ETag and 304 when nothing changed', async () => {
    const first = await t.get('/api/v1/dashboard?year=2022');
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const second = await t.get('/api/v1/dashboard?year=2022', { headers: { 'If-None-Match': etag } });
    expect(second.status).toBe(304);
  });

  it('compresses responses when asked', async () => {
    const res = await t.get('/api/v1/indicators', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  describe('bad input is a problem+json a person can act on', () => {
    it('unknown indicator → 404', async () => {
      const p = await problem('/api/v1/indicators/no_such_thing/series', 404);
      expect(p.detail).toMatch(/no_such_thing/);
    });
    it('year=abc → 400 naming the parameter', async () => {
      const p = await problem('/api/v1/dashboard?year=abc', 400);
      expect(p.errors?.[0]?.path).toBe('year');
    });
    it('unknown region → 404', async () => {
      const p = await problem('/api/v1/dashboard?region=atlantis', 404);
      expect(p.detail).toMatch(/da-nang/);
    });
    it('from after to → 400', async () => problem('/api/v1/indicators/ict_revenue/series?from=2020&to=2010', 400));
    it('a year without data → 404 listing the years', async () => {
      const p = await problem('/api/v1/dashboard?year=1990', 404);
      expect(p.detail).toMatch(/2022/);
    });
    it('unknown fact and source → 404, bad id → 400', async () => {
      await problem('/api/v1/facts/999999', 404);
      await problem('/api/v1/sources/999999', 404);
      await problem('/api/v1/facts/abc', 400);
    });
    it('unknown path → 404', async () => problem('/api/v1/nope', 404));
    it('a bad status filter → 400', async () => problem('/api/v1/facts?status=maybe', 400));
  });

  it('sets security headers and no stack traces', async () => {
    const res = await t.get('/api/v1/indicators');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
    expect(res.headers.get('referrer-policy')).toBeTruthy();
  });
});

describe('ids beyond what a database integer holds', () => {
  it('are a 400, not a database error', async () => {
    for (const path of ['/api/v1/facts/2754426768981462', '/api/v1/sources/99999999999', '/api/v1/facts?source=99999999999']) {
      const res = await t.get(path);
      expect(res.status, path).toBe(400);
      expect(Problem.parse(await res.json()).detail).toMatch(/id/);
    }
  });
});
