import { z } from 'zod';
import { IndicatorKey, RegionKey } from './catalogue';
import { Year } from './fact';
import { IndicatorList, type SeriesResponse } from './api';
import { languages } from './format';
import { defaultRegionKey } from './settings';
import { maxSeriesRegions } from './regions/api';
import { axisLayouts, chartModes, chartSize } from './chart/spec';
import { themes } from './chart/theme';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `asof`: the figures as they stood at a moment. A date means the end of that day (UTC); an ISO instant with a
 * zone is taken as is. Parsed to `{ date, cutoff }`, where every revision at or before `cutoff` counts.
 */
export const AsOf = z.string().transform((s, ctx) => {
  const d = isoDate.exec(s);
  if (d) {
    const [, y, m, day] = d;
    const t = Date.UTC(Number(y), Number(m) - 1, Number(day));
    const back = new Date(t);
    if (back.getUTCFullYear() !== Number(y) || back.getUTCMonth() + 1 !== Number(m) || back.getUTCDate() !== Number(day)) {
      ctx.addIssue({ code: 'custom', message: `${s} is not a calendar date` });
      return z.NEVER;
    }
    return { date: s, cutoff: new Date(t + 86_400_000 - 1).toISOString() };
  }
  if (isoInstant.test(s) && !Number.isNaN(Date.parse(s))) {
    const iso = new Date(Date.parse(s)).toISOString();
    return { date: iso.slice(0, 10), cutoff: iso };
  }
  ctx.addIssue({ code: 'custom', message: 'asof is a date (YYYY-MM-DD) or an ISO 8601 instant with a zone' });
  return z.NEVER;
});
export type AsOf = z.output<typeof AsOf>;

const rangeRefine = <T extends { from?: number | undefined; to?: number | undefined }>(q: T) =>
  q.from === undefined || q.to === undefined || q.from <= q.to;
const rangeMessage = { message: '`from` must not be after `to`', path: ['from'] };

/** `regions=a,b,c`: region keys, each once, at most maxSeriesRegions. */
export const RegionList = z
  .string()
  .transform((s) => [...new Set(s.split(',').map((k) => k.trim()).filter(Boolean))])
  .pipe(z.array(RegionKey).min(1).max(maxSeriesRegions));

/**
 * The series endpoint's query with `asof`. `regions=a,b,c` asks for several regions' series at once, each with its
 * combined series across the 2025 reorganisation (RegionsSeriesResponse); `region` alone keeps SeriesResponse.
 */
export const SeriesAsOfQuery = z
  .object({
    region: RegionKey.default(defaultRegionKey),
    regions: RegionList.optional(),
    from: Year.optional(),
    to: Year.optional(),
    asof: AsOf.optional(),
  })
  .refine(rangeRefine, rangeMessage)
  .refine((q) => q.regions === undefined || q.asof === undefined, { message: '`asof` is for one region’s series; leave it out with `regions`', path: ['asof'] });
export type SeriesAsOfQuery = z.output<typeof SeriesAsOfQuery>;

/**
 * `series.csv` and `series.xlsx`: the headline series of the named indicators (every indicator with figures in the
 * region when none are named), as published; in index or growth mode also the number the chart draws.
 */
export const SeriesDownloadQuery = z
  .object({
    indicators: IndicatorList.optional(),
    region: RegionKey.default('da-nang'),
    from: Year.optional(),
    to: Year.optional(),
    asof: AsOf.optional(),
    mode: z.enum(chartModes).default('value'),
    /** XLSX: the language of the row that names the columns, and of the charted value's description. */
    lang: z.enum(languages).default('vi'),
  })
  .refine(rangeRefine, rangeMessage);
export type SeriesDownloadQuery = z.output<typeof SeriesDownloadQuery>;
/** A map's date (YYYY-MM-DD): the units in force on it are ranked. */
const MapDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD');

/** `GET /api/v1/indicators/{key}/ranking?year=Y[&map=D]`: by default the map at the end of the year. */
export const RankingQuery = z.object({ year: Year, map: MapDate.optional() });
export type RankingQuery = z.output<typeof RankingQuery>;

