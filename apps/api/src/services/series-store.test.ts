import { resolveSeries, type Coverage, type DashboardItem, type Indicator } from '@chiso/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/connect';
import type { NewFact } from '../db/schema';
import { seedCatalogue } from '../seed/catalogue';
import { freshDb } from '../testing/harness';
import { fixtureDataDir } from '../testing/fixtures';
import { loadCatalogue } from './catalogue';
import { acceptedFacts, dashboardEntriesOf, seriesOf, type AcceptedFact } from './resolve';
import { commitChange, commitExternalChange } from './commit';
import { refreshReadModel } from './read-model';
import { storedCoverage, storedDashboard, storedSeries } from './series-store';

/** The units of the indicators the properties use (both amounts, as in the catalogue). */
const unitOf = (indicator: string) => (indicator === 'software_export' ? 'million_usd' : 'billion_vnd');

/** Reference: each indicator's coverage in a region, resolved afresh from the region's facts. */
function coverageOf(region: string, facts: readonly AcceptedFact[]): Map<string, Coverage> {
  const out = new Map<string, Coverage>();
  for (const indicator of new Set(facts.map((f) => f.indicator))) {
    const points = resolveSeries(facts.filter((f) => f.indicator === indicator), unitOf(indicator));
    const last = points[points.length - 1];
    if (!last) continue;
    out.set(indicator, { region, first_year: points[0]!.year, last_year: last.year, latest_value: last.value, points: points.length });
  }
  return out;
}

/** Reference: the dashboard of a year (the last by default), resolved afresh from the region's facts. */
function dashboardOf(catalogue: readonly Indicator[], facts: readonly AcceptedFact[], year?: number): { year: number; years: number[]; items: DashboardItem[] } | null {
  const entries = new Map([...new Set(facts.map((f) => f.indicator))].map((key) => [key, dashboardEntriesOf(facts.filter((f) => f.indicator === key), unitOf(key))]));
  const years = [...new Set([...entries.values()].flatMap((e) => [...e.keys()]))].sort((a, b) => a - b);
  const chosen = year ?? years[years.length - 1];
  if (chosen === undefined) return null;
  const items = catalogue.flatMap((indicator) => {
    const e = entries.get(indicator.key)?.get(chosen);
    return e ? [{ indicator, ...e }] : [];
  });
  return { year: chosen, years, items };
}

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
  /** Commit (recompute the read model) after this edit, as a writer would; otherwise the next write does. */
  commit: fc.boolean(),
  /** Re-date one source: what resolution reads of a source changes for all of its facts. */
  redate: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
  status: fc.constantFrom('accepted' as const, 'pending' as const, 'rejected' as const),
  qualifier: fc.constantFrom('actual' as const, 'target' as const),
  value: fc.option(fc.constantFrom(10, 99), { nil: null }),
  year: fc.integer({ min: 2015, max: 2020 }),
});

const redate = fc.option(fc.record({ source: fc.integer({ min: 0, max: 2 }), on: fc.constantFrom('2019-01-01', '2020-06-01', '2022-12-31') }), { nil: null });

