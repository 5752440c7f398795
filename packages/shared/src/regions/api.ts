import { z } from 'zod';
import { Indicator, Region, RegionKey } from '../catalogue';
import { SeriesPoint, TargetPoint } from '../api';

/** `GET /api/v1/regions`: the country, the current and the former provinces, with their lineage. */
export const RegionInfo = Region.extend({
  /** Not ended: the country and the provinces of today's map. */
  current: z.boolean(),
  /** The regions that merged into it or were renamed to it. */
  predecessors: z.array(RegionKey),
});
export type RegionInfo = z.infer<typeof RegionInfo>;

export const RegionsResponse = z.object({
  /** The region a request without `region` is about (data/settings.json). */
  default_region: RegionKey,
  regions: z.array(RegionInfo),
});
export type RegionsResponse = z.infer<typeof RegionsResponse>;

/**
 * How a figure for a unit's present territory, in a year before it had that shape, was obtained: `published`, the
 * publisher's own figure for the merged unit (DTI 2024 ranked the 34 new provinces); `carried`, the figure of
 * the one region it was renamed from (Thừa Thiên Huế → Huế); `sum`, the sum of its former regions.
 */
export const combineMethods = ['published', 'carried', 'sum'] as const;
export type CombineMethod = (typeof combineMethods)[number];

/** A figure of a unit's present territory for a year before it had that shape (shared/regions/combine.ts). */
export const CombinedPoint = z.object({
  year: z.number().int(),
  value: z.number(),
  method: z.enum(combineMethods),
  /** The parts the value stands on (every part, for a published value). */
  from: z.array(RegionKey),
  /** Parts without a figure: a sum without them is `partial`. */
  missing: z.array(RegionKey),
  partial: z.boolean(),
  /** Any figure it stands on is an estimate. */
  estimate: z.boolean(),
  denominator: z.number().int().nullable(),
  /** The published fact, for `published`. */
  fact_id: z.number().int().nullable(),
  /** It stands on a figure no person has reviewed (machine-read.ts). */
  machine_read: z.boolean(),
});
export type CombinedPoint = z.infer<typeof CombinedPoint>;

/** How many regions one series request may name. */
export const maxSeriesRegions = 12;

/** `GET /api/v1/indicators/{key}/series?regions=a,b,c`: each region's own series and its combined one. */
export const RegionSeries = z.object({
  region: RegionKey,
  points: z.array(SeriesPoint),
  targets: z.array(TargetPoint),
  /** The region's present territory in the years before it had it: published, carried or summed. */
  combined: z.array(CombinedPoint),
});
export type RegionSeries = z.infer<typeof RegionSeries>;

export const RegionsSeriesResponse = z.object({
  indicator: Indicator,
  series: z.array(RegionSeries),
});
export type RegionsSeriesResponse = z.infer<typeof RegionsSeriesResponse>;

/** `GET /api/v1/indicators/{key}/ranking?year=Y`: every unit of the year's map with a figure, ranked. */
export const RankingItem = z.object({
  region: RegionKey,
  value: z.number(),
  /** The published rank of a rank indicator; else the place by value in the catalogue's `better` direction. */
  rank: z.number().int(),
  /** How many units the rank is out of; null for a published rank stated without one. */
  denominator: z.number().int().nullable(),
  method: z.enum(['reported', ...combineMethods]),
  from: z.array(RegionKey),
  missing: z.array(RegionKey),
  partial: z.boolean(),
  conflict: z.boolean(),
  estimate: z.boolean(),
  /** It stands on a figure no person has reviewed (machine-read.ts). */
  machine_read: z.boolean(),
  previous: z.object({ value: z.number(), rank: z.number().int(), denominator: z.number().int().nullable() }).nullable(),
  rank_change: z.number().int().nullable(),
  value_change: z.number().nullable(),
});
export type RankingItem = z.infer<typeof RankingItem>;

export const RankingResponse = z.object({
  indicator: Indicator,
  year: z.number().int(),
  /** The date of the map whose units are ranked (by default the end of the year). */
  map: z.string(),
  items: z.array(RankingItem),
  /** Units of the map without a figure for the year. */
  missing: z.array(RegionKey),
  /** The country's own figure for the year, as a reference. */
  country: z.object({ region: RegionKey, value: z.number(), denominator: z.number().int().nullable() }).nullable(),
});
export type RankingResponse = z.infer<typeof RankingResponse>;
