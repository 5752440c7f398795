import { sql, type Kysely } from 'kysely';

/**
 * Figures of every province (decision 0060). A rank carries its `denominator` (2/63 is not 17/34); a figure about a
 * unit's territory on a later map, for a year before the unit had that shape (DTI 2024's ranking of the 34 new
 * provinces), carries that map's date in `territory_as_of` and stays out of the unit's own series, so it never
 * conflicts with what was reported for the unit as it was. A cited row's key now names its region: one article
 * states figures of many provinces. Series are resolved again (points carry the denominator), and rankings read
 * one indicator and year across regions; every fact's JSON is written again with the two new fields.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('facts').addColumn('denominator', 'integer').execute();
  await db.schema.alterTable('facts').addColumn('territory_as_of', 'text').execute();
  await db.schema
    .createIndex('facts_territory')
    .on('facts')
    .columns(['indicator', 'year'])
    .where(sql.ref('territory_as_of'), 'is not', null)
    .execute();
  await db.schema.createIndex('series_points_indicator').on('series_points').columns(['indicator', 'year']).execute();

  const keyed = await sql<{ id: number; seed_key: string; region: string }>`
    select id, seed_key, region from facts where seed_key is not null order by id`.execute(db);
  for (const [id, key] of rekeyed(keyed.rows)) await sql`update facts set seed_key = ${key} where id = ${id}`.execute(db);

  await sql`insert into series_dirty (region, indicator)
    select distinct f.region, f.indicator from facts f
    where not exists (select 1 from series_dirty d where d.region = f.region and d.indicator = f.indicator)`.execute(db);
  await sql`insert into fact_dirty (fact_id)
    select id from facts f where not exists (select 1 from fact_dirty d where d.fact_id = f.id)`.execute(db);
}

/**
 * Cited rows' keys with their region: `prefix|url|indicator|year|qualifier|n` → `prefix|url|region|indicator|year|
 * qualifier|n`, numbered again within each new group in the order the facts were stored (rows are stored in file order).
 */
export function rekeyed(facts: readonly { id: number; seed_key: string; region: string }[]): Map<number, string> {
  const out = new Map<number, string>();
  const seen = new Map<string, number>();
  for (const f of facts) {
    const parts = f.seed_key.split('|');
    if (parts.length < 6) continue;
    const [indicator, year, qualifier] = parts.slice(-4, -1);
    const base = [parts[0], parts.slice(1, -4).join('|'), f.region, indicator, year, qualifier].join('|');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.set(f.id, [base, n].join('|'));
  }
  return out;
}
