import { z } from 'zod';

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
  .regex(/^[a-z][a-z0-9_]{1,63}$/, 'an indicator key is lower-case letters, digits and underscores');
export const RegionKey = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,63}$/, 'a region key is lower-case letters, digits and hyphens');

export const Indicator = z.object({
  key: IndicatorKey,
  category: Category,
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  unit: Unit,
  better: z.enum(['higher', 'lower']),
  description_en: z.string(),
});
export type Indicator = z.infer<typeof Indicator>;

export const Region = z.object({
  key: RegionKey,
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
});
export type Region = z.infer<typeof Region>;
