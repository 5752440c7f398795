import type { IndicatorWithCoverage, RegionInfo } from '@chiso/shared';

/** Region key → its names, as the shared map and table code reads them. */
export function namesOf(regions: readonly RegionInfo[]): Map<string, { name_vi: string; name_en: string }> {
  return new Map(regions.map((r) => [r.key, { name_vi: r.name_vi, name_en: r.name_en }]));
}

/** The years from the first to the last any province (any region but the country) has a figure for, latest first. */
export function yearsOf(indicator: IndicatorWithCoverage): number[] {
  const e = indicator.extent;
  return e ? Array.from({ length: e.last_year - e.first_year + 1 }, (_, i) => e.last_year - i) : [];
}
