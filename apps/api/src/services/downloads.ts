import {
  chartSpec,
  measureLabel,
  measureOfSeries,
} from '@chiso/shared/chart';
import {
  csvHead,
  tableCsvRows,
  factColumns,
  factsTable,
  seriesTable,
  SourceTally,
  type ExportColumn,
  type ExportTable,
  type FactStatus,
  type FactWithSource,
  type SeriesResponse,
} from '@chiso/shared';
import type { SeriesDownloadQuery } from '@chiso/shared/embed';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../context';
import type { Database } from '../db/schema';
import { requireIndicator, requireRegion } from './catalogue';
import { loadSeries } from './series';
import { Turns } from './time-slice';
import type { SheetSource } from './xlsx';

/**
 * The downloads (facts.csv, facts.xlsx, series.csv, series.xlsx), written a chunk at a time from the stored fact
 * JSON (decision 0044) through the shared export tables: a download of a million facts holds a hundred at once,
 * and other requests are answered between its chunks, however many downloads run (decisions 0024, 0064).
 */

/** Which facts a download holds. */
export interface FactScope {
  indicators?: readonly string[] | undefined;
  region?: string | undefined;
  year?: number | undefined;
  from?: number | undefined;
  to?: number | undefined;
  source?: number | undefined;
  /** Any status when absent. */
  status?: FactStatus | undefined;
}

/** Rows of one download chunk: one query, one slice of CSV, a few ms of the event loop. */
const CHUNK = 100;
/** Ids per query when facts are asked for by id. */
const BY_ID = 1000;

/** Every download's chunks take turns, one per iteration of the event loop (npm run bench -- writes). */
const turns = new Turns();

/**
 * The facts of a scope with their sources (the public view: no internal note), in catalogue order (indicator,
 * year, id), a chunk at a time: each chunk is one indexed query that starts after the last row of the one before.
 */
export async function* factChunks(db: Kysely<Database>, scope: FactScope, size = CHUNK): AsyncGenerator<FactWithSource[]> {
  let after: readonly [string, number, number] | null = null;
  for (;;) {
    let q = db
      .selectFrom('facts as f')
      .innerJoin('fact_json as j', 'j.fact_id', 'f.id')
      .select(['f.id', 'f.indicator', 'f.year', 'j.json']);
    if (scope.status) q = q.where('f.status', '=', scope.status);
    if (scope.indicators) q = q.where('f.indicator', 'in', [...scope.indicators]);
    if (scope.region) q = q.where('f.region', '=', scope.region);
    if (scope.year !== undefined) q = q.where('f.year', '=', scope.year);
    if (scope.from !== undefined) q = q.where('f.year', '>=', scope.from);
    if (scope.to !== undefined) q = q.where('f.year', '<=', scope.to);
    if (scope.source !== undefined) q = q.where('f.source_id', '=', scope.source);
    const from = after;
    if (from) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('f.indicator', 'f.year', 'f.id'), '>', tuple(from[0], from[1], from[2])));
    await turns.take();
    const rows = await q.orderBy('f.indicator').orderBy('f.year').orderBy('f.id').limit(size).execute();
    if (rows.length === 0) return;
    yield rows.map((r) => JSON.parse(r.json) as FactWithSource);
    if (rows.length < size) return;
    const last = rows[rows.length - 1]!;
    after = [last.indicator, last.year, last.id];
  }
}

/** The facts of some ids with their sources, by id (series rows cite their headline fact's source). */
export async function factsById(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, FactWithSource>> {
  const out = new Map<number, FactWithSource>();
  for (let i = 0; i < ids.length; i += BY_ID) {
    const rows = await db.selectFrom('fact_json').select(['fact_id', 'json']).where('fact_id', 'in', ids.slice(i, i + BY_ID)).execute();
    for (const r of rows) out.set(r.fact_id, JSON.parse(r.json) as FactWithSource);
  }
  return out;
}

/** A CSV written as its rows come: the header (with the BOM), then each chunk's lines, read as the client reads. */
export function csvStream(
  columns: readonly ExportColumn[],
  chunks: AsyncIterable<ExportTable['rows']> | Iterable<ExportTable['rows']>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = (async function* () {
    yield* chunks;
  })();
  let headed = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headed) {
          headed = true;
          controller.enqueue(encoder.encode(csvHead(columns)));
          return;
        }
        const next = await it.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(tableCsvRows(columns, next.value)));
      },
      async cancel() {
        await it.return(undefined);
      },
    },
    // Nothing is read ahead of the client: a stopped download stops its queries.
    { highWaterMark: 0 },
  );
}

/** The facts table's rows, chunk by chunk, and the sources they cite tallied on the way (for a Nguồn sheet). */
export async function* factRows(deps: AppDeps, scope: FactScope, tally?: SourceTally): AsyncGenerator<ExportTable['rows']> {
  const indicators = deps.catalogue().indicatorByKey;
  for await (const facts of factChunks(deps.db.db, scope)) {
    tally?.add(facts);
    yield factsTable(facts, indicators).rows;
  }
}

/** The "Số liệu" sheet: the facts of a scope, their sources tallied for the "Nguồn" sheet that follows it. */
export function factsSheet(deps: AppDeps, scope: FactScope, tally: SourceTally): SheetSource {
  return { name: 'Số liệu', columns: factColumns, rows: () => factRows(deps, scope, tally) };
}

/** The "Nguồn" sheet: the sources the sheets before it cited (its rows are asked for once they are written). */
export function sourcesSheet(tally: SourceTally): SheetSource {
  const { name, columns } = tally.table();
  return {
    name,
    columns,
    rows: async function* () {
      yield tally.table().rows;
    },
  };
}

/** The series a series download holds, checked (404 for an unknown indicator or region) before anything is sent. */
export async function seriesSet(deps: AppDeps, q: SeriesDownloadQuery): Promise<SeriesResponse[]> {
  const { indicators } = deps.catalogue();
  requireRegion(deps.catalogue(), q.region);
  const keys = q.indicators ?? indicators.map((i) => i.key);
  for (const k of keys) requireIndicator(deps.catalogue(), k);
  const all = await Promise.all(keys.map((k) => loadSeries(deps, k, q)));
  // Without a list, the indicators with figures; a named one stays even when empty, so the reader sees it has none.
  return q.indicators ? all : all.filter((s) => s.points.length > 0);
}

/**
 * The series table of a download: each row with its headline's source and public note; in index and growth mode
 * with the number the chart draws (the shared chart spec's, so the file and the chart agree).
 */
export async function seriesDownloadTable(deps: AppDeps, series: readonly SeriesResponse[], q: SeriesDownloadQuery): Promise<ExportTable> {
  const ids = series.flatMap((s) => s.points.map((p) => p.fact_id));
  const headlines = await factsById(deps.db.db, ids);
  if (q.mode === 'value') return seriesTable(series, headlines);
  const spec = chartSpec({ series, mode: q.mode, from: q.from, to: q.to, lang: q.lang, origin: '' });
  const values = new Map(spec.series.map((s) => [s.key, new Map(s.points.map((p) => [p.year, p.value]))]));
  const first = spec.series[0];
  const as = first ? measureLabel(measureOfSeries(spec, first), q.lang) : '';
  return seriesTable(series, headlines, { values, as });
}
