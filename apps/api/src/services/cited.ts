import {
  CitedFactRow,
  CsvError,
  attributionProblems,
  figureProblems,
  lineageOf,
  maxFiguresPerYear,
  maxListedProblems,
  outletFromUrl,
  readCsv,
  type CitedUploadReport,
} from '@chiso/shared';
import type { Kysely, Transaction } from 'kysely';
import type { Database, FactRow, NewFact } from '../db/schema';
import { nowIso } from '../util/time';
import type { Catalogue } from './catalogue';
import { announceChange, commitChange, type Change } from './commit';
import { TimeSlice } from './time-slice';

export interface RowProblem {
  line: number;
  errors: string[];
}

export interface CitedImportReport extends CitedUploadReport {
  retired: number;
}

export interface CitedImportOptions {
  actor: string;
  /** Prefix of the keys that tie each row to its fact across imports (`seed:danang-facts.csv`). */
  keyPrefix: string;
  /** Facts with the prefix whose row is gone from the file are rejected (with a revision), never deleted. */
  retireMissing?: boolean;
  /** The uploaded file as a source: every fact the import creates or changes points to it (`facts.upload_id`). */
  uploadId?: number | null;
  /**
   * Called inside each step's transaction with the rows handled so far: the import job records its progress with
   * the rows it reports.
   */
  progress?: (trx: Transaction<Database>, done: number, total: number) => Promise<void>;
}

const compared = ['value', 'approx', 'change_pct', 'change_vs_year', 'plan_pct', 'note', 'public_note_vi', 'public_note_en', 'denominator'] as const;

/**
 * Rows written per transaction, and the (region, indicator, year)s one may touch: each is resolved again in it. A
 * transaction holds SQLite's one connection, so every other request waits for the step: small steps keep /healthz
 * and reads answered during a big import (npm run bench -- writes).
 */
const STEP_ROWS = 100;
const STEP_YEARS = 4;
/**
 * The steps' data version is replaced at most this often, and after the last step: read caches keep their answers
 * between (lagging the import by at most this), instead of computing them again after every step; a big import's
 * series are large, and each computation holds the event loop (decision 0064).
 */
const ANNOUNCE_MS = 5000;

interface ValidRow {
  line: number;
  row: CitedFactRow;
  key: string;
}

/** The problems of a file, every one counted, the first maxListedProblems listed in line order. */
class Problems {
  readonly listed: RowProblem[] = [];
  total = 0;

  add(line: number, errors: string[]): void {
    this.total++;
    this.listed.push({ line, errors });
    if (this.listed.length > maxListedProblems * 2) this.trim();
  }

  trim(): RowProblem[] {
    this.listed.sort((a, b) => a.line - b.line);
    this.listed.length = Math.min(this.listed.length, maxListedProblems);
    return this.listed;
  }
}

/**
 * Validates each row on its own: the CSV, the schema, then the catalogue (indicator, region, unit) and what a figure
 * of the unit can be. Reads the file a row at a time and lets the event loop run between slices of it.
 */
