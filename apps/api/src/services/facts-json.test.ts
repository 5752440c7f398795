import { FactsQuery, FactsResponse, type FactStatus } from '@chiso/shared';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/connect';
import { seededApp, type TestApp } from '../testing/harness';
import { nowIso } from '../util/time';
import { listFactsCsvRows } from './facts';
import { factsPageBody } from './facts-json';
import { commitExternalChange } from './commit';
import { toFact, toSource } from './views';

/** The list as it was built before the database wrote its JSON: every column as an object, mapped, serialised. */
async function reference(db: Db, q: FactsQuery) {
  let s = db.db.selectFrom('facts');
  if (q.indicator) s = s.where('indicator', '=', q.indicator);
  if (q.region) s = s.where('region', '=', q.region);
  if (q.year !== undefined) s = s.where('year', '=', q.year);
  if (q.source !== undefined) s = s.where('source_id', '=', q.source);
  if (q.status) s = s.where('status', '=', q.status);
  const certainty = sql`coalesce(confidence, 1)`;
  const ordered =
    q.sort === 'confidence' || q.sort === '-confidence'
      ? s.orderBy(certainty, q.sort === 'confidence' ? 'asc' : 'desc').orderBy('source_id').orderBy('span_start').orderBy('id')
      : q.sort === 'position'
        ? s.orderBy('source_id').orderBy('span_start').orderBy('id')
        : s.orderBy('indicator').orderBy('year').orderBy('id');
  const rows = await ordered.selectAll().limit(q.limit).offset(q.offset).execute();
  const count = await s.select(db.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const ids = [...new Set(rows.map((r) => r.source_id))];
  const sources = ids.length ? await db.db.selectFrom('sources').selectAll().where('id', 'in', ids).execute() : [];
  const byId = new Map(sources.map((r) => [r.id, toSource(r)]));
  const facts = rows.map((r) => ({ ...toFact(r), source: byId.get(r.source_id)! }));
  return { facts, total: Number(count.n), limit: q.limit, offset: q.offset };
}

async function body(db: Db, q: FactsQuery): Promise<string> {
  const b = await factsPageBody(db, q);
  return typeof b === 'string' ? b : Buffer.from(b).toString('utf8');
}

/**
 * The new body says the same as the old one: same keys in the same order, same values and types. Parsing and
 * serialising again leaves only what JSON means (e.g. SQLite writes a whole REAL as `34293.0`).
 */
async function expectSameList(db: Db, q: FactsQuery) {
  const expected = JSON.stringify(await reference(db, q));
  const actual = await body(db, q);
  expect(JSON.stringify(FactsResponse.parse(JSON.parse(actual)))).toBe(expected);
  expect(JSON.stringify(JSON.parse(actual))).toBe(expected);
  await expectSameCsvRows(db, q);
}

/** The CSV download's rows: the fact's columns and its source's citation, as the old list gave them. */
async function expectSameCsvRows(db: Db, q: FactsQuery) {
  const { facts } = await reference(db, q);
  const expected = facts.map((f) => ({
    id: f.id,
    indicator: f.indicator,
    region: f.region,
    year: f.year,
    value: f.value,
    value_min: f.value_min,
    value_max: f.value_max,
    qualifier: f.qualifier,
    approx: f.approx,
    change_pct: f.change_pct,
    change_vs_year: f.change_vs_year,
    plan_pct: f.plan_pct,
    method: f.method,
    source_id: f.source_id,
    quote: f.quote,
    source_kind: f.source.kind,
    source_publisher: f.source.publisher,
    source_title: f.source.title,
    source_url: f.source.url,
    source_published: f.source.published_on,
  }));
  expect(await listFactsCsvRows(db.db, q)).toStrictEqual(expected);
  // Read a few rows at a time (as a big export is), the same rows in the same order.
  expect(await listFactsCsvRows(db.db, q, 3)).toStrictEqual(expected);
}

let t: TestApp;
beforeAll(async () => {
  t = await seededApp();
});
afterAll(async () => t.close());

const sorts = ['default', 'confidence', '-confidence', 'position'] as const;

describe('the facts list as JSON built by the database', () => {
  it('is the old list for every order, over all the facts and across page boundaries', async () => {
    for (const sort of sorts) {
      for (const [limit, offset] of [
        [5000, 0],
        [1, 0],
        [7, 3],
        [50, 150],
        [10, 155],
        [10, 9999],
      ] as const) {
        await expectSameList(t.db, FactsQuery.parse({ sort, limit, offset }));
      }
    }
  });

  it('is the old list for any combination of filters, order, limit and offset', async () => {
    const optional = <T>(...values: T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
    const query = fc.record({
      indicator: optional('ict_revenue', 'software_export', 'grdp_share', 'no_such_indicator'),
      region: optional('da-nang', 'ha-noi'),
      year: optional(2018, 2022, 2023, 1999),
      source: optional(1, 2, 12, 59, 99_999),
      status: optional<FactStatus>('accepted', 'pending', 'rejected'),
      sort: fc.constantFrom(...sorts),
      limit: fc.constantFrom(1, 2, 7, 50, 500),
      offset: fc.constantFrom(0, 1, 5, 14, 100, 200),
    });
    await fc.assert(
      fc.asyncProperty(query, async (raw) => expectSameList(t.db, FactsQuery.parse(raw))),
      { numRuns: 150 },
    );
  });

  it('keeps numbers exact and text intact: floats, large and small values, quotes, control characters, NUL', async () => {
    const texts = [
      'Doanh thu đạt 36.571 tỷ đồng, tăng 8,1% so với năm 2022',
      'say "hi" \\ back\\slash </script> \u2028\u2029',
      'controls \u0001\u0008\t\n\r\u000b\u000c\u001f\u007f',
      'NUL a\u0000b',
      'emoji 😀 and a lone surrogate \ud800',
      '',
    ];
    const now = nowIso();
    const source = await t.db.db
      .insertInto('sources')
      .values({
        kind: 'article',
        title: texts[1]!,
        publisher: texts[0]!,
        url: `https://example.org/?q="a"&b=\\`,
        published_on: null,
        region: null,
        report_year: null,
        format: null,
        sha256: null,
        text: texts[3]!,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const values = [0.1 + 0.2, 9.6, 0.8002, 34293, 1e21, 5e-324, 2 ** 53 + 2, -1.5e-7, 123456789.123456789, 1 / 3, 1.7976931348623157e308];
    await t.db.db
      .insertInto('facts')
      .values(
        values.map((value, i) => ({
          indicator: 'ict_revenue',
          region: 'da-nang',
          year: 2000 + i,
          value,
          value_min: i % 2 ? null : -value,
          value_max: i % 3 ? null : value * 2,
          qualifier: 'estimate' as const,
          approx: (['exact', 'over', 'under', 'about'] as const)[i % 4]!,
          change_pct: i % 2 ? 9.6 : -0.8002,
          change_vs_year: i % 2 ? null : 1999 + i,
          plan_pct: i % 2 ? 103.4 : null,
          source_id: source.id,
          span_start: i % 3 ? i : null,
          span_end: i % 3 ? i + 1 : null,
          quote: texts[i % texts.length]!,
          quote_start: 0,
          method: 'manual' as const,
          rule: texts[(i + 1) % texts.length]!,
          confidence: i % 2 ? null : 0.97,
          status: 'pending' as const,
          note: texts[(i + 2) % texts.length]!,
          seed_key: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    await commitExternalChange(t.db.db);
    for (const sort of sorts) await expectSameList(t.db, FactsQuery.parse({ source: source.id, sort }));
    const out = FactsResponse.parse(JSON.parse(await body(t.db, FactsQuery.parse({ source: source.id }))));
    expect(out.facts.map((f) => f.value)).toEqual(values);
    expect(out.facts[1]).toMatchObject({ change_pct: 9.6, plan_pct: 103.4, approx: 'over', confidence: null });
    expect(out.facts[0]).toMatchObject({ change_pct: -0.8002, confidence: 0.97, quote: texts[0] });

    // The stored JSON follows its source and its fact, and goes with a deleted fact.
    await t.db.db.updateTable('sources').set({ title: 'renamed' }).where('id', '=', source.id).execute();
    await t.db.db.deleteFrom('facts').where('id', '=', out.facts[0]!.id).execute();
    await t.db.db.updateTable('facts').set({ note: 'edited' }).where('id', '=', out.facts[1]!.id).execute();
    await commitExternalChange(t.db.db);
    for (const sort of sorts) await expectSameList(t.db, FactsQuery.parse({ source: source.id, sort }));
    const after = FactsResponse.parse(JSON.parse(await body(t.db, FactsQuery.parse({ source: source.id }))));
    expect(after.facts.map((f) => f.source.title)).toEqual(values.slice(1).map(() => 'renamed'));
    expect(after.facts[0]).toMatchObject({ id: out.facts[1]!.id, note: 'edited' });
  });
});