let db: Db;
const sourceIds: number[] = [];
beforeAll(async () => {
  db = await freshDb();
  await seedCatalogue(db.db, fixtureDataDir());
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

describe('the read model (series, dashboard, coverage) kept by triggers and refreshes', () => {
  it('equals resolving the facts afresh, after inserts, updates, deletes and re-dated sources, committed in any grouping', async () => {
    const catalogue = await loadCatalogue(db.db);
    const position = (key: string) => catalogue.indicators.findIndex((i) => i.key === key);
    await fc.assert(
      fc.asyncProperty(fc.array(fact, { maxLength: 40 }), fc.array(edit, { maxLength: 10 }), redate, async (facts, edits, redate) => {
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
        await commitExternalChange(db.db);
        // Reviews and corrections change facts in place; the update trigger marks what to recompute.
        const ids = (await db.db.selectFrom('facts').select('id').orderBy('id').execute()).map((r) => r.id);
        for (const e of edits) {
          const id = ids[e.at % Math.max(ids.length, 1)];
          if (id === undefined) break;
          if (e.remove) await db.db.deleteFrom('facts').where('id', '=', id).execute();
          else await db.db.updateTable('facts').set({ status: e.status, qualifier: e.qualifier, value: e.value, year: e.year }).where('id', '=', id).execute();
          if (e.redate !== null) {
            await db.db.updateTable('sources').set({ published_on: `2021-0${(e.at % 9) + 1}-01` }).where('id', '=', sourceIds[e.redate]!).execute();
          }
          if (e.commit) await commitExternalChange(db.db);
        }
        await commitExternalChange(db.db);
        // A source re-dated on its own: only the sources trigger can tell the read model.
        if (redate) {
          await db.db.updateTable('sources').set({ published_on: redate.on }).where('id', '=', sourceIds[redate.source]!).execute();
          await commitExternalChange(db.db);
        }
        expect(await db.db.transaction().execute(refreshReadModel)).toEqual({ series: 0, facts: 0 });

        for (const region of regions) {
          const { coverage } = await storedCoverage(db.db, db.dialect, region, null);
          const expected = coverageOf(region, await acceptedFacts(db.db, { region }));
          for (const indicator of indicators) expect(coverage.get(indicator) ?? [], `${region} ${indicator}`).toEqual(expected.has(indicator) ? [expected.get(indicator)] : []);
        }
        // Each indicator's extent: the provinces with a figure (none of these regions is the country), and their years.
        const { extent } = await storedCoverage(db.db, db.dialect, regions[0]!, null);
        for (const indicator of indicators) {
          const all = [];
          for (const region of regions) {
            const c = coverageOf(region, await acceptedFacts(db.db, { region })).get(indicator);
            if (c) all.push(c);
          }
          expect(extent.get(indicator) ?? null, indicator).toEqual(
            all.length ? { regions: all.length, first_year: Math.min(...all.map((c) => c.first_year)), last_year: Math.max(...all.map((c) => c.last_year)) } : null,
          );
        }
        for (const region of regions) {
          const regionFacts = await acceptedFacts(db.db, { region });
          for (const indicator of indicators) {
            for (const [from, to] of [[undefined, undefined], [2016, 2018]] as const) {
              const s = await storedSeries(db.db, { region, indicator, from, to });
              const expected = seriesOf(await acceptedFacts(db.db, { region, indicator, from, to }), unitOf(indicator));
              expect({ points: s.points.map((p) => JSON.parse(p)), targets: s.targets.map((t) => JSON.parse(t)) }).toEqual(expected);
            }
          }
          const latest = dashboardOf(catalogue.indicators, regionFacts);
          const stored = await storedDashboard(db.db, region);
          expect(stored && { year: stored.year, years: stored.years }).toEqual(latest && { year: latest.year, years: latest.years });
          for (const year of latest?.years ?? []) {
            const expected = dashboardOf(catalogue.indicators, regionFacts, year)!.items.map(({ indicator, ...entry }) => ({ indicator: indicator.key, entry }));
            const got = (await storedDashboard(db.db, region, year))!.entries
              .map((e) => ({ indicator: e.indicator, entry: JSON.parse(e.item) }))
              .sort((a, b) => position(a.indicator) - position(b.indicator));
            expect(got).toEqual(expected);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('a source re-dated on its own', () => {
  it('changes which of two targets stands for the year', async () => {
    await db.db.deleteFrom('facts').execute();
    const target = (source: number, value: number): NewFact => ({
      indicator: 'ict_revenue',
      region: 'da-nang',
      year: 2020,
      value,
      qualifier: 'target',
      approx: 'exact',
      source_id: sourceIds[source]!,
      method: 'curated',
      status: 'accepted',
      created_at: now,
      updated_at: now,
    });
    await db.db.insertInto('facts').values([target(0, 10), target(1, 11)]).execute();
    const stood = async () => (await storedSeries(db.db, { region: 'da-nang', indicator: 'ict_revenue' })).targets.map((t) => JSON.parse(t).value);
    await db.db.updateTable('sources').set({ published_on: '2019-01-01' }).where('id', '=', sourceIds[0]!).execute();
    await commitExternalChange(db.db);
    expect(await stood()).toEqual([11]);
    await db.db.updateTable('sources').set({ published_on: '2023-01-01' }).where('id', '=', sourceIds[0]!).execute();
    await commitExternalChange(db.db);
    expect(await stood()).toEqual([10]);
  });
});

describe('writers at the same time', () => {
  it('each commit leaves the read model equal to resolving the facts afresh (PostgreSQL: concurrent transactions)', async () => {
    await db.db.deleteFrom('facts').execute();
    await commitExternalChange(db.db);
    const writer = (i: number) =>
      commitChange(db.db, async ({ trx }) => {
        await trx
          .insertInto('facts')
          .values({
            indicator: indicators[i % 2]!,
            region: regions[(i >> 1) % 2]!,
            year: 2015 + (i % 3),
            value: 10 + i,
            qualifier: 'actual',
            approx: 'exact',
            source_id: sourceIds[i % 3]!,
            method: 'curated',
            status: 'accepted',
            created_at: now,
            updated_at: now,
          })
          .execute();
      });
    await Promise.all(Array.from({ length: 24 }, (_, i) => writer(i)));
    expect(await db.db.transaction().execute(refreshReadModel)).toEqual({ series: 0, facts: 0 });
    for (const region of regions) {
      for (const indicator of indicators) {
        const s = await storedSeries(db.db, { region, indicator });
        expect(s.points.map((p) => JSON.parse(p))).toEqual(seriesOf(await acceptedFacts(db.db, { region, indicator }), unitOf(indicator)).points);
      }
    }
    expect(Number((await db.db.selectFrom('fact_json').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(24);
  });
});

describe('storedCoverage', () => {
  it('gives back every stored latest value as the same number, whatever its digits (the database writes the JSON)', async () => {
    const region = 'coverage-numbers';
    await db.db.insertInto('regions').values({ key: region, name_vi: 'Số', name_en: 'Numbers' }).onConflict((oc) => oc.doNothing()).execute();
    await fc.assert(
      fc.asyncProperty(fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }), async (value) => {
        await db.db.deleteFrom('series_coverage').where('region', '=', region).execute();
        await db.db
          .insertInto('series_coverage')
          .values({ region, indicator: 'ict_revenue', first_year: 2015, last_year: 2020, latest_value: value, points: 3 })
          .execute();
        const { coverage } = await storedCoverage(db.db, db.dialect, region, null);
        const c = coverage.get('ict_revenue')!;
        // A negative zero comes back as 0, which JSON writes the same.
        expect(c).toEqual([{ region, first_year: 2015, last_year: 2020, latest_value: value === 0 ? 0 : value, points: 3 }]);
        // What the answer writes: the number as JavaScript writes it.
        expect(JSON.stringify(c[0]!.latest_value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 200 },
    );
    await db.db.deleteFrom('series_coverage').where('region', '=', region).execute();
  });
});
