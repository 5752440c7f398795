import { RankingResponse, RegionsSeriesResponse, SeriesResponse } from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/connect';
import { freshDb, shippedDataDir } from '../testing/harness';
import { seedAll, type SeedSummary } from '../seed';
import { importCitedFacts } from './cited';
import { ranking, regionsWithData } from './ranking';
import { regionsSeriesJson } from './region-series';
import { storedSeries } from './series-store';

const header = 'region,indicator,year,value,unit,qualifier,source_url,denominator,territory_as_of';

describe('every province: the shipped figures, series across the reorganisation, rankings', () => {
  let db: Db;
  let seed: SeedSummary;
  beforeAll(async () => {
    db = await freshDb();
    seed = await seedAll(db.db, shippedDataDir);
    // Quảng Nam's revenue, so Đà Nẵng's present territory has something to sum (not in the shipped data).
    const quangNam = [header, 'quang-nam,ict_revenue,2023,5000,billion_vnd,actual,https://example.org/qn,,'].join('\n');
    await importCitedFacts(db.db, seed.catalogue, quangNam, { actor: 'test', keyPrefix: 'test' });
  });
  afterAll(async () => db.close());

  const series = async (region: string, indicator: string) =>
    SeriesResponse.shape.points.parse((await storedSeries(db.db, { region, indicator })).points.map((p) => JSON.parse(p)));
  const multi = async (indicator: string, regions: string[]) => RegionsSeriesResponse.parse(JSON.parse(await regionsSeriesJson(db.db, seed.catalogue, indicator, regions)));

  it('loads every row of the DTI and ICT Index file and of the Đà Nẵng figures', () => {
    expect(seed.cited['dti-provinces.csv']).toMatchObject({ rows: 236, inserted: 236, invalid: [] });
    expect(seed.cited['danang-facts.csv']).toMatchObject({ rows: 146, inserted: 146, invalid: [] });
  });

  it('keeps the former Đà Nẵng’s 2/63 and the merged Đà Nẵng’s 17/34 apart: no false conflict', async () => {
    const rank2024 = (await series('da-nang', 'dti_rank')).find((p) => p.year === 2024)!;
    expect(rank2024).toMatchObject({ value: 2, denominator: 63 });
    // The one disagreement left is real: plo.vn's "led 2021–2024" (1st) against 2nd of 63.
    expect(rank2024.values.map((v) => v.value)).toEqual([2, 1]);
    const score2024 = (await series('da-nang', 'dti_score')).find((p) => p.year === 2024)!;
    expect(score2024).toMatchObject({ value: 0.8335, conflict: false, values: [{ value: 0.8335, qualifier: 'actual', facts: 2 }] });
    expect((await series('quang-nam', 'dti_score')).map((p) => [p.year, p.value])).toEqual([[2024, 0.5803]]);
  });

  it('serves several regions at once, each with its combined series', async () => {
    const r = await multi('dti_rank', ['da-nang', 'hue', 'ha-noi']);
    expect(r.series.map((s) => s.region)).toEqual(['da-nang', 'hue', 'ha-noi']);
    const [daNang, hue, haNoi] = r.series;
    expect(daNang!.points.find((p) => p.year === 2024)).toMatchObject({ value: 2, denominator: 63 });
    expect(daNang!.combined).toEqual([expect.objectContaining({ year: 2024, value: 17, method: 'published', denominator: 34, from: ['da-nang', 'quang-nam'] })]);
    expect(hue!.points).toEqual([]);
    expect(hue!.combined.map((p) => [p.year, p.value, p.denominator, p.method])).toEqual([
      [2020, 2, 63, 'carried'],
      [2021, 2, 63, 'carried'],
      [2022, 4, 63, 'carried'],
      [2023, 3, 63, 'carried'],
      [2024, 2, 34, 'published'],
    ]);
    expect(haNoi!.combined.map((p) => [p.year, p.value, p.denominator, p.from])).toEqual([[2024, 1, 34, ['ha-noi']]]);
  });

  it('sums former provinces for revenues, marking a year a former province has no figure for', async () => {
    const [daNang] = (await multi('ict_revenue', ['da-nang'])).series;
    const own = new Map(daNang!.points.map((p) => [p.year, p.value]));
    const combined = new Map(daNang!.combined.map((p) => [p.year, p]));
    expect(combined.get(2023)).toMatchObject({ value: own.get(2023)! + 5000, method: 'sum', partial: false, from: ['da-nang', 'quang-nam'] });
    expect(combined.get(2022)).toMatchObject({ value: own.get(2022), method: 'sum', partial: true, missing: ['quang-nam'] });
    expect([...combined.keys()].every((y) => y < 2025)).toBe(true);
  });

  it('answers 404 for a region outside the catalogue', async () => {
    await expect(regionsSeriesJson(db.db, seed.catalogue, 'dti_rank', ['da-nang', 'tay-lam'])).rejects.toThrow('There is no region "tay-lam"');
  });

  it('ranks the full DTI 2022 table: 63 of 63, ties sharing a place, changes against 2021', async () => {
    const r = RankingResponse.parse(await ranking(db.db, seed.catalogue, 'dti_rank', 2022));
    expect(r.map).toBe('2022-12-31');
    expect(r.items).toHaveLength(63);
    expect(r.missing).toEqual([]);
    expect(r.items.every((i) => i.denominator === 63)).toBe(true);
    expect(r.items.slice(0, 3).map((i) => i.region)).toEqual(['da-nang', 'ho-chi-minh', 'quang-ninh']);
    expect(r.items.filter((i) => i.rank === 15).map((i) => i.region).sort()).toEqual(['thanh-hoa', 'yen-bai']);
    expect(r.items.find((i) => i.region === 'yen-bai')).toMatchObject({ previous: { rank: 27 }, rank_change: 12 });
  });

  it('ranks DTI 2024 on the map of its year (63) and on the 34-unit map, each with its denominator', async () => {
    const old = await ranking(db.db, seed.catalogue, 'dti_rank', 2024);
    expect(old.items.map((i) => [i.region, i.rank, i.denominator])).toEqual([
      ['ho-chi-minh', 1, 63],
      ['da-nang', 2, 63],
      ['hai-phong', 3, 63],
      ['ha-noi', 4, 63],
      ['thua-thien-hue', 5, 63],
      ['ha-tinh', 25, 63],
      ['quang-nam', 57, 63],
    ]);
    expect(old.missing).toHaveLength(56);
    const now = await ranking(db.db, seed.catalogue, 'dti_rank', 2024, '2025-07-01');
    expect(now.items.map((i) => [i.region, i.rank])).toEqual([
      ['ha-noi', 1], ['hue', 2], ['hai-phong', 3], ['ho-chi-minh', 4], ['thanh-hoa', 5], ['dien-bien', 6], ['ha-tinh', 7],
      ['lao-cai', 14], ['dong-nai', 15], ['khanh-hoa', 16], ['da-nang', 17],
    ]);
    expect(now.items.every((i) => i.denominator === 34 && i.method === 'published')).toBe(true);
    expect(now.missing).toHaveLength(23);
  });

  it('places scores by value, a merged unit by its published figure, and gives the country as reference', async () => {
    const r = await ranking(db.db, seed.catalogue, 'dti_score', 2024, '2025-07-01');
    expect(r.items.map((i) => [i.region, i.value, i.rank, i.method])).toEqual([
      ['ha-noi', 0.8241, 1, 'reported'],
      ['hue', 0.7951, 2, 'carried'],
      ['hai-phong', 0.7857, 3, 'published'],
      ['ho-chi-minh', 0.777, 4, 'published'],
      ['lao-cai', 0.7167, 5, 'published'],
      ['dong-nai', 0.7164, 6, 'published'],
      ['khanh-hoa', 0.7071, 7, 'published'],
      ['da-nang', 0.7069, 8, 'published'],
    ]);
    expect(r.items.every((i) => i.denominator === 8)).toBe(true);
    expect(r.country).toEqual({ region: 'viet-nam', value: 0.7955, denominator: null });
  });

  it('counts the regions with data per indicator and year', async () => {
    const counts = await regionsWithData(db.db);
    const of = (indicator: string, year: number) => counts.find((c) => c.indicator === indicator && c.year === year)?.regions;
    expect(of('dti_rank', 2022)).toBe(63);
    expect(of('dti_rank', 2024)).toBe(7);
    expect(of('ict_revenue', 2023)).toBe(2);
  });
});

