import type { SeriesPoint, SeriesResponse, TargetPoint } from '../api';
import type { Indicator, Unit } from '../catalogue';

const region = { key: 'da-nang', level: 'province' as const, name_vi: 'Đà Nẵng', name_en: 'Da Nang', code: '48', code_before_2025_07: null, valid_from: null, valid_to: null, successor: null, aliases: [], source_url: null };

function indicator(key: string, unit: Unit, name_vi: string, name_en: string): Indicator {
  return { key, category: 'economy', name_vi, name_en, unit, better: unit === 'rank' ? 'lower' : 'higher', description_en: '', description_vi: '', aggregation: 'none' };
}

function point(year: number, value: number, others: number[] = [], qualifier: 'actual' | 'estimate' = 'actual'): SeriesPoint {
  return {
    year,
    value,
    value_min: null,
    value_max: null,
    qualifier,
    approx: 'exact',
    conflict: others.length > 0,
    facts: 1 + others.length,
    fact_id: year,
    values: [
      { value, qualifier, approx: 'exact', facts: 1, sources: [year], relation: 'headline' },
      ...others.map((v, i) => ({ value: v, qualifier, approx: 'exact' as const, facts: 1, sources: [year * 10 + i], relation: 'conflict' as const })),
    ],
  };
}

/** A series of `unit` from `[year, value]` pairs (`e` after the value: an estimate; a third number: another source's figure). */
export function synthetic(key: string, unit: Unit, pairs: readonly (readonly [number, number, ('e' | number)?])[], targets: readonly (readonly [number, number])[] = []): SeriesResponse {
  return {
    indicator: indicator(key, unit, `Chỉ tiêu ${key}`, `Indicator ${key}`),
    region,
    points: pairs.map(([y, v, extra]) => point(y, v, typeof extra === 'number' ? [extra] : [], extra === 'e' ? 'estimate' : 'actual')),
    targets: targets.map(([y, v]) => target(y, v)),
  };
}

function target(year: number, value: number): TargetPoint {
  return { year, value, value_min: null, value_max: null, approx: 'exact', fact_id: year * 10, facts: 1 };
}

/** Da Nang's ICT revenue as the API serves it: a conflict in 2023, an estimate in 2021. */
export const revenue: SeriesResponse = {
  indicator: indicator('ict_revenue', 'billion_vnd', 'Tổng doanh thu toàn ngành Thông tin và Truyền thông', 'Total ICT sector revenue'),
  region,
  points: [point(2009, 5700), point(2012, 9021), point(2019, 30050), point(2021, 31287, [], 'estimate'), point(2022, 34293), point(2023, 36571, [17598], 'estimate'), point(2024, 39888)],
  targets: [],
};

export const share: SeriesResponse = {
  indicator: indicator('digital_economy_grdp_share', 'percent', 'Tỷ trọng kinh tế số trong GRDP', 'Digital economy share of GRDP'),
  region,
  points: [point(2021, 12.7), point(2022, 17), point(2023, 20.69), point(2024, 20.69)],
  targets: [target(2025, 20), target(2030, 40)],
};

export const rank: SeriesResponse = {
  indicator: indicator('ict_index_rank', 'rank', 'Xếp hạng Vietnam ICT Index', 'Vietnam ICT Index rank'),
  region,
  points: [point(2018, 3), point(2020, 2), point(2024, 1)],
  targets: [],
};

/** A long series, for the size budget. */
export function long(key: string, unit: Unit, years = 30, start = 1995): SeriesResponse {
  return {
    indicator: indicator(key, unit, `Chỉ tiêu ${key} <đo> & "kiểm"`, `Indicator ${key}`),
    region,
    points: Array.from({ length: years }, (_, i) => point(start + i, 1000 + i * 137.25 + (i % 3) * 50, i % 4 === 0 ? [900 + i * 120] : [])),
    targets: [target(start + years + 3, 9000)],
  };
}
