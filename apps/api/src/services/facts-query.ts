import type { FactsQuery } from '@chiso/shared';
import { sql, type Expression, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/schema';

export type FactFilter = Omit<FactsQuery, 'limit' | 'offset' | 'sort'>;

export type Condition = readonly ['indicator' | 'region' | 'status', string] | readonly ['year' | 'source_id', number];

/** The filter's conditions, in a fixed order. */
export function conditions(q: FactFilter): Condition[] {
  const c: Condition[] = [];
  if (q.indicator) c.push(['indicator', q.indicator]);
  if (q.region) c.push(['region', q.region]);
  if (q.year !== undefined) c.push(['year', q.year]);
  if (q.source !== undefined) c.push(['source_id', q.source]);
  if (q.status) c.push(['status', q.status]);
  return c;
}

/** The facts (as `f`) matching the filter. */
export function filtered(db: Kysely<Database>, q: FactFilter) {
  let s = db.selectFrom('facts as f');
  for (const [column, value] of conditions(q)) s = s.where(`f.${column}`, '=', value);
  return s;
}

// Facts without a confidence (curated, manual) are certain: they come last in the least-sure-first queue.
const certainty = sql`coalesce(${sql.ref('f.confidence')}, 1)`;
const position = [sql.ref('f.source_id'), sql.ref('f.span_start'), sql.ref('f.id')];
const catalogue = [sql.ref('f.indicator'), sql.ref('f.year'), sql.ref('f.id')];

/** The list's order, stable since every order ends with the id; of the facts as `f`, whatever else the query joins. */
export function sorted<DB, TB extends keyof DB, O>(s: SelectQueryBuilder<DB, TB, O>, sort: FactsQuery['sort']) {
  const by = (keys: Expression<unknown>[], from: SelectQueryBuilder<DB, TB, O>) =>
    keys.reduce<SelectQueryBuilder<DB, TB, O>>((acc, k) => acc.orderBy(k), from);
  switch (sort) {
    case 'confidence':
      return by(position, s.orderBy(certainty, 'asc'));
    case '-confidence':
      return by(position, s.orderBy(certainty, 'desc'));
    case 'position':
      return by(position, s);
    default:
      return by(catalogue, s);
  }
}
