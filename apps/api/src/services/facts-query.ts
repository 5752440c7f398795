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

/** The columns an order reads, for a page chosen in a subquery whose order the outer query keeps. */
export function sortColumns(sort: FactsQuery['sort']) {
  if (sort === 'default') return ['f.id', 'f.indicator', 'f.year'] as const;
  if (sort === 'position') return ['f.id', 'f.source_id', 'f.span_start'] as const;
  return ['f.id', 'f.source_id', 'f.span_start', 'f.confidence'] as const;
}

const keysOf = (t: 'f' | 'p') => ({
  // Facts without a confidence (curated, manual) are certain: they come last in the least-sure-first queue.
  certainty: sql`coalesce(${sql.ref(`${t}.confidence`)}, 1)`,
  position: [sql.ref(`${t}.source_id`), sql.ref(`${t}.span_start`), sql.ref(`${t}.id`)],
  catalogue: [sql.ref(`${t}.indicator`), sql.ref(`${t}.year`), sql.ref(`${t}.id`)],
});
const keys = { f: keysOf('f'), p: keysOf('p') };

/**
 * The list's order, stable since every order ends with the id, as `order by` terms: of the facts as `f`, whatever
 * else the query joins, or of a page `p` that selected sortColumns.
 */
export function orderTerms(sort: FactsQuery['sort'], alias: 'f' | 'p' = 'f'): Expression<unknown>[] {
  const { certainty, position, catalogue } = keys[alias];
  switch (sort) {
    case 'confidence':
      return [sql`${certainty} asc`, ...position];
    case '-confidence':
      return [sql`${certainty} desc`, ...position];
    case 'position':
      return position;
    default:
      return catalogue;
  }
}

/** A query of the facts as `f` in the list's order (orderTerms). */
export function sorted<DB, TB extends keyof DB, O>(s: SelectQueryBuilder<DB, TB, O>, sort: FactsQuery['sort']) {
  return orderTerms(sort).reduce<SelectQueryBuilder<DB, TB, O>>((acc, k) => acc.orderBy(k), s);
}
