import { Kysely, SqliteDialect, sql } from 'kysely';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, withoutReplan, type Db } from './connect';

/** Kysely's SQLite text for a query, without running it. */
const compiler = new Kysely<{ t: { id: number; limit: number } }>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });

describe('withoutReplan: a LIMIT or OFFSET parameter the planner does not read', () => {
  it('rewrites the forms Kysely writes, in the main query and in subqueries', () => {
    const inner = compiler.selectFrom('t').select('id').orderBy('id').limit(3).offset(1).as('p');
    const q = compiler.selectFrom(inner).select('p.id').limit(2).compile();
    expect(withoutReplan(q.sql)).toBe(
      'select "p"."id" from (select "id" from "t" order by "id" limit +? offset +?) as "p" limit +?',
    );
    expect(withoutReplan(compiler.selectFrom('t').select('id').offset(5).limit(1).compile().sql)).toBe(
      'select "id" from "t" limit +? offset +?',
    );
  });

  it('leaves everything else alone: a column named limit, a literal, other parameters', () => {
    const text = compiler
      .selectFrom('t')
      .select(['limit', sql<string>`'limit ?'`.as('s')])
      .where('limit', '=', 4)
      .compile().sql;
    expect(withoutReplan(text)).toBe(text);
  });
});

describe('a cached statement with LIMIT and OFFSET, run again with other values', () => {
  let db: Db;
  beforeAll(async () => {
    db = connect('sqlite::memory:');
    await sql`create table t (id integer primary key, v text)`.execute(db.db);
    for (let i = 1; i <= 20; i++) await sql`insert into t (v) values (${`v${i}`})`.execute(db.db);
  });
  afterAll(async () => db.close());

  it('returns each page the values ask for', async () => {
    const all = Array.from({ length: 20 }, (_, i) => i + 1);
    for (const [limit, offset] of [
      [5, 0],
      [5, 5],
      [3, 18],
      [1, 0],
      [20, 0],
      [7, 25],
      [0, 0],
    ] as const) {
      const page = sql<{ id: number }>`select id from (select id from t order by id limit ${limit} offset ${offset}) order by id`;
      const flat = await (db.db as unknown as Kysely<{ t: { id: number } }>)
        .selectFrom('t')
        .select('id')
        .orderBy('id')
        .limit(limit)
        .offset(offset)
        .execute();
      expect(flat.map((r) => r.id)).toEqual(all.slice(offset, offset + limit));
      expect((await page.execute(db.db)).rows.map((r) => r.id)).toEqual(all.slice(offset, offset + limit));
    }
  });
});
