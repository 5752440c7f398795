import { CitedFactRow, figureProblems, lineageOf, outletFromUrl, parseCsv } from '@chiso/shared';
import type { Kysely, Transaction } from 'kysely';
import type { Database, FactRow, NewFact } from '../db/schema';
import { nowIso } from '../util/time';
import type { Catalogue } from './catalogue';
import { commitChange } from './commit';

export interface RowProblem {
  line: number;
  errors: string[];
}

export interface CitedImportReport {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  retired: number;
  invalid: RowProblem[];
}

export interface CitedImportOptions {
  actor: string;
  /** Prefix of the keys that tie each row to its fact across imports (`seed:danang-facts.csv`). */
  keyPrefix: string;
  /** Facts with the prefix whose row is gone from the file are rejected (with a revision), never deleted. */
  retireMissing?: boolean;
}

const compared = ['value', 'approx', 'change_pct', 'change_vs_year', 'plan_pct', 'note', 'public_note_vi', 'public_note_en', 'denominator'] as const;

/** Validates each row on its own: the schema, then the catalogue (indicator, unit, and the region in the figure's year). */
export function validateCitedCsv(
  text: string,
  catalogue: Catalogue,
): { valid: { line: number; row: CitedFactRow }[]; invalid: RowProblem[]; rows: number } {
  const { columns, records, errors } = parseCsv(text);
  const invalid: RowProblem[] = errors.map((e) => ({ line: e.line, errors: [e.message.replace(/^line \d+: /, '')] }));
  const missing = ['region', 'indicator', 'year', 'value', 'unit', 'qualifier', 'source_url'].filter((c) => !columns.includes(c));
  if (missing.length) {
    return { valid: [], invalid: [{ line: 1, errors: [`missing columns: ${missing.join(', ')}`] }], rows: records.length };
  }
  const valid: { line: number; row: CitedFactRow }[] = [];
  const lineage = lineageOf(catalogue.regions);
  for (const rec of records) {
    const values = { approx: '', change_pct: '', change_vs_year: '', plan_pct: '', source_published: '', note: '', public_note_vi: '', public_note_en: '', denominator: '', territory_as_of: '', ...rec.values };
    const parsed = CitedFactRow.safeParse(values);
    if (!parsed.success) {
      invalid.push({ line: rec.line, errors: parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`) });
      continue;
    }
    const row = parsed.data;
    const problems: string[] = [];
    const indicator = catalogue.indicatorByKey.get(row.indicator);
    if (!indicator) problems.push(`indicator: "${row.indicator}" is not in the catalogue`);
    else if (indicator.unit !== row.unit) problems.push(`unit: ${row.indicator} is measured in ${indicator.unit}, not ${row.unit}`);
    if (!catalogue.regionByKey.has(row.region)) problems.push(`region: "${row.region}" is not a known region`);
    else if (indicator?.unit === row.unit) problems.push(...figureProblems(lineage, indicator, row));
    if (problems.length) invalid.push({ line: rec.line, errors: problems });
    else valid.push({ line: rec.line, row });
  }
  invalid.sort((a, b) => a.line - b.line);
  return { valid, invalid, rows: records.length + errors.length };
}

/** Splits a list into parts of at most `size`, for statements whose parameters must stay within the databases' limits. */
function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The article source of each URL the rows cite: found (given the publication date a row states if it had none), or
 * stored once from the URL's first row, its outlet taken from the URL's host.
 */
async function articleSources(trx: Transaction<Database>, rows: readonly CitedFactRow[]): Promise<Map<string, number>> {
  const first = new Map<string, CitedFactRow>();
  const published = new Map<string, string>();
  for (const r of rows) {
    if (!first.has(r.source_url)) first.set(r.source_url, r);
    if (r.source_published && !published.has(r.source_url)) published.set(r.source_url, r.source_published);
  }
  const ids = new Map<string, number>();
  for (const urls of chunks([...first.keys()], 500)) {
    const found = await trx.selectFrom('sources').select(['id', 'url', 'published_on']).where('kind', '=', 'article').where('url', 'in', urls).orderBy('id').execute();
    for (const f of found) {
      if (ids.has(f.url!)) continue;
      ids.set(f.url!, f.id);
      const date = published.get(f.url!);
      if (!f.published_on && date) await trx.updateTable('sources').set({ published_on: date }).where('id', '=', f.id).execute();
    }
  }
  const created = nowIso();
  for (const urls of chunks([...first.keys()].filter((u) => !ids.has(u)), 200)) {
    const stored = await trx
      .insertInto('sources')
      .values(
        urls.map((url) => ({
          kind: 'article' as const,
          title: null,
          publisher: outletFromUrl(url),
          url,
          published_on: published.get(url) ?? null,
          region: first.get(url)!.region,
          report_year: null,
          format: null,
          sha256: null,
          text: null,
          created_at: created,
        })),
      )
      .returning(['id', 'url'])
      .execute();
    for (const s of stored) ids.set(s.url!, s.id);
  }
  return ids;
}

/**
 * Imports cited figures as accepted, curated facts. Each row is keyed (prefix, URL, region, indicator, year,
 * qualifier, the map of its territory when given, occurrence), so importing the same file again adds nothing and a
 * changed row updates its fact with a revision.
 */
export async function importCitedFacts(
  db: Kysely<Database>,
  catalogue: Catalogue,
  text: string,
  opts: CitedImportOptions,
): Promise<CitedImportReport> {
  const { valid, invalid, rows } = validateCitedCsv(text, catalogue);
  const report: CitedImportReport = { rows, inserted: 0, updated: 0, unchanged: 0, retired: 0, invalid };
  const seen = new Map<string, number>();
  const keyed = valid.map(({ row }) => {
    const territory = row.territory_as_of ? `|${row.territory_as_of}` : '';
    const base = `${opts.keyPrefix}|${row.source_url}|${row.region}|${row.indicator}|${row.year}|${row.qualifier}${territory}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { row, key: `${base}|${n}` };
  });
  const keys = new Set(keyed.map((k) => k.key));
  await commitChange(db, async ({ trx, revise, reviseAll }) => {
    // The facts the rows stand for, read in a few queries rather than one per row (a start reads every file again).
    const stored = new Map<string, FactRow>();
    for (const part of chunks(keyed, 500)) {
      const found = await trx.selectFrom('facts').selectAll().where('seed_key', 'in', part.map((k) => k.key)).execute();
      for (const f of found) stored.set(f.seed_key!, f);
    }
    const fields = (row: CitedFactRow) => ({
      value: row.value,
      approx: row.approx,
      change_pct: row.change_pct,
      change_vs_year: row.change_vs_year,
      plan_pct: row.plan_pct,
      note: row.note,
      public_note_vi: row.public_note_vi,
      public_note_en: row.public_note_en,
      denominator: row.denominator,
    });
    const now = nowIso();
    const fresh = keyed.filter((k) => !stored.has(k.key));
    const sources = await articleSources(trx, fresh.map((k) => k.row));
    // New rows go in a few statements, in file order, each with its create revision.
    for (const part of chunks(fresh, 200)) {
      const facts = part.map(
        ({ row, key }): NewFact => ({
          indicator: row.indicator,
          region: row.region,
          year: row.year,
          value_min: null,
          value_max: null,
          qualifier: row.qualifier,
          ...fields(row),
          territory_as_of: row.territory_as_of,
          source_id: sources.get(row.source_url)!,
          span_start: null,
          span_end: null,
          quote: null,
          quote_start: null,
          method: 'curated',
          rule: null,
          confidence: 1,
          status: 'accepted',
          seed_key: key,
          created_at: now,
          updated_at: now,
        }),
      );
      const inserted = await trx.insertInto('facts').values(facts).returningAll().execute();
      await reviseAll(inserted.map((after) => ({ fact_id: after.id, action: 'create', actor: opts.actor, before: null, after })));
      report.inserted += inserted.length;
    }
    for (const { row, key } of keyed) {
      const existing = stored.get(key);
      if (!existing) continue;
      const next = fields(row);
      const changed = compared.some((c) => existing[c] !== next[c]) || existing.status !== 'accepted';
      if (!changed) {
        report.unchanged++;
        continue;
      }
      const after = await trx
        .updateTable('facts')
        .set({ ...next, status: 'accepted', updated_at: now })
        .where('id', '=', existing.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await revise({ fact_id: existing.id, action: 'update', actor: opts.actor, before: existing, after });
      report.updated++;
    }
    // A broken row must not retire the fact it stood for: retire only when the whole file is valid.
    if (opts.retireMissing && invalid.length === 0) {
      const stale = await trx
        .selectFrom('facts')
        .selectAll()
        .where('seed_key', 'like', `${opts.keyPrefix}|%`)
        .where('status', '!=', 'rejected')
        .execute();
      for (const f of stale.filter((f) => !keys.has(f.seed_key!))) {
        const after = await trx
          .updateTable('facts')
          .set({ status: 'rejected', updated_at: nowIso() })
          .where('id', '=', f.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await revise({
          fact_id: f.id,
          action: 'retire',
          actor: opts.actor,
          reason: 'the row is no longer in the file',
          before: f,
          after,
        });
        report.retired++;
      }
    }
  });
  return report;
}
