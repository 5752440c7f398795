import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../db/connect';
import type { FactRow } from '../db/schema';
import { seedCatalogue } from '../seed/catalogue';
import { fixtureDataDir } from '../testing/fixtures';
import { freshDb } from '../testing/harness';
import { acceptedFactsAsOf } from './asof';
import { commitChange } from './commit';

/** The replay as first written: every revision there is, the last of each fact by the cutoff, filtered in memory. */
async function replayAll(db: Db, region: string, indicator: string, cutoff: string) {
  const revisions = await db.db.selectFrom('fact_revisions').select(['fact_id', 'after']).where('at', '<=', cutoff).orderBy('fact_id').orderBy('at').orderBy('id').execute();
  const latest = new Map<number, FactRow>();
  for (const r of revisions) latest.set(r.fact_id, JSON.parse(r.after) as FactRow);
  const sources = new Map((await db.db.selectFrom('sources').select(['id', 'kind', 'published_on']).execute()).map((s) => [s.id, s]));
  return [...latest.values()]
    .filter((f) => f.status === 'accepted' && f.region === region && f.indicator === indicator)
    .map((f) => ({ id: f.id, year: f.year, value: f.value, source_kind: sources.get(f.source_id)!.kind, published_on: sources.get(f.source_id)!.published_on }))
    .sort((a, b) => a.year - b.year || a.id - b.id);
}

const regions = ['da-nang', 'ha-noi'];
const indicators = ['ict_revenue', 'software_export'];
const op = fc.record({
  create: fc.boolean(),
  at: fc.nat(),
  region: fc.constantFrom(...regions),
  indicator: fc.constantFrom(...indicators),
  year: fc.integer({ min: 2019, max: 2021 }),
  value: fc.constantFrom(10, 11, 99),
  status: fc.constantFrom('accepted' as const, 'pending' as const, 'rejected' as const),
  source: fc.integer({ min: 0, max: 1 }),
});

let db: Db;
const sourceIds: number[] = [];
beforeAll(async () => {
  db = await freshDb();
  await seedCatalogue(db.db, fixtureDataDir());
  for (const kind of ['report', 'article'] as const) {
    const s = await db.db.insertInto('sources').values({ kind, published_on: '2020-01-01', created_at: '2020-01-01T00:00:00.000Z' }).returning('id').executeTakeFirstOrThrow();
    sourceIds.push(s.id);
  }
});
afterAll(async () => db.close());

describe('asof through the revisions index', () => {
  it('equals replaying every revision, for each region and indicator, at every moment of a history of creations, edits and moves', async () => {
    const start = Date.parse('2030-01-01T00:00:00Z');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
          await db.db.deleteFrom('facts').execute();
          const moments: string[] = [];
          for (const [i, o] of ops.entries()) {
            vi.setSystemTime(start + i * 3_600_000);
            moments.push(new Date(start + i * 3_600_000 + 1_800_000).toISOString());
            const ids = (await db.db.selectFrom('facts').select('id').orderBy('id').execute()).map((r) => r.id);
            await commitChange(db.db, async ({ trx, revise }) => {
              const now = new Date().toISOString();
              if (o.create || ids.length === 0) {
                const after = await trx
                  .insertInto('facts')
                  .values({ region: o.region, indicator: o.indicator, year: o.year, value: o.value, qualifier: 'actual', approx: 'exact', source_id: sourceIds[o.source]!, method: 'curated', status: o.status, created_at: now, updated_at: now })
                  .returningAll()
                  .executeTakeFirstOrThrow();
                await revise({ fact_id: after.id, action: 'create', actor: 't', before: null, after });
                return;
              }
              // An edit may move the fact to another indicator or year, change its value, accept or reject it.
              const before = await trx.selectFrom('facts').selectAll().where('id', '=', ids[o.at % ids.length]!).executeTakeFirstOrThrow();
              const after = await trx
                .updateTable('facts')
                .set({ indicator: o.indicator, year: o.year, value: o.value, status: o.status, updated_at: now })
                .where('id', '=', before.id)
                .returningAll()
                .executeTakeFirstOrThrow();
              await revise({ fact_id: before.id, action: 'edit', actor: 't', before, after });
            });
          }
          for (const cutoff of ['2029-12-31T00:00:00.000Z', ...moments]) {
            for (const region of regions) {
              for (const indicator of indicators) {
                const got = (await acceptedFactsAsOf(db.db, { region, indicator }, cutoff)).map((f) => ({
                  id: f.id,
                  year: f.year,
                  value: f.value,
                  source_kind: f.source_kind,
                  published_on: f.published_on,
                }));
                expect(got).toEqual(await replayAll(db, region, indicator, cutoff));
              }
            }
          }
        }),
        { numRuns: 15 },
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers for an indicator with more sources than SQLite takes parameters (32,766)', async () => {
    await db.db.deleteFrom('facts').execute();
    const n = 33_000;
    const now = '2031-01-01T00:00:00.000Z';
    await commitChange(db.db, async ({ trx, revise }) => {
      for (let start = 0; start < n; start += 1000) {
        const sources = await trx
          .insertInto('sources')
          .values(Array.from({ length: Math.min(1000, n - start) }, (_, i) => ({ kind: 'article' as const, url: `https://many.example/${start + i}`, published_on: '2030-12-01', created_at: now })))
          .returning('id')
          .execute();
        const facts = await trx
          .insertInto('facts')
          .values(sources.map((s, i) => ({ region: 'da-nang', indicator: 'it_revenue', year: 2000 + ((start + i) % 25), value: 7, qualifier: 'actual' as const, approx: 'exact' as const, source_id: s.id, method: 'curated' as const, status: 'accepted' as const, created_at: now, updated_at: now })))
          .returningAll()
          .execute();
        for (const after of facts) await revise({ fact_id: after.id, action: 'create', actor: 't', before: null, after });
      }
    });
    const facts = await acceptedFactsAsOf(db.db, { region: 'da-nang', indicator: 'it_revenue' }, '2032-01-01T00:00:00.000Z');
    expect(facts).toHaveLength(n);
    expect(new Set(facts.map((f) => f.source_id)).size).toBe(n);
    expect(facts.every((f) => f.source_kind === 'article' && f.published_on === '2030-12-01')).toBe(true);
  }, 120_000);
});
