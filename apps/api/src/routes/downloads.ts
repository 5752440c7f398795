import { Readable } from 'node:stream';
import { factColumns, FactsDownloadQuery, IndicatorKey, rankingTable, SourceTally } from '@chiso/shared';
import { RankingDownloadQuery, SeriesAsOfQuery, SeriesDownloadQuery } from '@chiso/shared/embed';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { CSV_TYPE } from '../http/body';
import { etagOf } from '../http/etag';
import { docs, problems, route, type ApiRouter } from '../http/route';
import { HttpProblem } from '../http/problem';
import { requireIndicator, requireRegion } from '../services/catalogue';
import { csvStream, factRows, factsSheet, seriesDownloadTable, seriesSet, sourcesSheet, type FactScope } from '../services/downloads';
import { ranking } from '../services/ranking';
import { sheetOf, workbookStream } from '../services/xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface DownloadDeclaration<Q extends z.ZodObject, P extends z.ZodObject> {
  path: string;
  summary: string;
  summaryVi: string;
  example: string;
  description: string;
  params?: P;
  query: Q;
  type: typeof CSV_TYPE | typeof XLSX_TYPE;
}

/**
 * A download: validated like any route (a bad parameter is a 400 before anything is sent), then streamed as it is
 * written. Its ETag names the data version and the validated request, so a conditional request is answered without
 * writing the file, and the pipeline never reads the stream to hash it. Not kept in the read cache: a file can be large.
 */
function download<Q extends z.ZodObject, P extends z.ZodObject>(
  app: ApiRouter,
  deps: AppDeps,
  decl: DownloadDeclaration<Q, P>,
  make: (input: { query: z.output<Q>; param: z.output<P> }) => Promise<{ body: ReadableStream<Uint8Array>; filename: string }>,
): void {
  const config = route(deps.auth, {}, {
    method: 'get',
    path: decl.path,
    summary: decl.summary,
    description: decl.description,
    ...docs(decl.summaryVi, decl.example),
    tags: ['downloads'],
    request: { query: decl.query.strict(), ...(decl.params ? { params: decl.params } : {}) },
    responses: {
      200: { description: 'The file, streamed', content: { [decl.type]: { schema: { type: 'string', format: 'binary' } } } },
      ...problems(400, 404),
    },
  });
  app.openapi(config, async (c) => {
    const valid = (c.req.valid as (t: 'query' | 'param') => unknown).bind(c.req);
    const query = valid('query') as z.output<Q>;
    const param = (decl.params ? valid('param') : {}) as z.output<P>;
    const version = await deps.reads.version.current();
    const tag = `W/${etagOf(new TextEncoder().encode(`${version}\n${decl.path}\n${JSON.stringify(param)}\n${JSON.stringify(query)}`))}`;
    const { body, filename } = await make({ query, param });
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': decl.type,
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'public, no-cache',
        ETag: tag,
        Vary: 'Accept-Encoding',
      },
    });
  });
}

const KeyParam = z.object({ key: IndicatorKey });

const factScope = (q: FactsDownloadQuery): FactScope => ({ indicators: q.indicator ? [q.indicator] : undefined, region: q.region, year: q.year, source: q.source, status: q.status });

const xlsxBody = (stream: Readable) => Readable.toWeb(stream) as ReadableStream<Uint8Array>;

const columnsNote =
  'Columns: keys in English (what scripts read), names in Vietnamese and English in the XLSX; `machine_read` is true for a figure no person has reviewed yet (đọc tự động, chưa duyệt); internal curator notes are never included. For Excel in a Vietnamese locale, take the XLSX: the CSV is comma-separated with a decimal point (RFC 4180, UTF-8 with BOM), which such an Excel opens in one column.';

