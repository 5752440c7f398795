import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgres, type Db } from '../db/connect';
import { seedCatalogue } from '../seed/catalogue';
import { fixtureDataDir } from '../testing/fixtures';
import { freshDb } from '../testing/harness';
import { commitChange } from './commit';

let db: Db;
beforeAll(async () => {
  db = await freshDb();
  await seedCatalogue(db.db, fixtureDataDir());
});
afterAll(async () => db.close());

describe('commitChange of thousands of facts', () => {
  it('commits them with their revisions and, on PostgreSQL, leaves the planner statistics of the tables it filled up to date', async () => {
    const now = '2031-01-01T00:00:00.000Z';
    const source = await db.db.insertInto('sources').values({ kind: 'report', published_on: '2030-12-01', created_at: now }).returning('id').executeTakeFirstOrThrow();
    const n = 6_000;
    await commitChange(db.db, async ({ trx, revise }) => {
      for (let start = 0; start < n; start += 1000) {
        const facts = await trx
          .insertInto('facts')
          .values(Array.from({ length: 1000 }, (_, i) => ({ region: 'da-nang', indicator: 'it_revenue', year: 2000 + ((start + i) % 25), value: start + i, qualifier: 'actual' as const, approx: 'exact' as const, source_id: source.id, method: 'curated' as const, status: 'accepted' as const, created_at: now, updated_at: now })))
          .returningAll()
          .execute();
        for (const after of facts) await revise({ fact_id: after.id, action: 'create', actor: 't', before: null, after });
      }
    });
    const revisions = await db.db.selectFrom('fact_revisions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(revisions.n)).toBe(n);
    if (!isPostgres(db.db)) return;
    const analysed = await sql<{ relname: string; analysed: boolean }>`select relname, last_analyze is not null as analysed from pg_stat_user_tables where schemaname = current_schema() and relname in ('facts', 'fact_revisions') order by relname`.execute(db.db);
    expect(analysed.rows).toEqual([
      { relname: 'fact_revisions', analysed: true },
      { relname: 'facts', analysed: true },
    ]);
  }, 120_000);
});