async function validateCitedCsv(text: string, catalogue: Catalogue, keyPrefix: string, problems: Problems): Promise<{ valid: ValidRow[]; rows: number }> {
  const { columns, entries } = readCsv(text);
  const missing = ['region', 'indicator', 'year', 'value', 'unit', 'qualifier', 'source_url'].filter((c) => !columns.includes(c));
  if (missing.length) {
    let rows = 0;
    for (const _ of entries) rows++;
    problems.add(1, [`missing columns: ${missing.join(', ')}`]);
    return { valid: [], rows };
  }
  const valid: ValidRow[] = [];
  const seen = new Map<string, number>();
  const lineage = lineageOf(catalogue.regions);
  const slice = new TimeSlice();
  let rows = 0;
  for (const rec of entries) {
    rows++;
    if (slice.due()) await slice.pause();
    if (rec instanceof CsvError) {
      problems.add(rec.line, [rec.message.replace(/^line \d+: /, '')]);
      continue;
    }
    const values = { approx: '', change_pct: '', change_vs_year: '', plan_pct: '', source_published: '', note: '', public_note_vi: '', public_note_en: '', denominator: '', territory_as_of: '', ...rec.values };
    const parsed = CitedFactRow.safeParse(values);
    if (!parsed.success) {
      problems.add(rec.line, parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`));
      continue;
    }
    const row = parsed.data;
    const errors: string[] = [];
    const indicator = catalogue.indicatorByKey.get(row.indicator);
    if (!indicator) errors.push(`indicator: "${row.indicator}" is not in the catalogue`);
    else if (indicator.unit !== row.unit) errors.push(`unit: ${row.indicator} is measured in ${indicator.unit}, not ${row.unit}`);
    else errors.push(...figureProblems(indicator.unit, row));
    if (!catalogue.regionByKey.has(row.region)) errors.push(`region: "${row.region}" is not a known region`);
    else if (indicator) errors.push(...attributionProblems(lineage, indicator, row));
    if (errors.length) {
      problems.add(rec.line, errors);
      continue;
    }
    // The key of a row: the same figure of the same article stated twice in a file is two facts.
    const territory = row.territory_as_of ? `|${row.territory_as_of}` : '';
    const base = `${keyPrefix}|${row.source_url}|${row.region}|${row.indicator}|${row.year}|${row.qualifier}${territory}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    valid.push({ line: rec.line, row, key: `${base}|${n}` });
  }
  return { valid, rows };
}

const yearOf = (r: CitedFactRow) => `${r.region}\n${r.indicator}\n${r.year}`;

/** The valid rows in (region, indicator, year) order, cut into steps of at most STEP_ROWS rows and STEP_YEARS years. */
function steps(valid: ValidRow[]): ValidRow[][] {
  const sorted = [...valid].sort((a, b) => {
    const ya = yearOf(a.row);
    const yb = yearOf(b.row);
    return ya < yb ? -1 : ya > yb ? 1 : a.line - b.line;
  });
  const out: ValidRow[][] = [];
  let step: ValidRow[] = [];
  let years = new Set<string>();
  for (const v of sorted) {
    const y = yearOf(v.row);
    if (step.length >= STEP_ROWS || (!years.has(y) && years.size >= STEP_YEARS)) {
      out.push(step);
      step = [];
      years = new Set();
    }
    step.push(v);
    years.add(y);
  }
  if (step.length) out.push(step);
  return out;
}

/** The article each URL names, created (untitled, its outlet from the URL) where there is none yet. */
async function articleSources(trx: Transaction<Database>, rows: CitedFactRow[]): Promise<Map<string, number>> {
  const urls = [...new Set(rows.map((r) => r.source_url))];
  const found = await trx.selectFrom('sources').select(['id', 'url', 'published_on']).where('kind', '=', 'article').where('url', 'in', urls).orderBy('id').execute();
  const ids = new Map<string, number>();
  const dated = new Map<string, string | null>();
  for (const s of found) {
    if (ids.has(s.url!)) continue;
    ids.set(s.url!, s.id);
    dated.set(s.url!, s.published_on);
  }
  for (const r of rows) {
    // An article known without a date gets the first date a row gives it.
    if (ids.has(r.source_url) && dated.get(r.source_url) === null && r.source_published) {
      await trx.updateTable('sources').set({ published_on: r.source_published }).where('id', '=', ids.get(r.source_url)!).execute();
      dated.set(r.source_url, r.source_published);
    }
  }
  const missing = urls.filter((u) => !ids.has(u));
  if (missing.length) {
    const first = new Map<string, CitedFactRow>();
    for (const r of rows) if (!first.has(r.source_url)) first.set(r.source_url, r);
    const now = nowIso();
    const created = await trx
      .insertInto('sources')
      .values(
        missing.map((url) => {
          const r = first.get(url)!;
          return { kind: 'article' as const, title: null, publisher: outletFromUrl(url), url, published_on: r.source_published, region: r.region, report_year: null, format: null, sha256: null, text: null, created_at: now };
        }),
      )
      .returning(['id', 'url'])
      .execute();
    for (const s of created) ids.set(s.url!, s.id);
  }
  return ids;
}

/** Accepted figures of each (region, indicator, year) of a step, for the per-year bound. */
async function acceptedPerYear(trx: Transaction<Database>, step: ValidRow[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const y of new Set(step.map((v) => yearOf(v.row)))) {
    const [region, indicator, year] = y.split('\n');
    const row = await trx
      .selectFrom('facts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('region', '=', region!)
      .where('status', '=', 'accepted')
      .where('indicator', '=', indicator!)
      .where('year', '=', Number(year))
      .executeTakeFirstOrThrow();
    counts.set(y, Number(row.n));
  }
  return counts;
}

/** Writes one step's rows: new facts in one statement, changed ones each with their revision. */
async function writeStep(change: Change, step: ValidRow[], opts: CitedImportOptions, report: CitedImportReport, problems: Problems): Promise<void> {
  const { trx, revise } = change;
  const existing = new Map(
    (await trx.selectFrom('facts').selectAll().where('seed_key', 'in', step.map((v) => v.key)).execute()).map((f) => [f.seed_key!, f] as const),
  );
  const perYear = await acceptedPerYear(trx, step);
  const admit = (v: ValidRow, before: FactRow | undefined): boolean => {
    if (before?.status === 'accepted') return true;
    const y = yearOf(v.row);
    const n = perYear.get(y)!;
    if (n >= maxFiguresPerYear) {
      problems.add(v.line, [`${v.row.region}, ${v.row.indicator}, ${v.row.year} has ${maxFiguresPerYear} accepted figures already, the most one year may have`]);
      return false;
    }
    perYear.set(y, n + 1);
    return true;
  };
  const now = nowIso();
  const fieldsOf = (row: CitedFactRow) => ({
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
  const fresh: ValidRow[] = [];
  for (const v of step) {
    const before = existing.get(v.key);
    if (!before) {
      if (admit(v, undefined)) fresh.push(v);
      continue;
    }
    const fields = fieldsOf(v.row);
    const changed = compared.some((c) => before[c] !== fields[c]) || before.status !== 'accepted';
    if (!changed) {
      report.unchanged++;
      continue;
    }
    if (!admit(v, before)) continue;
    const after = await trx
      .updateTable('facts')
      .set({ ...fields, status: 'accepted', updated_at: now, ...(opts.uploadId ? { upload_id: opts.uploadId } : {}) })
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await revise({ fact_id: before.id, action: 'update', actor: opts.actor, before, after });
    report.updated++;
  }
  if (!fresh.length) return;
  const articles = await articleSources(
    trx,
    fresh.map((v) => v.row),
  );
  const rows: NewFact[] = fresh.map(({ row, key }) => ({
    indicator: row.indicator,
    region: row.region,
    year: row.year,
    value_min: null,
    value_max: null,
    qualifier: row.qualifier,
    ...fieldsOf(row),
    territory_as_of: row.territory_as_of,
    source_id: articles.get(row.source_url)!,
    span_start: null,
    span_end: null,
    quote: null,
    quote_start: null,
    method: 'curated',
    rule: null,
    confidence: 1,
    status: 'accepted',
    seed_key: key,
    upload_id: opts.uploadId ?? null,
    created_at: now,
    updated_at: now,
  }));
  for (const after of await trx.insertInto('facts').values(rows).returningAll().execute()) {
    await revise({ fact_id: after.id, action: 'create', actor: opts.actor, before: null, after });
  }
  report.inserted += rows.length;
}

/** Rejects (with a revision) the facts of the prefix whose row is gone from the file. */
async function retireMissing(db: Kysely<Database>, keys: Set<string>, opts: CitedImportOptions, report: CitedImportReport): Promise<void> {
  const stale = (await db.selectFrom('facts').selectAll().where('seed_key', 'like', `${opts.keyPrefix}|%`).where('status', '!=', 'rejected').execute()).filter(
    (f) => !keys.has(f.seed_key!),
  );
  for (let i = 0; i < stale.length; i += STEP_ROWS) {
    await commitChange(db, async ({ trx, revise }) => {
      for (const f of stale.slice(i, i + STEP_ROWS)) {
        const after = await trx.updateTable('facts').set({ status: 'rejected', updated_at: nowIso() }).where('id', '=', f.id).returningAll().executeTakeFirstOrThrow();
        await revise({ fact_id: f.id, action: 'retire', actor: opts.actor, reason: 'the row is no longer in the file', before: f, after });
        report.retired++;
      }
    });
  }
}

/**
 * Imports cited figures as accepted, curated facts, each pointing to its row's article. Each row is keyed (prefix,
 * URL, region, indicator, year, qualifier, the map of its territory when given, occurrence), so importing the same file again adds nothing and a changed row
 * updates its fact with a revision. The rows are written in steps, in (region, indicator, year) order, each step one
 * commit of at most STEP_ROWS rows and STEP_YEARS years, the event loop free between steps: a file of 100k rows
 * does not hold the server (decision 0062). The data version moves at most every ANNOUNCE_MS and at the end. A step
 * is whole or absent; a file stopped part-way is finished by importing it again. A year past maxFiguresPerYear
 * accepted figures takes no more.
 */
export async function importCitedFacts(db: Kysely<Database>, catalogue: Catalogue, text: string, opts: CitedImportOptions): Promise<CitedImportReport> {
  const problems = new Problems();
  const { valid, rows } = await validateCitedCsv(text, catalogue, opts.keyPrefix, problems);
  const report: CitedImportReport = { rows, inserted: 0, updated: 0, unchanged: 0, retired: 0, invalid: [], invalid_total: 0 };
  let done = rows - valid.length;
  let owed = false;
  let announced = performance.now();
  try {
    for (const step of steps(valid)) {
      const committed = await commitChange(
        db,
        async (change) => {
          await writeStep(change, step, opts, report, problems);
          done += step.length;
          await opts.progress?.(change.trx, done, rows);
        },
        { deferVersion: true },
      );
      owed ||= committed.owed;
      if (owed && performance.now() - announced >= ANNOUNCE_MS) {
        await announceChange(db);
        owed = false;
        announced = performance.now();
      }
      await TimeSlice.yield();
    }
  } catch (e) {
    // The steps committed stay: readers are told of them, and the error is the one that stopped the import.
    if (owed) await announceChange(db).catch(() => {});
    throw e;
  }
  if (owed) await announceChange(db);
  // A broken row must not retire the fact it stood for: retire only when the whole file is valid.
  if (opts.retireMissing && problems.total === 0) await retireMissing(db, new Set(valid.map((v) => v.key)), opts, report);
  report.invalid = problems.trim();
  report.invalid_total = problems.total;
  return report;
}