describe('cited rows of many provinces', () => {
  let db: Db;
  let seed: SeedSummary;
  beforeAll(async () => {
    db = await freshDb();
    seed = await seedAll(db.db, shippedDataDir);
  });
  afterAll(async () => db.close());
  const url = 'https://example.org/dti-2022';

  it('keeps each region’s figure when one article’s rows come again in another order', async () => {
    const rows = ['bac-ninh,dti_rank,2022,7,rank,actual,URL,63,', 'hai-duong,dti_rank,2022,13,rank,actual,URL,63,'].map((r) => r.replace('URL', url));
    const first = await importCitedFacts(db.db, seed.catalogue, [header, ...rows].join('\n'), { actor: 'test', keyPrefix: 'many' });
    expect(first).toMatchObject({ inserted: 2, invalid: [] });
    const again = await importCitedFacts(db.db, seed.catalogue, [header, rows[1], rows[0]].join('\n'), { actor: 'test', keyPrefix: 'many' });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    const stored = await db.db.selectFrom('facts').select(['region', 'value', 'denominator']).where('seed_key', 'like', 'many|%').orderBy('region').execute();
    expect(stored).toEqual([
      { region: 'bac-ninh', value: 7, denominator: 63 },
      { region: 'hai-duong', value: 13, denominator: 63 },
    ]);
  });

  it('reports each row that cannot stand, with its line, and loads the others', async () => {
    const csv = [
      header,
      `ha-noi,dti_rank,2023,6,rank,actual,${url},,`,
      `hue,dti_score,2023,0.7,score,actual,${url},,`,
      `quang-nam,dti_score,2026,0.6,score,actual,${url},,`,
      `tay-lam,dti_score,2023,0.6,score,actual,${url},,`,
      `ha-noi,dti_score,2023,0.7,score,actual,${url},,`,
    ].join('\n');
    const r = await importCitedFacts(db.db, seed.catalogue, csv, { actor: 'test', keyPrefix: 'bad' });
    expect(r.inserted).toBe(1);
    expect(r.invalid).toEqual([
      { line: 2, errors: ['denominator: a rank needs its denominator, how many units were ranked (dti_rank)'] },
      { line: 3, errors: ["region: hue exists from 2025-01-01; a figure for 2023 belongs to thua-thien-hue, or give territory_as_of for hue's territory"] },
      { line: 4, errors: ['region: quang-nam ended on 2025-06-30; a figure for 2026 belongs to da-nang'] },
      { line: 5, errors: ['region: "tay-lam" is not a known region'] },
    ]);
  });
});
