import { resolveHeadline, type Coverage } from '@chiso/shared';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Accepted facts that can stand for a year's headline: not a target, and with a value or a range. */
function headlineCandidate(eb: ExpressionBuilder<Database, 'facts'>) {
  return eb.and([
    eb('facts.status', '=', 'accepted'),
    eb('facts.qualifier', '!=', 'target'),
    eb.or([eb('facts.value', 'is not', null), eb('facts.value_min', 'is not', null), eb('facts.value_max', 'is not', null)]),
  ]);
}

/**
 * Coverage of every (region, indicator) in two queries whatever the size of the data: first and last year and
 * the number of years come from SQL aggregation; only the facts of each last year are read, to resolve the
 * latest headline with the same rule as the series.
 */
export async function coverageByIndicator(db: Kysely<Database>): Promise<Map<string, Coverage[]>> {
  const spans = await db
    .selectFrom('facts')
    .where(headlineCandidate)
    .select((eb) => [
      'facts.region',
      'facts.indicator',
      eb.fn.min('facts.year').as('first_year'),
      eb.fn.max('facts.year').as('last_year'),
      eb.fn.count('facts.year').distinct().as('points'),
    ])
    .groupBy(['facts.region', 'facts.indicator'])
    .orderBy('facts.region')
    .execute();
  const lastYearFacts = await db
    .selectFrom('facts')
    .innerJoin('sources', 'sources.id', 'facts.source_id')
    .innerJoin(
      db
        .selectFrom('facts')
        .where(headlineCandidate)
        .select((eb) => ['facts.region', 'facts.indicator', eb.fn.max('facts.year').as('last_year')])
        .groupBy(['facts.region', 'facts.indicator'])
        .as('last'),
      (j) =>
        j
          .onRef('last.region', '=', 'facts.region')
          .onRef('last.indicator', '=', 'facts.indicator')
          .onRef('last.last_year', '=', 'facts.year'),
    )
    .where('facts.status', '=', 'accepted')
    .select([
      'facts.id',
      'facts.region',
      'facts.indicator',
      'facts.year',
      'facts.value',
      'facts.value_min',
      'facts.value_max',
      'facts.qualifier',
      'facts.approx',
      'facts.method',
      'sources.kind as source_kind',
      'sources.published_on',
    ])
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
