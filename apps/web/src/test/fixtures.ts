import { DashboardItem, SeriesResponse, type Indicator, type Unit } from '@chiso/shared';

export const region = { key: 'da-nang', level: 'province' as const, name_vi: 'Đà Nẵng', name_en: 'Da Nang', code: '48', code_before_2025_07: null, valid_from: null, valid_to: null, successor: null, aliases: [], source_url: null };

export function indicator(key: string, unit: Unit, name_vi: string, name_en: string): Indicator {
  return { key, category: 'economy', name_vi, name_en, unit, better: 'higher', description_en: `${name_en}.`, description_vi: `${name_vi}.`, aggregation: 'sum' };
}

export const ictRevenue = indicator('ict_revenue', 'billion_vnd', 'Tổng doanh thu toàn ngành', 'Total ICT sector revenue');
export const softwareExport = indicator('software_export', 'million_usd', 'Kim ngạch xuất khẩu phần mềm', 'Software export turnover');

function point(year: number, value: number, fact_id: number, machine_read = false, denominator?: number) {
  return {
    ...(denominator !== undefined ? { denominator } : {}),
    year,
    value,
    value_min: null,
    value_max: null,
    qualifier: 'actual' as const,
    approx: 'exact' as const,
    conflict: false,
    facts: 1,
    fact_id,
    machine_read,
    values: [{ value, qualifier: 'actual' as const, approx: 'exact' as const, facts: 1, sources: [fact_id], relation: 'headline' as const }],
  };
}

/** Parsed through the shared schema, so a fixture that drifts from the API's shape fails loudly. */
export const revenueSeries = SeriesResponse.parse({
  indicator: ictRevenue,
  region,
  points: [point(2018, 25200, 1), point(2019, 30050, 2), point(2021, 31287, 3), point(2022, 34293, 4)],
  targets: [],
});

export const exportSeries = SeriesResponse.parse({
  indicator: softwareExport,
  region,
  points: [point(2019, 89, 11), point(2020, 0, 12), point(2021, 98.5, 13), point(2022, 132, 14)],
  targets: [],
});

/** The revenue series with its 2022 figure read by the machine and not yet reviewed. */
export const machineReadRevenue = SeriesResponse.parse({ ...revenueSeries, points: revenueSeries.points.map((p) => ({ ...p, machine_read: p.year === 2022 })) });

export const softwareExportItem = DashboardItem.parse({
  indicator: softwareExport,
  value: 132,
  qualifier: 'actual',
  approx: 'exact',
  previous: { year: 2021, value: 98.5 },
  change_pct: ((132 - 98.5) / 98.5) * 100,
  stated_change_pct: 34,
  stated_change_vs_year: 2021,
  plan_pct: 120,
  target: null,
  conflict: false,
  fact_id: 14,
  machine_read: false,
  spark: [
    { year: 2019, value: 89 },
    { year: 2021, value: 98.5 },
    { year: 2022, value: 132 },
  ],
});

/** A published rank (smaller is better): out of 63 provinces, and one year stated without its denominator. */
export const dtiRankSeries = SeriesResponse.parse({
  indicator: { ...indicator('dti_rank', 'rank', 'Xếp hạng DTI cấp tỉnh', 'Provincial DTI rank'), category: 'ranking', better: 'lower', aggregation: 'none' },
  region,
  points: [point(2021, 7, 21, false, 63), point(2022, 3, 22, false, 63), point(2023, 5, 23)],
  targets: [],
});
