import { resolveHeadline, type Coverage } from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { resolvableColumns } from './resolve';

/**
 * Coverage of every (region, indicator) in two queries whatever the size of the data: first and last year and
 * the number of years come from the per-year summary that triggers keep (migration 002); only the facts of each
 * last year are read, to resolve the latest headline with the same rule as the series.
 */
export async function coverageByIndicator(db: Kysely<Database>): Promise<Map<string, Coverage[]>> {
  const years = db.selectFrom('coverage_years').where('n', '>', 0);
  const spans = await years
    .select((eb) => [
      'region',
      'indicator',
      eb.fn.min('year').as('first_year'),
      eb.fn.max('year').as('last_year'),
      eb.fn.countAll().as('points'),
    ])
    .groupBy(['region', 'indicator'])
    .orderBy('region')
    .execute();
  const lastYearFacts = await db
    .selectFrom('facts')
    .innerJoin('sources', 'sources.id', 'facts.source_id')
    .innerJoin(
      years
        .select((eb) => ['region', 'indicator', eb.fn.max('year').as('last_year')])
        .groupBy(['region', 'indicator'])
        .as('last'),
      (j) =>
        j
          .onRef('last.region', '=', 'facts.region')
          .onRef('last.indicator', '=', 'facts.indicator')
          .onRef('last.last_year', '=', 'facts.year'),
    )
    .where('facts.status', '=', 'accepted')
    .select([...resolvableColumns, 'facts.region'])
    .execute();
  const byPair = new Map<string, typeof lastYearFacts>();
  for (const f of lastYearFacts) {
    const k = `${f.region}\u0000${f.indicator}`;
    const list = byPair.get(k);
    if (list) list.push(f);
    else byPair.set(k, [f]);
  }
  const out = new Map<string, Coverage[]>();
  for (const s of spans) {
    const latest = resolveHeadline(byPair.get(`${s.region}\u0000${s.indicator}`) ?? []);
    if (!latest) continue;
    const list = out.get(s.indicator) ?? [];
    list.push({
      region: s.region,
      first_year: Number(s.first_year),
      last_year: Number(s.last_year),
      latest_value: latest.value,
      points: Number(s.points),
    });
    out.set(s.indicator, list);
  }
  return out;
}
