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
import { compiledOnce } from '../db/compiled';
import type { Database, Executor, FactsTable, SourcesTable } from '../db/schema';
import { conditions, filtered, orderTerms, sortColumns, sorted, type Condition, type FactFilter } from './facts-query';

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

/** The keys of toFact and their columns, in its order (the public view: no internal note). */
const factColumns = (dialect: DialectName) => ({
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
  public_note_vi: eb.ref('f.public_note_vi'),
  public_note_en: eb.ref('f.public_note_en'),
  // A boolean in JSON: SQLite keeps the flag as 0 or 1.
  machine_read: dialect === 'sqlite' ? sql`json(case when ${eb.ref('f.machine_read')} then 'true' else 'false' end)` : eb.ref('f.machine_read'),
  denominator: eb.ref('f.denominator'),
  territory_as_of: eb.ref('f.territory_as_of'),
  created_at: eb.ref('f.created_at'),
  updated_at: eb.ref('f.updated_at'),
});

const sourceOfFact = () => eb.selectFrom('sources as s').whereRef('s.id', '=', 'f.source_id');
const aliased = (columns: Record<string, Expression<unknown>>) => Object.entries(columns).map(([k, c]) => sql`${c}`.as(k));

/** SQLite: json_object of the columns. */
function sqliteJson() {
  return sqliteObject({ ...factColumns('sqlite'), source: sourceOfFact().select(sqliteObject(sourceColumns).as('o')) });
}

/**
 * PostgreSQL: to_json of a row of the columns, a quarter faster than json_build_object (which looks up how to write
 * every argument on every row) and without its spaces around every colon.
 */
function pgJson() {
  const source = pgObjectFrom(sourceOfFact().select(aliased(sourceColumns)));
  return pgObjectFrom(sql`(select ${sql.join(aliased({ ...factColumns('postgres'), source }))})`);
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
 * The body of GET /facts, written by the database in one row: a FactsResponse whose facts are the stored JSON texts
 * (toFact with toSource) of the page in the list's order, with the count of the whole filter (uncorrelated, so
 * computed once, and there even for a page past the end). The page is chosen in a subquery with only the columns
 * of its order. SQLite hands the body over as bytes: as text it would be decoded into a JavaScript string only to be
 * encoded again for sending.
 */
export function factsPageQuery(db: Executor, dialect: DialectName, q: FactsQuery) {
  const total = filtered(db, q).select(db.fn.countAll<number>().as('n'));
  const page = sorted(filtered(db, q).select(sortColumns(q.sort)), q.sort).limit(q.limit).offset(q.offset).as('p');
  const order = sql.join(orderTerms(q.sort, 'p'));
  const facts = dialect === 'sqlite' ? sql`group_concat(j.json, ',' order by ${order})` : sql`string_agg(j.json, ',' order by ${order})`;
  const body = sql`'{"facts":[' || coalesce(${facts}, '') || '],"total":' || (${total})
    || ',"limit":' || cast(${q.limit} as integer) || ',"offset":' || cast(${q.offset} as integer) || '}'`;
  const sent = dialect === 'sqlite' ? sql<PageBody['body']>`cast(${body} as blob)` : sql<PageBody['body']>`cast(${body} as text)`;
  return db.selectFrom(page).innerJoin('fact_json as j', 'j.fact_id', 'p.id').select(sent.as('body'));
}

type PageBody = { body: string | Uint8Array<ArrayBuffer> };

const pageParameters = (q: FactsQuery): unknown[] => {
  const values = conditions(q).map(([, v]) => v);
  return [...values, q.limit, q.offset, ...values, q.limit, q.offset];
};

// Distinct values, so that compiledOnce catches any parameter out of the order pageParameters assumes.
const probes: Record<Condition[0], FactFilter> = {
  indicator: { indicator: 'probe_indicator' },
  region: { region: 'probe-region' },
  year: { year: 1 },
  source_id: { source: 2 },
  status: { status: 'pending' },
};

/** The page query of each shape (dialect, order, filters present), compiled once. */
const shapes = new Map<string, (db: Executor, ...values: unknown[]) => CompiledQuery<PageBody>>();

function compiled(db: Kysely<Database>, dialect: DialectName, q: FactsQuery): CompiledQuery<PageBody> {
  const filters = conditions(q).map(([c]) => c);
  const key = `${dialect} ${q.sort} ${filters.join()}`;
  let shape = shapes.get(key);
  if (!shape) {
    const probe = filters.reduce<FactsQuery>((p, c) => ({ ...p, ...probes[c] }), { sort: q.sort, limit: 3, offset: 4 });
    shape = compiledOnce<unknown[], PageBody>((d) => factsPageQuery(d, dialect, probe), pageParameters(probe));
    shapes.set(key, shape);
  }
  // The values are validated keys, numbers and statuses: nothing for the NUL plugin to clean on PostgreSQL.
  return shape(db, ...pageParameters(q));
}

/** The body of GET /facts (see factsPageQuery): UTF-8 bytes on SQLite, text on PostgreSQL. */
export async function factsPageBody(db: Db, q: FactsQuery): Promise<string | Uint8Array<ArrayBuffer>> {
  return (await db.db.executeQuery(compiled(db.db, db.dialect, q))).rows[0]!.body;
}
