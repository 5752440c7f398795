import { z } from 'zod';
import { indicatorKeyPattern, regionKeyPattern } from './keys';

export const categories = ['economy', 'egov', 'feedback', 'telecom', 'info', 'ranking'] as const;
export const Category = z.enum(categories);
export type Category = z.infer<typeof Category>;

/** Units of the catalogue; a fact's value is always stored in its indicator's unit. */
export const units = [
  'billion_vnd',
  'million_vnd',
  'million_usd',
  'percent',
  'enterprises',
  'persons',
  'per_1000_people',
  'services',
  'agencies',
  'documents',
  'items',
  'stations',
  'sites',
  'domains',
  'rank',
  'score',
] as const;
export const Unit = z.enum(units);
export type Unit = z.infer<typeof Unit>;

export const IndicatorKey = z
  .string()
  .regex(indicatorKeyPattern, 'an indicator key is lower-case letters, digits and underscores');
export const RegionKey = z
  .string()
  .regex(regionKeyPattern, 'a region key is lower-case letters, digits and hyphens');

export const Indicator = z.object({
  key: IndicatorKey,
  category: Category,
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  unit: Unit,
  better: z.enum(['higher', 'lower']),
  description_en: z.string(),
  description_vi: z.string(),
  /**
   * How figures of former regions combine into their successor's figure for years before a merger: `sum` for
   * revenues and counts; `none` for shares, ranks, scores and counts that overlap (a published merged value is
   * used where there is one).
   */
  aggregation: z.enum(['sum', 'none']),
});
export type Indicator = z.infer<typeof Indicator>;

export const regionLevels = ['country', 'province'] as const;
export const RegionLevel = z.enum(regionLevels);
export type RegionLevel = z.infer<typeof RegionLevel>;

/** An empty CSV field or a null column: absent. */
const optional = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (v === '' || v === undefined ? null : v), inner.nullable());
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

/**
 * A region of the catalogue (`data/regions.csv`): the country, a current province or a former one. A former
 * province has `valid_to` and the `successor` it merged into; names and `aliases` (as the press writes them,
 * `|`-separated in the file) let text be attributed to a region.
 */
export const Region = z.object({
  key: RegionKey,
  level: RegionLevel,
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  code: optional(z.string()),
  code_before_2025_07: optional(z.string()),
  valid_from: optional(IsoDate),
  valid_to: optional(IsoDate),
  successor: optional(RegionKey),
  aliases: z.preprocess(
    (v) => (typeof v === 'string' ? v.split('|').map((a) => a.trim()).filter((a) => a !== '') : (v ?? [])),
    z.array(z.string().min(1)),
  ),
  source_url: optional(z.string()),
});
export type Region = z.infer<typeof Region>;
