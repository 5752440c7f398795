import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/connect';
import type { NewFact } from '../db/schema';
import { seedCatalogue } from '../seed/catalogue';
import { dataDir, freshDb } from '../testing/harness';
import { coverageByIndicator } from './coverage';
import { acceptedFacts, coverageOf } from './resolve';

const regions = ['da-nang', 'ha-noi'];
const indicators = ['ict_revenue', 'software_export'];
const now = '2024-01-01T00:00:00Z';

const fact = fc.record({
  region: fc.constantFrom(...regions),
  indicator: fc.constantFrom(...indicators),
  year: fc.integer({ min: 2015, max: 2020 }),
  value: fc.option(fc.constantFrom(10, 10.2, 10.25, 11, 12.57, 12.7, 100), { nil: null }),
  value_min: fc.option(fc.constantFrom(9, 10), { nil: null }),
  value_max: fc.option(fc.constantFrom(11, 12), { nil: null }),
  qualifier: fc.constantFrom('actual' as const, 'estimate' as const, 'target' as const),
  status: fc.constantFrom('accepted' as const, 'pending' as const, 'rejected' as const),
  method: fc.constantFrom('extracted' as const, 'curated' as const, 'manual' as const),
  source: fc.integer({ min: 0, max: 2 }),
});

const edit = fc.record({
  at: fc.nat(),
  remove: fc.boolean(),
  status: fc.constantFrom('accepted' as const, 'pending' as const, 'rejected' as const),
  qualifier: fc.constantFrom('actual' as const, 'target' as const),
  value: fc.option(fc.constantFrom(10, 99), { nil: null }),
  year: fc.integer({ min: 2015, max: 2020 }),
});

let db: Db;
const sourceIds: number[] = [];
beforeAll(async () => {
  db = await freshDb();
  await seedCatalogue(db.db, dataDir);
  await db.db.insertInto('regions').values({ key: 'ha-noi', name_vi: 'Hà Nội', name_en: 'Hanoi' }).onConflict((oc) => oc.doNothing()).execute();
  for (const [i, kind] of (['report', 'dataset', 'article'] as const).entries()) {
    const s = await db.db
      .insertInto('sources')
      .values({ kind, title: `s${i}`, published_on: `2020-0${i + 1}-01`, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    sourceIds.push(s.id);
  }
});
afterAll(async () => db.close());

describe('coverage from the trigger-kept summary', () => {
  it('equals resolving every series of every region, after inserts, updates and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fact, { maxLength: 40 }), fc.array(edit, { maxLength: 10 }), async (facts, edits) => {
        await db.db.deleteFrom('facts').execute();
        for (const f of facts) {
          const row: NewFact = {
            indicator: f.indicator,
            region: f.region,
            year: f.year,
            value: f.value,
            value_min: f.value_min,
            value_max: f.value_max,
            qualifier: f.qualifier,
            approx: 'exact',
            source_id: sourceIds[f.source]!,
            method: f.method,
            status: f.status,
            created_at: now,
            updated_at: now,
          };
          await db.db.insertInto('facts').values(row).execute();
        }
        // Reviews and corrections change facts in place; the summary follows through the update trigger.
        const ids = (await db.db.selectFrom('facts').select('id').orderBy('id').execute()).map((r) => r.id);
        for (const e of edits) {
          const id = ids[e.at % Math.max(ids.length, 1)];
          if (id === undefined) break;
          if (e.remove) await db.db.deleteFrom('facts').where('id', '=', id).execute();
          else await db.db.updateTable('facts').set({ status: e.status, qualifier: e.qualifier, value: e.value, year: e.year }).where('id', '=', id).execute();
        }
        const fromSql = await coverageByIndicator(db.db);
        for (const indicator of indicators) {
          const expected = [];
          for (const region of regions) {
            const c = coverageOf(region, await acceptedFacts(db.db, { region })).get(indicator);
            if (c) expected.push(c);
          }
          expect(fromSql.get(indicator) ?? []).toEqual(expected);
        }
      }),
      { numRuns: 40 },
    );
  });
});
