import type { FactsQuery } from '@chiso/shared';
import {
  expressionBuilder,
  sql,
  type CompiledQuery,
  type Expression,
  type Kysely,
  type Transaction,
} from 'kysely';
import { jsonObjectFrom as pgObjectFrom } from 'kysely/helpers/postgres';
import { jsonBuildObject as sqliteObject } from 'kysely/helpers/sqlite';
import type { Db, DialectName } from '../db/connect';
import type { Database, FactsTable, SourcesTable } from '../db/schema';
import { conditions, filtered, sortColumns, sorted, type Condition, type FactFilter } from './facts-query';

const eb = expressionBuilder<Database & { f: FactsTable; s: SourcesTable }, 'f' | 's'>();

/** The keys of toSource and their columns, in its order. */
const sourceColumns = {
  id: eb.ref('s.id'),
  kind: eb.ref('s.kind'),
  title: eb.ref('s.title'),
  publisher: eb.ref('s.publisher'),
  url: eb.ref('s.url'),
  published_on: eb.ref('s.published_on'),
  region: eb.ref('s.region'),
  report_year: eb.ref('s.report_year'),
  format: eb.ref('s.format'),
  sha256: eb.ref('s.sha256'),
  created_at: eb.ref('s.created_at'),
};

/** The keys of toFact and their columns, in its order. */
const factColumns = {
  id: eb.ref('f.id'),
  indicator: eb.ref('f.indicator'),
  region: eb.ref('f.region'),
  year: eb.ref('f.year'),
  value: eb.ref('f.value'),
  value_min: eb.ref('f.value_min'),
  value_max: eb.ref('f.value_max'),
  qualifier: eb.ref('f.qualifier'),
  approx: eb.ref('f.approx'),
  change_pct: eb.ref('f.change_pct'),
  change_vs_year: eb.ref('f.change_vs_year'),
  plan_pct: eb.ref('f.plan_pct'),
  source_id: eb.ref('f.source_id'),
  start: eb.ref('f.span_start'),
  end: eb.ref('f.span_end'),
  quote: eb.ref('f.quote'),
  quote_start: eb.ref('f.quote_start'),
  method: eb.ref('f.method'),
  rule: eb.ref('f.rule'),
  confidence: eb.ref('f.confidence'),
  status: eb.ref('f.status'),
  note: eb.ref('f.note'),
  created_at: eb.ref('f.created_at'),
  updated_at: eb.ref('f.updated_at'),
};

const sourceOfFact = () => eb.selectFrom('sources as s').whereRef('s.id', '=', 'f.source_id');
const aliased = (columns: Record<string, Expression<unknown>>) => Object.entries(columns).map(([k, c]) => sql`${c}`.as(k));

/** SQLite: json_object of the columns. */
function sqliteJson() {
  return sqliteObject({ ...factColumns, source: sourceOfFact().select(sqliteObject(sourceColumns).as('o')) });
}

/**
 * PostgreSQL: to_json of a row of the columns, a quarter faster than json_build_object (which looks up how to write
 * every argument on every row) and without its spaces around every colon.
 */
function pgJson() {
  const source = pgObjectFrom(sourceOfFact().select(aliased(sourceColumns)));
  return pgObjectFrom(sql`(select ${sql.join(aliased({ ...factColumns, source }))})`);
}

/** A fact `f` with its source as JSON text: the keys, their order and their values of toFact and toSource. */
const factJsonOf = {
  sqlite: sql<string | null>`cast(${sqliteJson()} as text)`.as('json'),
  // PostgreSQL's driver would parse a json column into objects; text is what the response needs.
  postgres: sql<string | null>`cast(${pgJson()} as text)`.as('json'),
};

const REFRESH_CHUNK = 500;

/**
 * Writes the stored JSON (`fact_json`) of the facts that triggers marked dirty, in chunks, as part of
 * refreshReadModel (services/read-model.ts). Returns the facts rewritten.
 */
