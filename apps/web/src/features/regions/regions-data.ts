import type { IndicatorWithCoverage, RegionInfo } from '@chiso/shared';

/** Region key → its names, as the shared map and table code reads them. */
export function namesOf(regions: readonly RegionInfo[]): Map<string, { name_vi: string; name_en: string }> {
  return new Map(regions.map((r) => [r.key, { name_vi: r.name_vi, name_en: r.name_en }]));
}

/** The years any province (any region but the country) has a figure for, latest first. */
export function yearsOf(indicator: IndicatorWithCoverage, regions: readonly RegionInfo[]): number[] {
  const country = new Set(regions.filter((r) => r.level === 'country').map((r) => r.key));
  const provinces = indicator.coverage.filter((c) => !country.has(c.region));
  if (provinces.length === 0) return [];
  const first = Math.min(...provinces.map((c) => c.first_year));
  const last = Math.max(...provinces.map((c) => c.last_year));
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}
