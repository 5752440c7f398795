import { citedFactColumns, toCsv } from '@chiso/shared';

/** The (region, indicator, unit)s a big cited file spreads its rows over, and the years of each. */
const series = [
  ['da-nang', 'ict_revenue', 'billion_vnd'],
  ['da-nang', 'software_export', 'million_usd'],
  ['da-nang', 'it_revenue', 'billion_vnd'],
  ['ha-noi', 'ict_revenue', 'billion_vnd'],
  ['ha-noi', 'software_export', 'million_usd'],
  ['ha-noi', 'it_revenue', 'billion_vnd'],
] as const;
const years = 25;

/**
 * A cited CSV of `rows` figures as an attacker or a careless bulk export makes one: every row a figure of one of six
 * series over 25 years (up to 666 per region, indicator and year), citing one of `articles` article URLs, with
 * public notes. Deterministic, so a failure can be replayed. The fixture's indicators and regions, for the tests and
 * the bench alike.
 */
export function bigCitedCsv(rows: number, articles = 2_000): string {
  const records: Record<string, unknown>[] = [];
  for (let i = 0; i < rows; i++) {
    const [region, indicator, unit] = series[i % series.length]!;
    records.push({
      region,
      indicator,
      year: 2000 + (Math.floor(i / series.length) % years),
      value: 1000 + ((i * 7919) % 9973) / 10,
      unit,
      qualifier: i % 11 === 0 ? 'estimate' : 'actual',
      approx: i % 13 === 0 ? 'about' : '',
      change_pct: '',
      change_vs_year: '',
      plan_pct: '',
      source_url: `https://big.example/article-${i % articles}`,
      source_published: `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
      note: `bulk row ${i}`,
      public_note_vi: '',
      public_note_en: '',
    });
  }
  return toCsv(citedFactColumns, records, false);
}