/** `GET /api/v1/indicators/{key}/ranking.xlsx`: the ranking, with the language of the column names' row. */
export const RankingDownloadQuery = RankingQuery.extend({ lang: z.enum(languages).default('vi') });
export type RankingDownloadQuery = z.output<typeof RankingDownloadQuery>;

/** `/embed/map/{key}?year=Y` and `GET /api/v1/maps/{key}.svg`: the tile map of a ranking. */
export const MapQuery = z.object({
  year: Year,
  map: MapDate.optional(),
  lang: z.enum(languages).default('vi'),
  theme: z.enum(themes).default('light'),
  width: z.coerce.number().int().min(280).max(1200).default(640),
});
export type MapQuery = z.output<typeof MapQuery>;

const chartFields = {
  region: RegionKey.default(defaultRegionKey),
  from: Year.optional(),
  to: Year.optional(),
  mode: z.enum(chartModes).default('value'),
  /** Series in different units: small multiples (default) or, for exactly two units, two labelled axes. */
  axes: z.enum(axisLayouts).default('multiples'),
  lang: z.enum(languages).default('vi'),
  theme: z.enum(themes).default('light'),
  asof: AsOf.optional(),
};

/** `GET /api/v1/charts/{key}.svg|.png` and `/embed/{key}`. */
export const ChartQuery = z
  .object({
    ...chartFields,
    width: z.coerce.number().int().min(chartSize.minWidth).max(chartSize.maxWidth).default(chartSize.width),
    height: z.coerce.number().int().min(chartSize.minHeight).max(chartSize.maxHeight).default(chartSize.height),
    /** PNG only: device pixels per CSS pixel. */
    scale: z.coerce.number().min(1).max(3).default(1),
  })
  .refine(rangeRefine, rangeMessage);
export type ChartQuery = z.output<typeof ChartQuery>;

export const maxEmbedIndicators = 6;

/** `/embed/explore?indicators=a,b…` and `GET /api/v1/charts/explore.svg`: the compare page's parameters. */
export const CompareChartQuery = z
  .object({
    ...chartFields,
    indicators: z
      .string()
      .transform((s) => [...new Set(s.split(',').map((k) => k.trim()).filter(Boolean))])
      .pipe(z.array(IndicatorKey).min(1).max(maxEmbedIndicators)),
    width: z.coerce.number().int().min(chartSize.minWidth).max(chartSize.maxWidth).default(chartSize.width),
    height: z.coerce.number().int().min(chartSize.minHeight).max(chartSize.maxHeight).default(chartSize.height),
    scale: z.coerce.number().min(1).max(3).default(1),
  })
  .refine(rangeRefine, rangeMessage);
export type CompareChartQuery = z.output<typeof CompareChartQuery>;

export const OEmbedQuery = z.object({
  url: z.string().min(1).max(2000),
  maxwidth: z.coerce.number().int().positive().optional(),
  maxheight: z.coerce.number().int().positive().optional(),
  format: z.string().default('json'),
});
export type OEmbedQuery = z.output<typeof OEmbedQuery>;

/** oEmbed 1.0 "rich" response (https://oembed.com/ section 2.3.4.4). */
export const OEmbedResponse = z.object({
  version: z.literal('1.0'),
  type: z.literal('rich'),
  title: z.string(),
  provider_name: z.string(),
  provider_url: z.string(),
  html: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  thumbnail_url: z.string(),
  thumbnail_width: z.number().int(),
  thumbnail_height: z.number().int(),
  cache_age: z.number().int(),
});
export type OEmbedResponse = z.infer<typeof OEmbedResponse>;

/** The message an embed posts to its parent whenever its height changes. */
export interface EmbedHeightMessage {
  type: 'chiso:height';
  id: string;
  height: number;
}

/** What the server puts in an embed page (`<script type="application/json" id="chiso-data">`) for the client. */
export interface EmbedData {
  series: SeriesResponse[];
  indicators: string[];
  mode: 'value' | 'index' | 'growth';
  axes?: 'multiples' | 'dual' | undefined;
  lang: 'vi' | 'en';
  theme: 'light' | 'dark' | 'auto';
  from?: number | undefined;
  to?: number | undefined;
  /** The asof date (YYYY-MM-DD) when the figures are pinned. */
  asof?: string | undefined;
  origin: string;
}
