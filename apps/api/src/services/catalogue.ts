import { Indicator, Region } from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface Catalogue {
  indicators: Indicator[];
  regions: Region[];
  indicatorByKey: Map<string, Indicator>;
  regionByKey: Map<string, Region>;
}

export async function loadCatalogue(db: Kysely<Database>): Promise<Catalogue> {
  const indicators = (await db.selectFrom('indicators').selectAll().orderBy('position').execute()).map((r) => Indicator.parse(r));
  const regions = (await db.selectFrom('regions').selectAll().orderBy('key').execute()).map((r) => Region.parse(r));
  return {
    indicators,
    regions,
    indicatorByKey: new Map(indicators.map((i) => [i.key, i])),
    regionByKey: new Map(regions.map((r) => [r.key, r])),
  };
}
