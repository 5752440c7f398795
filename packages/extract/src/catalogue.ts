import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Indicator, Region, parseCsvStrict } from '@chiso/shared';

/** The indicators of a catalogue CSV (`data/indicators.csv`), validated. */
export function parseCatalogue(csv: string): Indicator[] {
  return parseCsvStrict(csv, Indicator, 'indicators.csv');
}

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
let cached: Indicator[] | undefined;

/** The project's catalogue, read once from `data/indicators.csv` at the repository root. */
export function defaultCatalogue(): Indicator[] {
  cached ??= parseCatalogue(readFileSync(join(repoRoot, 'data', 'indicators.csv'), 'utf8'));
  return cached;
}

let regions: Region[] | undefined;

/** The project's regions (country, current and former provinces, with aliases), read once from `data/regions.csv`. */
export function defaultRegions(): Region[] {
  regions ??= parseCsvStrict(readFileSync(join(repoRoot, 'data', 'regions.csv'), 'utf8'), Region, 'regions.csv');
  return regions;
}