/** The downloads: every fact of a filter, headline series and rankings, as CSV and XLSX (decision 0024). */
export function downloadsRoute(app: ApiRouter, deps: AppDeps): void {
  const checkFacts = (q: FactsDownloadQuery) => {
    if (q.region) requireRegion(deps.catalogue(), q.region);
    if (q.indicator) requireIndicator(deps.catalogue(), q.indicator);
  };

  download(
    app,
    deps,
    {
      path: '/facts.csv',
      summary: 'Every fact of a filter with its indicator, unit, source and public notes, as CSV (accepted unless another status is asked for)',
      summaryVi: 'Mọi số liệu theo bộ lọc, kèm chỉ tiêu, đơn vị, nguồn và ghi chú công khai, dạng CSV (số liệu đã chấp nhận, trừ khi hỏi trạng thái khác)',
      example: '/api/v1/facts.csv?indicator=ict_revenue',
      description: columnsNote,
      query: FactsDownloadQuery,
      type: CSV_TYPE,
    },
    async ({ query }) => {
      checkFacts(query);
      return { body: csvStream(factColumns, factRows(deps, factScope(query))), filename: 'chiso-facts.csv' };
    },
  );

  download(
    app,
    deps,
    {
      path: '/facts.xlsx',
      summary: 'The same facts as an Excel workbook: a "Số liệu" sheet and a "Nguồn" sheet of the sources they cite',
      summaryVi: 'Các số liệu đó dưới dạng tệp Excel: trang "Số liệu" và trang "Nguồn" liệt kê các nguồn được dẫn',
      example: '/api/v1/facts.xlsx?indicator=ict_revenue',
      description: columnsNote,
      query: FactsDownloadQuery,
      type: XLSX_TYPE,
    },
    async ({ query }) => {
      checkFacts(query);
      const tally = new SourceTally();
      const sheets = [factsSheet(deps, factScope(query), tally), sourcesSheet(tally)];
      return { body: xlsxBody(workbookStream(sheets, query.lang)), filename: 'chiso-facts.xlsx' };
    },
  );

  download(
    app,
    deps,
    {
      path: '/series.csv',
      summary: 'Headline series of some indicators (all with figures when none are named), one row per indicator and year, as CSV',
      summaryVi: 'Chuỗi số liệu chính của các chỉ tiêu (mọi chỉ tiêu có số liệu khi không nêu), mỗi dòng một chỉ tiêu và một năm, dạng CSV',
      example: '/api/v1/series.csv?indicators=ict_revenue,software_export',
      description: `${columnsNote} In index or growth mode two more columns hold the number the chart draws and what it is, as the compare page shows it.`,
      query: SeriesDownloadQuery,
      type: CSV_TYPE,
    },
    async ({ query }) => {
      const table = await seriesDownloadTable(deps, await seriesSet(deps, query), query);
      return { body: csvStream(table.columns, [table.rows]), filename: `chiso-series-${query.region}.csv` };
    },
  );

  download(
    app,
    deps,
    {
      path: '/series.xlsx',
      summary: 'The same series as an Excel workbook: "Chuỗi số liệu", the facts behind them ("Số liệu") and their sources ("Nguồn")',
      summaryVi: 'Các chuỗi đó dưới dạng tệp Excel: "Chuỗi số liệu", các số liệu đứng sau ("Số liệu") và nguồn của chúng ("Nguồn")',
      example: '/api/v1/series.xlsx?indicators=ict_revenue,software_export&lang=vi',
      description: columnsNote,
      query: SeriesDownloadQuery,
      type: XLSX_TYPE,
    },
    async ({ query }) => {
      const series = await seriesSet(deps, query);
      const table = await seriesDownloadTable(deps, series, query);
      const scope: FactScope = { indicators: series.map((s) => s.indicator.key), region: query.region, from: query.from, to: query.to, status: 'accepted' };
      const tally = new SourceTally();
      const sheets = [sheetOf(table), factsSheet(deps, scope, tally), sourcesSheet(tally)];
      return { body: xlsxBody(workbookStream(sheets, query.lang)), filename: `chiso-series-${query.region}.xlsx` };
    },
  );

  download(
    app,
    deps,
    {
      path: '/indicators/{key}/ranking.xlsx',
      summary: 'The ranking as an Excel workbook: "Xếp hạng" (the table of ranking.csv), the facts of the year and the year before ("Số liệu") and their sources ("Nguồn")',
      summaryVi: 'Bảng xếp hạng dưới dạng tệp Excel: "Xếp hạng" (cùng bảng với ranking.csv), các số liệu của năm đó và năm trước ("Số liệu") và nguồn của chúng ("Nguồn")',
      example: '/api/v1/indicators/ict_revenue/ranking.xlsx?year=2022&lang=vi',
      description: columnsNote,
      params: KeyParam,
      query: RankingDownloadQuery,
      type: XLSX_TYPE,
    },
    async ({ param, query }) => {
      const catalogue = deps.catalogue();
      const table = rankingTable(await ranking(deps.db.db, catalogue, param.key, query.year, query.map), catalogue.regionByKey);
      const scope: FactScope = { indicators: [param.key], from: query.year - 1, to: query.year, status: 'accepted' };
      const tally = new SourceTally();
      const sheets = [sheetOf(table), factsSheet(deps, scope, tally), sourcesSheet(tally)];
      return { body: xlsxBody(workbookStream(sheets, query.lang)), filename: `${param.key}-${query.year}-ranking.xlsx` };
    },
  );

  download(
    app,
    deps,
    {
      path: '/indicators/{key}/series.csv',
      summary: 'One indicator’s series as CSV: the same file as /series.csv?indicators={key}',
      summaryVi: 'Chuỗi số liệu của một chỉ tiêu, dạng CSV: cùng tệp với /series.csv?indicators={key}',
      example: '/api/v1/indicators/ict_revenue/series.csv?region=da-nang',
      description: columnsNote,
      params: KeyParam,
      query: SeriesAsOfQuery,
      type: CSV_TYPE,
    },
    async ({ param, query }) => {
      if (query.regions) throw new HttpProblem(400, 'series.csv is one region’s series: use region=, or the JSON series for several regions.');
      const q = { ...query, indicators: [param.key], mode: 'value' as const, lang: 'vi' as const };
      const table = await seriesDownloadTable(deps, await seriesSet(deps, q), q);
      return { body: csvStream(table.columns, [table.rows]), filename: `${param.key}-${query.region}.csv` };
    },
  );
}