export async function refreshFactJson(db: Transaction<Database>, dialect: DialectName): Promise<number> {
  let done = 0;
  for (;;) {
    const ids = (await db.selectFrom('fact_dirty').select('fact_id').orderBy('fact_id').limit(REFRESH_CHUNK).execute()).map((r) => r.fact_id);
    if (!ids.length) return done;
    const rows = await db.selectFrom('facts as f').where('f.id', 'in', ids).select(['f.id', factJsonOf[dialect]]).execute();
    await db.deleteFrom('fact_json').where('fact_id', 'in', ids).execute();
    if (rows.length) await db.insertInto('fact_json').values(rows.map((r) => ({ fact_id: r.id, json: r.json! }))).execute();
    await db.deleteFrom('fact_dirty').where('fact_id', 'in', ids).execute();
    done += ids.length;
  }
}

/**
 * A page of the list, one row per fact: its id, its stored JSON text and the count of the whole filter
 * (uncorrelated, computed once). The page is chosen in a subquery with the columns of its order and joined to the
 * stored JSON in that order, which the database keeps without sorting again.
 */
export function factsPageQuery(db: Kysely<Database>, q: FactsQuery) {
  const total = filtered(db, q).select(db.fn.countAll<number>().as('n')).as('total');
  const page = sorted(filtered(db, q).select(sortColumns(q.sort)), q.sort).limit(q.limit).offset(q.offset).as('p');
  return sorted(db.selectFrom(page).innerJoin('fact_json as j', 'j.fact_id', 'p.id').select(['p.id', total, 'j.json']), q.sort, 'p');
}

export interface PageRow {
  id: number;
  total: number | null;
  json: string;
}

/** Compiled once per query shape: compiling costs more than running it. */
const shapes = new Map<string, CompiledQuery<PageRow>>();

const pageParameters = (q: FactsQuery) => {
  const values = conditions(q).map(([, v]) => v);
  return [...values, ...values, q.limit, q.offset];
};

// Distinct values, so that the check in `compiled` catches any parameter out of the order pageParameters assumes.
const probes: Record<Condition[0], FactFilter> = {
  indicator: { indicator: 'probe_indicator' },
  region: { region: 'probe-region' },
  year: { year: 1 },
  source_id: { source: 2 },
  status: { status: 'pending' },
};

function compiled(db: Kysely<Database>, dialect: DialectName, q: FactsQuery): CompiledQuery<PageRow> {
  const filters = conditions(q).map(([c]) => c);
  const key = `${dialect} ${q.sort} ${filters.join()}`;
  let shape = shapes.get(key);
  if (!shape) {
    const probe = filters.reduce<FactsQuery>((p, c) => ({ ...p, ...probes[c] }), { sort: q.sort, limit: 3, offset: 4 });
    shape = factsPageQuery(db, probe).compile();
    const expected = pageParameters(probe);
    if (shape.parameters.length !== expected.length || shape.parameters.some((p, i) => p !== expected[i])) {
      throw new Error(`facts page: the query binds ${JSON.stringify(shape.parameters)}, not ${JSON.stringify(expected)}`);
    }
    shapes.set(key, shape);
  }
  // The values are validated keys, numbers and statuses: nothing for the NUL plugin to clean on PostgreSQL.
  return { ...shape, parameters: pageParameters(q) };
}

/** The rows of a page, with their JSON. */
export async function pageRows(db: Db, q: FactsQuery): Promise<PageRow[]> {
  return (await db.db.executeQuery(compiled(db.db, db.dialect, q))).rows;
}

/** How many facts match the filter, from the rows of its page (one query more only past the last page). */
export async function pageTotal(db: Db, q: FactsQuery, rows: PageRow[]): Promise<number> {
  if (rows.length) return Number(rows[0]!.total);
  if (q.offset === 0) return 0;
  return Number((await filtered(db.db, q).select(db.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
}

/** The facts of a page as JSON texts (toFact with toSource), and how many match the filter. */
export async function factsPage(db: Db, q: FactsQuery): Promise<{ facts: string[]; total: number }> {
  const rows = await pageRows(db, q);
  return { facts: rows.map((r) => r.json), total: await pageTotal(db, q, rows) };
}

/** The body of GET /facts: a FactsResponse, with the facts (toFact with toSource) as the database wrote them. */
export function factsResponseJson(q: FactsQuery, facts: readonly string[], total: number): string {
  // One join, so the body is copied once (a page of 500 facts is a large string).
  const parts = ['{"facts":[', ...facts, `],"total":${total},"limit":${q.limit},"offset":${q.offset}}`];
  for (let i = 1; i < parts.length - 2; i++) parts[i] += ',';
  return parts.join('');
}
