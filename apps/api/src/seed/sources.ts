import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, PartialDate } from '@chiso/shared';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema';
import { commitExternalChange } from '../services/commit';

/** One row of `data/sources/*.csv`: what is known of a cited article, found by reading it (`found`), or not. */
const SourceRow = z.object({
  source_url: z.url({ protocol: /^https?$/ }),
  title: z.string().trim(),
  outlet: z.string().trim().min(1, 'every source has an outlet'),
  published: z.union([z.literal(''), PartialDate]),
  language: z.enum(['vi', 'en']),
  found: z.enum(['yes', 'no']),
});

export interface SourceTitlesReport {
  rows: number;
  updated: number;
  /** What the check of the file found: rows that could not be used, and articles the file leaves out. */
  problems: string[];
}

/**
 * Gives cited articles their real titles and outlet names from `data/sources/*.csv`, checking the file as it goes:
 * a bad row, a URL twice, a URL no figure cites, a cited URL the file lacks, a date that disagrees with the figures'.
 * A source without a title keeps none (it is shown by outlet and date), never one guessed from its address. A data
 * folder without `sources/` (a province that has not researched its articles yet) is not checked.
 */
export async function seedSourceTitles(db: Kysely<Database>, dataDir: string): Promise<SourceTitlesReport> {
  const dir = join(dataDir, 'sources');
  const report: SourceTitlesReport = { rows: 0, updated: 0, problems: [] };
  if (!existsSync(dir)) return report;
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
  const seen = new Set<string>();
  const articles = await db.selectFrom('sources').select(['id', 'url', 'title', 'publisher', 'published_on']).where('kind', '=', 'article').execute();
  const byUrl = new Map(articles.flatMap((a) => (a.url ? [[a.url, a] as const] : [])));
  for (const file of files) {
    const { records, errors } = parseCsv(readFileSync(join(dir, file), 'utf8'));
    for (const e of errors) report.problems.push(`${file} ${e.message}`);
    for (const rec of records) {
      report.rows++;
      const parsed = SourceRow.safeParse(rec.values);
      if (!parsed.success) {
        report.problems.push(`${file} line ${rec.line}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        continue;
      }
      const row = parsed.data;
      if (seen.has(row.source_url)) report.problems.push(`${file} line ${rec.line}: ${row.source_url} is listed twice`);
      seen.add(row.source_url);
      const source = byUrl.get(row.source_url);
      if (!source) {
        report.problems.push(`${file} line ${rec.line}: no figure cites ${row.source_url}`);
        continue;
      }
      if (row.found === 'no' && row.title) report.problems.push(`${file} line ${rec.line}: a title for an article that was not found`);
      if (row.published && source.published_on && !row.published.startsWith(source.published_on) && !source.published_on.startsWith(row.published)) {
        report.problems.push(`${file} line ${rec.line}: published ${row.published}, the figures say ${source.published_on}`);
      }
      const title = row.found === 'yes' && row.title ? row.title : null;
      // A date the file knows more precisely than the figures (2024-01-16 for 2024-01) is the better one.
      const published = row.published.length > (source.published_on ?? '').length ? row.published : source.published_on;
      if (title === source.title && row.outlet === source.publisher && published === source.published_on) continue;
      await db.updateTable('sources').set({ title, publisher: row.outlet, published_on: published }).where('id', '=', source.id).execute();
      report.updated++;
    }
  }
  for (const url of byUrl.keys()) if (!seen.has(url)) report.problems.push(`sources/: no row for the cited ${url}`);
  // A source's title is part of every fact's stored JSON: the read model follows.
  if (report.updated) await commitExternalChange(db);
  return report;
}
