import type { Db } from '../../apps/api/src/db/connect';
import type { NewFact, NewSource } from '../../apps/api/src/db/schema';
import { factsOf, provinces, sourcesOf, synthetic } from './synthetic';

type Cell = string | number | null;

/**
 * Loads the synthetic provinces in bulk, one transaction per province: on SQLite prepared statements on the raw
 * handle, on PostgreSQL multi-row inserts of 1,000 rows through Kysely.
 */
export async function loadSynthetic(db: Db, indicators: string[], onProvince?: (done: number) => void): Promise<{ sources: number; facts: number }> {
  const now = new Date().toISOString();
  const years = Array.from({ length: synthetic.years }, (_, i) => synthetic.firstYear + i);
  await db.db.insertInto('regions').values(provinces()).onConflict((oc) => oc.column('key').doNothing()).execute();
  let sources = 0;
  let facts = 0;
  for (const [i, prov] of provinces().entries()) {
    const p = i + 1;
    const perProvince = { sources: 0, facts: 0 };
    const build = (insertSources: (rows: NewSource[]) => number[] | Promise<number[]>) => async (emit: (rows: NewFact[]) => void | Promise<void>) => {
      for (const year of years) {
        const ids = await insertSources(sourcesOf(prov.key, year, now));
        perProvince.sources += ids.length;
        for (const [n, key] of indicators.entries()) {
          const rows = factsOf(p, n, key, year, ids, now);
          perProvince.facts += rows.length;
          await emit(rows);
        }
      }
    };
    if (db.sqlite) {
      const sqlite = db.sqlite;
      const insertAll = (table: string, rows: Record<string, Cell>[]): number[] => {
        const cols = Object.keys(rows[0]!);
        const stmt = sqlite.prepare(`insert into ${table} (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`);
        return rows.map((r) => Number(stmt.run(...cols.map((c) => r[c] ?? null)).lastInsertRowid));
      };
      sqlite.exec('begin');
      try {
        await build((rows) => insertAll('sources', rows as unknown as Record<string, Cell>[]))((rows) => {
          insertAll('facts', rows as unknown as Record<string, Cell>[]);
        });
        sqlite.exec('commit');
      } catch (e) {
        sqlite.exec('rollback');
        throw e;
      }
    } else {
      await db.db.transaction().execute(async (trx) => {
        let pending: NewFact[] = [];
        const flush = async () => {
          if (pending.length) await trx.insertInto('facts').values(pending).execute();
          pending = [];
        };
        await build(async (rows) => (await trx.insertInto('sources').values(rows).returning('id').execute()).map((r) => r.id))(async (rows) => {
          pending.push(...rows);
          if (pending.length >= 1000) await flush();
        });
        await flush();
      });
    }
    sources += perProvince.sources;
    facts += perProvince.facts;
    onProvince?.(p);
  }
  return { sources, facts };
}
