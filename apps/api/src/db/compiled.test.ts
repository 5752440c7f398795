import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../testing/harness';
import { compiledOnce } from './compiled';
import type { Db } from './connect';

let db: Db;
beforeAll(async () => {
  db = await freshDb();
  await db.db
    .insertInto('regions')
    .values([
      { key: 'r-a', name_vi: 'A', name_en: 'A' },
      { key: 'r-b', name_vi: 'B', name_en: 'Bee' },
    ])
    .execute();
});
afterAll(async () => db.close());

describe('compiledOnce', () => {
  it('runs the query compiled the first time with each call’s values', async () => {
    const byKey = compiledOnce((d, key: string, name: string) => d.selectFrom('regions').select('name_en').where('key', '=', key).where('name_vi', '=', name), ['k', 'n']);
    expect((await db.db.executeQuery(byKey(db.db, 'r-a', 'A'))).rows).toEqual([{ name_en: 'A' }]);
    expect((await db.db.executeQuery(byKey(db.db, 'r-b', 'B'))).rows).toEqual([{ name_en: 'Bee' }]);
    expect((await db.db.executeQuery(byKey(db.db, 'r-b', 'A'))).rows).toEqual([]);
    expect(byKey(db.db, 'x', 'y').sql).toBe(byKey(db.db, 'z', 'w').sql);
  });

  it('refuses a query that binds its values in another order or binds others', () => {
    const swapped = compiledOnce((d, key: string, name: string) => d.selectFrom('regions').select('key').where('name_vi', '=', name).where('key', '=', key), ['k', 'n']);
    expect(() => swapped(db.db, 'r-a', 'A')).toThrow(/binds \["n","k"\]/);
    const extra = compiledOnce((d, key: string) => d.selectFrom('regions').select('key').where('key', '=', key).limit(3), ['k']);
    expect(() => extra(db.db, 'r-a')).toThrow(/binds \["k",3\]/);
  });
});
