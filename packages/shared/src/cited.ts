import { z } from 'zod';
import { IndicatorKey, RegionKey, Unit } from './catalogue';
import { Approx, Qualifier } from './fact';

const optionalNumber = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return null;
    const n = Number(s);
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: 'custom', message: `"${s}" is not a number (use a dot for decimals: 98.1)` });
      return z.NEVER;
    }
    return n;
  });

/** Whether a YYYY, YYYY-MM or YYYY-MM-DD names a day, month or year of the calendar between 1900 and 2100. */
function onTheCalendar(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (y! < 1900 || y! > 2100) return false;
  if (d === undefined) return true;
  const t = new Date(Date.UTC(y!, m! - 1, d));
  return t.getUTCMonth() === m! - 1 && t.getUTCDate() === d;
}

/** A partial ISO date as the cited data writes it: 2019, 2019-01 or 2019-01-31; a day the calendar has, 1900–2100. */
export const PartialDate = z
  .string()
  .trim()
  .regex(/^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(onTheCalendar, { error: (iss) => `there is no date ${String(iss.input)} (a day of the calendar between 1900 and 2100)` });

/** One row of a CSV of cited figures (`data/facts/*.csv`): a figure a public source published, with its URL. */
export const CitedFactRow = z.object({
  region: RegionKey,
  indicator: IndicatorKey,
  year: z.string().trim().regex(/^\d{4}$/, 'the year is four digits').transform(Number),
  value: optionalNumber.refine((v) => v !== null, 'a value is required'),
  unit: Unit,
  qualifier: Qualifier,
  approx: z.string().trim().transform((s) => (s === '' ? 'exact' : s)).pipe(Approx),
  change_pct: optionalNumber,
  change_vs_year: optionalNumber.refine((v) => v === null || Number.isInteger(v), 'change_vs_year is a year'),
  plan_pct: optionalNumber,
  source_url: z.url({ protocol: /^https?$/, message: 'source_url must be an http(s) URL' }),
  source_published: z.union([z.literal(''), PartialDate]).transform((s) => (s === '' ? null : s)),
  /** The curators' note, for editors. */
  note: z.string().optional().transform((s) => (s ? s : null)),
  /** A note for the public, in Vietnamese and English (optional columns). */
  public_note_vi: z.string().optional().transform((s) => (s?.trim() ? s.trim() : null)),
  public_note_en: z.string().optional().transform((s) => (s?.trim() ? s.trim() : null)),
  /** Of a rank: how many units were ranked (63 in 2/63). */
  denominator: z.string().default('').pipe(optionalNumber).refine((v) => v === null || (Number.isInteger(v) && v > 0), 'denominator is a whole number of units, 1 or more'),
  /**
   * The date of the map whose territory the figure is about, when it is later than the figure's year: DTI 2024's
   * figure for the merged Đà Nẵng is `2025-07-01`. Empty: the region as it was in that year.
   */
  territory_as_of: z
    .string()
    .default('')
    .transform((s) => s.trim())
    .transform((s) => (s === '' ? null : s))
    .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'territory_as_of is a date (YYYY-MM-DD)').nullable()),
});
export type CitedFactRow = z.infer<typeof CitedFactRow>;

export const citedFactColumns = [
  'region',
  'indicator',
  'year',
  'value',
  'unit',
  'qualifier',
  'approx',
  'change_pct',
  'change_vs_year',
  'plan_pct',
  'source_url',
  'source_published',
  'note',
  'public_note_vi',
  'public_note_en',
  'denominator',
  'territory_as_of',
] as const;

/** The outlet of an article, from its URL's host: `https://m.viettimes.vn/…` → `viettimes.vn`. */
export function outletFromUrl(url: string): string {
  try {
    return new URL(url).hostname.replace(/^(www|m|en|news)\./, '');
  } catch {
    return url;
  }
}

/** The outlet to credit for a source: its publisher, else the web site it was read on. */
export function outletOf(source: { publisher: string | null; url: string | null }): string | null {
  return source.publisher ?? (source.url ? outletFromUrl(source.url) : null);
}
