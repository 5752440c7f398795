import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from './connect';
import { freshDb } from '../testing/harness';

describe('a NUL character in text', () => {
  let db: Db | undefined;
  afterEach(async () => db?.close());

  it('never makes a write fail, on either database', async () => {
    db = await freshDb();
    await db.db.insertInto('regions').values({ key: 'nul-test', name_vi: 'a\u0000b', name_en: 'x' }).execute();
    await db.db.updateTable('regions').set({ name_en: 'c\u0000d' }).where('key', '=', 'nul-test').execute();
    const row = await db.db.selectFrom('regions').selectAll().where('key', '=', 'nul-test').executeTakeFirstOrThrow();
    const expected = db.dialect === 'postgres' ? ['a\ufffdb', 'c\ufffdd'] : ['a\u0000b', 'c\u0000d'];
    expect([row.name_vi, row.name_en]).toEqual(expected);
  });
});
