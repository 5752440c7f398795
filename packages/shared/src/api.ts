import { z } from 'zod';
import { Indicator, IndicatorKey, Region, RegionKey } from './catalogue';
import { Approx, Fact, FactStatus, Qualifier, Year } from './fact';
import { defaultRegionKey } from './settings';
import { SourcePageImage } from './location';
import { Source } from './source';
import { valueRelations } from './headline';

/** RFC 9457 problem details, the body of every error response. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;

// ---- query parameters -------------------------------------------------------------------------------------

/** A stored row's id: a positive integer that fits the databases' 32-bit integer columns. */
export const RowId = z.coerce
  .number()
  .int('an id is a whole number')
  .positive('an id is a positive number')
  .max(2_147_483_647, 'no row has an id that large');

export const SeriesQuery = z
  .object({
    region: RegionKey.default(defaultRegionKey),
    from: Year.optional(),
    to: Year.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: '`from` must not be after `to`',
    path: ['from'],
  });
export type SeriesQuery = z.infer<typeof SeriesQuery>;

/** `GET /api/v1/indicators`: whose coverage to list besides the country's. */
export const IndicatorsQuery = z.object({ region: RegionKey.default(defaultRegionKey) });
export type IndicatorsQuery = z.infer<typeof IndicatorsQuery>;

