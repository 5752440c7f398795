import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Indicator, Region, catalogueProblems, defaultRegionKey, parseCsvStrict } from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Loads the catalogue (indicators, regions) from the data folder; rows that changed are updated in place. A row
 * that does not parse, a broken lineage, a name two regions share or a default region (data/settings.json)
 * outside the catalogue stops the start with every problem named: figures are attributed through it.
 */
export async function seedCatalogue(db: Kysely<Database>, dataDir: string): Promise<{ indicators: number; regions: number }> {
  const indicators = parseCsvStrict(readFileSync(join(dataDir, 'indicators.csv'), 'utf8'), Indicator, 'indicators.csv');
  const regions = parseCsvStrict(readFileSync(join(dataDir, 'regions.csv'), 'utf8'), Region, 'regions.csv');
  const problems = catalogueProblems(regions, defaultRegionKey);
  if (problems.length) throw new Error(`regions.csv: ${problems.join('; ')}`);
  await db.transaction().execute(async (trx) => {
    for (const r of regions) {
      const row = { ...r, aliases: r.aliases.join('|') };
      await trx
        .insertInto('regions')
        .values(row)
        .onConflict((oc) => oc.column('key').doUpdateSet(row))
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
