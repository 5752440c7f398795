import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Indicator, Region, parseCsv } from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

function readRows<T>(file: string, schema: { parse(v: unknown): T }): T[] {
  const { records, errors } = parseCsv(readFileSync(file, 'utf8'));
  if (errors.length) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
  return records.map((r) => {
    try {
      return schema.parse(r.values);
    } catch (e) {
      throw new Error(`${file} line ${r.line}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}

/** Loads the catalogue (indicators, regions) from the data folder; rows that changed are updated in place. */
export async function seedCatalogue(db: Kysely<Database>, dataDir: string): Promise<{ indicators: number; regions: number }> {
  const indicators = readRows(join(dataDir, 'indicators.csv'), Indicator);
  const regions = readRows(join(dataDir, 'regions.csv'), Region);
  await db.transaction().execute(async (trx) => {
    for (const r of regions) {
      await trx
        .insertInto('regions')
        .values(r)
        .onConflict((oc) => oc.column('key').doUpdateSet({ name_vi: r.name_vi, name_en: r.name_en }))
        .execute();
    }
    for (const [position, i] of indicators.entries()) {
      const row = { ...i, position };
      await trx
        .insertInto('indicators')
        .values(row)
        .onConflict((oc) => oc.column('key').doUpdateSet(row))
        .execute();
    }
  });
  return { indicators: indicators.length, regions: regions.length };
}
