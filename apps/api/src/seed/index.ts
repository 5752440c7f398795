import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { loadCatalogue, type Catalogue } from '../services/catalogue';
import { importCitedFacts, type CitedImportReport } from '../services/cited';
import { seedCatalogue } from './catalogue';
import { seedReports } from './reports';
import { seedSourceTitles, type SourceTitlesReport } from './sources';

export interface SeedSummary {
  indicators: number;
  regions: number;
  cited: Record<string, CitedImportReport>;
  sources: SourceTitlesReport;
  reports: { file: string; created: boolean; accepted: number; pending: number }[];
  catalogue: Catalogue;
}

/** Loads everything under `data/`: catalogue, cited figures, the cited articles' titles, reports. Safe to run on every start. */
export async function seedAll(db: Kysely<Database>, dataDir: string): Promise<SeedSummary> {
  const counts = await seedCatalogue(db, dataDir);
  const catalogue = await loadCatalogue(db);
  const cited: Record<string, CitedImportReport> = {};
  const factsDir = join(dataDir, 'facts');
  for (const file of readdirSync(factsDir).filter((f) => f.endsWith('.csv')).sort()) {
    cited[file] = await importCitedFacts(db, catalogue, readFileSync(join(factsDir, file), 'utf8'), {
      actor: 'seed',
      keyPrefix: `seed:${file}`,
      retireMissing: true,
    });
  }
  const sources = await seedSourceTitles(db, dataDir);
  const reports = (await seedReports(db, catalogue, dataDir)).map(({ file, result }) => ({
    file,
    created: result.created,
    accepted: result.facts.accepted,
    pending: result.facts.pending,
  }));
  return { ...counts, cited, sources, reports, catalogue };
}