export const DashboardQuery = z.object({
  region: RegionKey.default(defaultRegionKey),
  year: Year.optional(),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

export const FactsQuery = z.object({
  indicator: IndicatorKey.optional(),
  region: RegionKey.optional(),
  year: Year.optional(),
  source: RowId.optional(),
  status: FactStatus.optional(),
  /**
   * `default`: indicator, year, id. `confidence`: least sure first (the review queue); `-confidence`: most sure
   * first; `position`: by source, then where the figure stands in the document.
   */
  sort: z.enum(['default', 'confidence', '-confidence', 'position']).default('default'),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});
export type FactsQuery = z.infer<typeof FactsQuery>;

/** `facts.csv` and `facts.xlsx`: every fact of a filter (accepted unless another status is asked for), in catalogue order. */
export const FactsDownloadQuery = z.object({
  indicator: IndicatorKey.optional(),
  region: RegionKey.optional(),
  year: Year.optional(),
  source: RowId.optional(),
  status: FactStatus.default('accepted'),
  /** XLSX: the language of the row that names the columns. */
  lang: z.enum(['vi', 'en']).default('vi'),
});
export type FactsDownloadQuery = z.infer<typeof FactsDownloadQuery>;

/** A comma-separated list of indicator keys (`ict_revenue,software_export`), each once. */
export const IndicatorList = z
  .string()
  .transform((s) => [...new Set(s.split(',').map((k) => k.trim()).filter(Boolean))])
  .pipe(z.array(IndicatorKey).min(1, 'name at least one indicator').max(100));

// ---- responses --------------------------------------------------------------------------------------------

export const Coverage = z.object({
  region: RegionKey,
  first_year: z.number().int(),
  last_year: z.number().int(),
  latest_value: z.number().nullable(),
  points: z.number().int(),
});
export type Coverage = z.infer<typeof Coverage>;

/** How far an indicator's figures reach across the provinces (the country left out): how many have one, and the years. */
export const Extent = z.object({ regions: z.number().int(), first_year: z.number().int(), last_year: z.number().int() });
export type Extent = z.infer<typeof Extent>;

/**
 * An indicator with the coverage of the region asked for and of the country (not every region's: the list would grow
 * with the number of regions with data), and its extent across the provinces; null before any has a figure.
 */
export const IndicatorWithCoverage = Indicator.extend({ coverage: z.array(Coverage), extent: Extent.nullable() });
export type IndicatorWithCoverage = z.infer<typeof IndicatorWithCoverage>;

export const IndicatorsResponse = z.object({
  indicators: z.array(IndicatorWithCoverage),
  regions: z.array(Region),
});
export type IndicatorsResponse = z.infer<typeof IndicatorsResponse>;

/** A distinct value stated for a year, as the headline rule (headline.ts) lists it. */
export const StatedValue = z.object({
  value: z.number(),
  qualifier: Qualifier,
  approx: Approx,
  facts: z.number().int(),
  sources: z.array(z.number().int()),
  relation: z.enum(valueRelations),
});
export type StatedValue = z.infer<typeof StatedValue>;

/** The headline figure of one indicator, region and year. */
export const SeriesPoint = z.object({
  year: z.number().int(),
  value: z.number(),
  value_min: z.number().nullable(),
  value_max: z.number().nullable(),
  qualifier: Qualifier,
  approx: Approx,
  conflict: z.boolean(),
  /** How many accepted facts stand behind the point. */
  facts: z.number().int(),
  /** The fact chosen as headline. */
  fact_id: z.number().int(),
  /**
   * Every distinct value stated for the year (accepted, non-target), headline first, each with the sources that state
   * it and how it stands to the headline (rounding, conflict, or an estimate a result replaced).
   */
  values: z.array(StatedValue),
  /**
   * Every fact that states the headline figure was accepted without a person reading it: the figure is shown as
   * "đọc tự động, chưa duyệt / machine-read, not yet reviewed" (machine-read.ts).
   */
  machine_read: z.boolean(),
  /** Of a rank: how many units were ranked (the headline's "2/63"). */
  denominator: z.number().int().positive().optional(),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

export const TargetPoint = z.object({
  year: z.number().int(),
  value: z.number().nullable(),
  value_min: z.number().nullable(),
  value_max: z.number().nullable(),
  approx: Approx,
  fact_id: z.number().int(),
  facts: z.number().int(),
});
export type TargetPoint = z.infer<typeof TargetPoint>;

export const SeriesResponse = z.object({
  indicator: Indicator,
  region: Region,
  points: z.array(SeriesPoint),
  targets: z.array(TargetPoint),
});
export type SeriesResponse = z.infer<typeof SeriesResponse>;

export const DashboardItem = z.object({
  indicator: Indicator,
  value: z.number(),
  qualifier: Qualifier,
  approx: Approx,
  previous: z.object({ year: z.number().int(), value: z.number() }).nullable(),
  /** Computed from the stored previous year's headline. */
  change_pct: z.number().nullable(),
  /**
   * The change a source of the headline figure states, and the year it states it against: the year before when a
   * source says so (or names no year), else the year a source names ("+30 % so với 2019").
   */
  stated_change_pct: z.number().nullable(),
  stated_change_vs_year: z.number().int().nullable(),
  plan_pct: z.number().nullable(),
  target: z.number().nullable(),
  conflict: z.boolean(),
  fact_id: z.number().int(),
  /** The figure rests only on facts no person has read (as `machine_read` of a series point). */
  machine_read: z.boolean(),
  /** For a rank: how many units were ranked ("hạng 3/63"), when the source says (absent in older stored data). */
  denominator: z.number().int().positive().optional(),
  /**
   * The headline series up to the year, for a sparkline; `qualifier` tells an estimate, `machine_read` a figure no
   * person has reviewed, `denominator` a rank's number of units (all absent in older stored data).
   */
  spark: z.array(
    z.object({ year: z.number().int(), value: z.number(), qualifier: Qualifier.optional(), machine_read: z.boolean().optional(), denominator: z.number().int().positive().optional() }),
  ),
});
export type DashboardItem = z.infer<typeof DashboardItem>;

/**
 * Why the overview shows its year: the year asked for, or, without one, the newest complete year (overview.ts,
 * `defaultOverviewYear`), naming the newer years passed over and how many indicators each has.
 */
export const YearChoice = z.object({
  by: z.enum(['request', 'newest_complete', 'most_figures']),
  /** Indicators recently reported for the region: a complete year has figures for at least half of them (null when asked for). */
  recently_reported: z.number().int().nullable(),
  skipped: z.array(z.object({ year: z.number().int(), indicators: z.number().int() })),
  /** The reason as a sentence: "2024 — năm gần nhất có đủ số liệu; năm 2025 mới có 2 chỉ tiêu". */
  reason: z.object({ vi: z.string(), en: z.string() }),
});
export type YearChoice = z.infer<typeof YearChoice>;

export const DashboardResponse = z.object({
  region: Region,
  year: z.number().int(),
  years: z.array(z.number().int()),
  year_choice: YearChoice,
  items: z.array(DashboardItem),
});
export type DashboardResponse = z.infer<typeof DashboardResponse>;

export const FactWithSource = Fact.extend({ source: Source });
export type FactWithSource = z.infer<typeof FactWithSource>;

export const FactsResponse = z.object({
  facts: z.array(FactWithSource),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type FactsResponse = z.infer<typeof FactsResponse>;

export const SourceSummary = Source.extend({
  facts: z.object({ pending: z.number().int(), accepted: z.number().int(), rejected: z.number().int() }),
  /** When and why an administrator retired the source: its facts are rejected and its text is no longer served. */
  retired: z.object({ at: z.string(), reason: z.string() }).nullable(),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

/** `GET /api/v1/sources`: a page of the list, newest publication first. */
export const SourcesQuery = z.object({
  /** Only the sources with facts of this status (`pending`: what the review queue can pick). */
  status: FactStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type SourcesQuery = z.infer<typeof SourcesQuery>;

export const SourcesResponse = z.object({
  sources: z.array(SourceSummary),
  /** Sources in all. */
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type SourcesResponse = z.infer<typeof SourcesResponse>;

/** Facts a source's page lists (by position in its text); its counts say how many it has in all. */
export const maxSourceFacts = 1_000;

export const SourceDetail = SourceSummary.extend({
  /** The stored text; null for a source without one and for a retired source. */
  text: z.string().nullable(),
  fact_list: z.array(Fact),
  /** The page images of a source read by OCR, in page order (none for other sources and once retired). */
  pages: z.array(SourcePageImage),
});
export type SourceDetail = z.infer<typeof SourceDetail>;

export const Health = z.object({ status: z.literal('ok'), db: z.string(), version: z.string() });
export type Health = z.infer<typeof Health>;

/**
 * What an upload does with the figures the extractor reads: `off`, every figure waits for a person; `calibrated`,
 * figures whose confidence clears the extractor's calibrated threshold are accepted at once, marked machine-read
 * until a person accepts or edits them (`AUTO_ACCEPT`).
 */
export const AutoAcceptPolicy = z.enum(['off', 'calibrated']);
export type AutoAcceptPolicy = z.infer<typeof AutoAcceptPolicy>;

/** `GET /api/v1/settings`: the settings editors need to know about. */
export const Settings = z.object({
  auto_accept: z.object({
    policy: AutoAcceptPolicy,
    /** The confidence from which an upload accepts a figure, under `calibrated`; null when `off`. */
    threshold: z.number().nullable(),
  }),
});
export type Settings = z.infer<typeof Settings>;
