import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { citedFactColumns, parseCsv, toCsv } from '@chiso/shared';
import { repoRoot } from '../config';

/**
 * The data the API tests run on, made here rather than read from `data/`, so that an update of the shipped figures
 * breaks no test: a few indicators and regions of the shipped catalogue (their keys are a contract), cited figures
 * with known values, conflicts and targets, and one short report the extractor reads. `seed.test.ts` checks that
 * the shipped data itself loads.
 */

const shipped = resolve(repoRoot, 'data');

export const fixtureIndicators = ['ict_revenue', 'software_export', 'digital_economy_grdp_share', 'it_revenue'] as const;
export const fixtureRegions = ['viet-nam', 'da-nang', 'ha-noi'] as const;

const articles = {
  a: 'https://news.example/tong-ket-2022',
  b: 'https://baochi.example/so-lieu-2023',
  c: 'https://other.example/uoc-tinh-2023',
  d: 'https://news.example/ke-hoach-2030',
};

interface FixtureFact {
  region: (typeof fixtureRegions)[number];
  indicator: (typeof fixtureIndicators)[number];
  year: number;
  value: number;
  unit: string;
  qualifier: 'actual' | 'estimate' | 'target';
  change_pct?: number;
  change_vs_year?: number;
  plan_pct?: number;
  source_url: string;
  source_published: string;
}

/** The cited figures of the fixture, with the values tests check. */
export const fixtureFacts: FixtureFact[] = [
  { region: 'da-nang', indicator: 'ict_revenue', year: 2020, value: 30000, unit: 'billion_vnd', qualifier: 'actual', source_url: articles.a, source_published: '2022-12-20' },
  { region: 'da-nang', indicator: 'ict_revenue', year: 2021, value: 32000, unit: 'billion_vnd', qualifier: 'actual', source_url: articles.a, source_published: '2022-12-20' },
  { region: 'da-nang', indicator: 'ict_revenue', year: 2022, value: 34500, unit: 'billion_vnd', qualifier: 'actual', change_pct: 7.8, change_vs_year: 2021, source_url: articles.a, source_published: '2022-12-20' },
  // Two sources disagree on 2023: a conflict, the later source first.
  { region: 'da-nang', indicator: 'ict_revenue', year: 2023, value: 36000, unit: 'billion_vnd', qualifier: 'estimate', source_url: articles.b, source_published: '2023-12-28' },
  { region: 'da-nang', indicator: 'ict_revenue', year: 2023, value: 18000, unit: 'billion_vnd', qualifier: 'estimate', source_url: articles.c, source_published: '2023-11-02' },
  { region: 'da-nang', indicator: 'ict_revenue', year: 2024, value: 39000, unit: 'billion_vnd', qualifier: 'actual', source_url: articles.d, source_published: '2025-01-15' },
  { region: 'da-nang', indicator: 'software_export', year: 2021, value: 98.5, unit: 'million_usd', qualifier: 'actual', source_url: articles.a, source_published: '2022-12-20' },
  { region: 'da-nang', indicator: 'software_export', year: 2022, value: 132, unit: 'million_usd', qualifier: 'actual', change_pct: 34, change_vs_year: 2021, plan_pct: 120, source_url: articles.a, source_published: '2022-12-20' },
  { region: 'da-nang', indicator: 'digital_economy_grdp_share', year: 2022, value: 15, unit: 'percent', qualifier: 'actual', source_url: articles.a, source_published: '2022-12-20' },
  { region: 'da-nang', indicator: 'digital_economy_grdp_share', year: 2025, value: 20, unit: 'percent', qualifier: 'target', source_url: articles.d, source_published: '2025-01-15' },
  { region: 'da-nang', indicator: 'digital_economy_grdp_share', year: 2030, value: 30, unit: 'percent', qualifier: 'target', source_url: articles.d, source_published: '2025-01-15' },
  { region: 'ha-noi', indicator: 'ict_revenue', year: 2022, value: 100000, unit: 'billion_vnd', qualifier: 'actual', source_url: articles.b, source_published: '2023-01-10' },
];

/** The report of the fixture and what the extractor reads in it (accepted as checked by a person, with their sentences). */
export const fixtureReport = {
  file: 'fixture-2018-review.txt',
  title: 'Báo cáo tổng kết năm 2018',
  published: '2019-01-31',
  text: [
    'Báo cáo tổng kết năm 2018 của ngành Thông tin và Truyền thông',
    '',
    'Năm 2018, tổng doanh thu toàn ngành Thông tin và Truyền thông đạt 25.200 tỷ đồng, tăng 14% so với năm 2017.',
    '',
    'Kim ngạch xuất khẩu phần mềm năm 2018 đạt 75 triệu USD.',
    '',
  ].join('\n'),
  figures: { ict_revenue: 25200, software_export: 75 },
};

/** Rows of a shipped catalogue file whose key is one of `keys`, with the file's own columns. */
function subset(file: string, keys: readonly string[]): string {
  const text = readFileSync(join(shipped, file), 'utf8');
  const { columns, records } = parseCsv(text);
  const rows = records.filter((r) => keys.includes(r.values.key ?? '')).map((r) => r.values);
  if (rows.length !== keys.length) throw new Error(`fixture: ${file} lacks some of ${keys.join(', ')}`);
  return toCsv(columns, rows, false);
}

let made: string | undefined;

/** A data folder with the fixture (made once per process; a test that changes files takes `copyOfFixture()`). */
export function fixtureDataDir(): string {
  if (made) return made;
  const dir = mkdtempSync(join(tmpdir(), 'chiso-fixture-'));
  writeFileSync(join(dir, 'indicators.csv'), subset('indicators.csv', fixtureIndicators));
  writeFileSync(join(dir, 'regions.csv'), subset('regions.csv', fixtureRegions));
  mkdirSync(join(dir, 'facts'));
  const rows = fixtureFacts.map((f) => ({ approx: 'exact', note: '', ...f }));
  writeFileSync(join(dir, 'facts', 'fixture-facts.csv'), toCsv([...citedFactColumns], rows, false));
  mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'reports', fixtureReport.file), fixtureReport.text);
  writeFileSync(
    join(dir, 'reports', 'manifest.csv'),
    toCsv(['file', 'region', 'title', 'publisher', 'url', 'published'], [
      { file: fixtureReport.file, region: 'da-nang', title: fixtureReport.title, publisher: 'Sở Thông tin và Truyền thông', url: '', published: fixtureReport.published },
    ], false),
  );
  // The fixture's two figures count as checked by a person, as data/reports/reviewed.csv records for shipped reports.
  writeFileSync(
    join(dir, 'reports', 'reviewed.csv'),
    toCsv(['file', 'indicator', 'year', 'value', 'qualifier'], Object.entries(fixtureReport.figures).map(([indicator, value]) => (
      { file: fixtureReport.file, indicator, year: 2018, value, qualifier: 'actual' }
    )), false),
  );
  made = dir;
  return dir;
}
