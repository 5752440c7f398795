import { Indicator, Region } from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { HttpProblem } from '../http/problem';

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

/** The region of a key, or a 404 that lists the known ones. */
export function requireRegion(catalogue: Catalogue, key: string): Region {
  const region = catalogue.regionByKey.get(key);
  if (!region) {
    throw new HttpProblem(404, `There is no region "${key}". Known regions: ${[...catalogue.regionByKey.keys()].join(', ')}.`);
  }
  return region;
}

/** The indicator of a key, or a 404 that points at the catalogue. */
export function requireIndicator(catalogue: Catalogue, key: string): Indicator {
  const indicator = catalogue.indicatorByKey.get(key);
  if (!indicator) throw new HttpProblem(404, `There is no indicator "${key}". GET /api/v1/indicators lists the catalogue.`);
  return indicator;
}

/** The keys once each, or a 404 naming every one the catalogue does not hold. */
export function requireRegions(catalogue: Catalogue, keys: readonly string[]): string[] {
  const unknown = keys.filter((k) => !catalogue.regionByKey.has(k));
  if (unknown.length) throw new HttpProblem(404, `There is no region ${unknown.map((k) => `"${k}"`).join(', ')}. GET /api/v1/regions lists them.`);
  return [...new Set(keys)];
}
