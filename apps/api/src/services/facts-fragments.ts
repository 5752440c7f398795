import type { FactsQuery } from '@chiso/shared';
import type { Db } from '../db/connect';
import { pageRows, pageTotal, type PageRow } from './facts-json';

/** The JSON text of facts by id, as of one data version of one database. */
interface Kept {
  version: string;
  byId: Map<number, string>;
}

const MAX_KEPT = 10_000;
const kept = new WeakMap<Db, Kept>();

/**
 * The facts of a page as JSON texts (toFact with toSource), and how many match the filter.
 *
 * The text of a fact is kept for the data version its statement read, so a page whose facts were all served before
 * costs the query of its ids only: ids and version come from one statement, so they agree with the kept texts
 * exactly when the version is the same (every write bumps it in its transaction).
 */
export async function factsPage(db: Db, q: FactsQuery): Promise<{ facts: string[]; total: number }> {
  const texts = kept.get(db);
  if (texts) {
    const rows = await pageRows(db, q, true);
    if (rows.length === 0) return { facts: [], total: await pageTotal(db, q, rows) };
    const facts = rows[0]!.version === texts.version ? rows.map((r) => texts.byId.get(r.id)) : [];
    if (facts.length && facts.every((f): f is string => f !== undefined)) return { facts, total: Number(rows[0]!.total) };
  }
  const rows = await pageRows(db, q);
  keep(db, rows);
  return { facts: rows.map((r) => r.json!), total: await pageTotal(db, q, rows) };
}

function keep(db: Db, rows: PageRow[]) {
  const version = rows[0]?.version;
  if (!version) return;
  let texts = kept.get(db);
  if (!texts || texts.version !== version || texts.byId.size + rows.length > MAX_KEPT) {
    texts = { version, byId: new Map() };
    kept.set(db, texts);
  }
  for (const r of rows) texts.byId.set(r.id, r.json!);
}
