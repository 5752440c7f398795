import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/connect';
import { seedCatalogue } from '../seed/catalogue';
import { corpusFile } from '../testing/editors';
import { fixtureDataDir } from '../testing/fixtures';
import { freshDb } from '../testing/harness';
import { sha256 } from '../util/hash';
import { loadCatalogue, type Catalogue } from './catalogue';
import { extractFromBytes } from './extractor';
import { ingestDocument } from './ingest';
import { readDataVersion } from '../db/version';

let db: Db;
let catalogue: Catalogue;
beforeAll(async () => {
  db = await freshDb();
  await seedCatalogue(db.db, fixtureDataDir());
  catalogue = await loadCatalogue(db.db);
});
afterAll(async () => db.close());

async function snapshot() {
  const n = async (table: 'sources' | 'facts' | 'fact_revisions') =>
    Number((await db.db.selectFrom(table).select(db.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { sources: await n('sources'), facts: await n('facts'), revisions: await n('fact_revisions'), version: await readDataVersion(db.db) };
}

describe('ingestDocument', () => {
  const bytes = corpusFile('danang-2019-review.txt');
  const input = { bytes, region: 'da-nang', actor: 'test' };

  it('a failure in the middle of storing the facts leaves no trace: no source, no facts, no revisions, same data version', async () => {
    const { facts } = await extractFromBytes(bytes, { region: 'da-nang', catalogue: catalogue.indicators, published: null, title: null });
    expect(facts.length).toBeGreaterThanOrEqual(2);
    const failAt = Math.floor(facts.length / 2);
    const before = await snapshot();
    const inserted: number[] = [];
    await expect(
      ingestDocument(db.db, catalogue, input, {
        afterFactInserted: (i) => {
          inserted.push(i);
          if (i === failAt) throw new Error('disk full (injected)');
        },
      }),
    ).rejects.toThrow('disk full (injected)');
    // The failure came after some facts had been written inside the transaction.
    expect(inserted).toHaveLength(failAt + 1);
    expect(await snapshot()).toEqual(before);
    expect(await db.db.selectFrom('sources').select('id').where('sha256', '=', sha256(bytes)).executeTakeFirst()).toBeUndefined();
  });

  it('the same document then goes in whole, once', async () => {
    const first = await ingestDocument(db.db, catalogue, input);
    expect(first.created).toBe(true);
    expect(first.facts.accepted + first.facts.pending).toBeGreaterThanOrEqual(2);
    const stored = await snapshot();
    const second = await ingestDocument(db.db, catalogue, { ...input, actor: 'someone else' });
    expect(second).toMatchObject({ created: false, source: { id: first.source.id }, facts: first.facts });
    expect(await snapshot()).toEqual(stored);
  });
});
