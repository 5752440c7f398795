import { IndicatorKey, RankingResponse, rankingTable, RegionsResponse, regionsResponse, tableCsv } from '@chiso/shared';
import { MapQuery, RankingQuery } from '@chiso/shared/embed';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { CSV_TYPE, json } from '../http/body';
import { HttpProblem } from '../http/problem';
import { read, type ApiRouter } from '../http/route';
import { ranking } from '../services/ranking';
import { PngUnavailable, svgToPng } from '../services/png';
import { loadMap } from '../services/tile-map';
import { imageHeaders, SVG_TYPE } from './charts';

const KeyParam = z.object({ key: IndicatorKey });

/** The region catalogue with its lineage, an indicator's ranking of the units of a map (JSON, CSV) and its tile map. */
export function regionsRoute(app: ApiRouter, deps: AppDeps): void {
  const db = deps.db.db;

  read(
    app,
    deps.reads,
    {
      path: '/regions',
      summary: 'The region catalogue: the country, the current and the former provinces, with validity dates, successors and predecessors',
      summaryVi: 'Danh mục địa phương: cả nước, các tỉnh, thành hiện nay và trước sáp nhập, kèm ngày hiệu lực, đơn vị kế thừa và tiền thân',
      example: '/api/v1/regions',
      tag: 'read',
      response: { type: 'application/json', schema: RegionsResponse },
    },
    async () => json(regionsResponse(deps.catalogue().regions)),
  );

  read(
    app,
    deps.reads,
    {
      path: '/indicators/{key}/ranking.csv',
      summary: 'The ranking as CSV (UTF-8 with BOM): the ranked units, then the units without a figure, with their names in Vietnamese and English (the same table as ranking.xlsx)',
      summaryVi: 'Bảng xếp hạng dạng CSV (UTF-8 có BOM): các đơn vị được xếp hạng, rồi các đơn vị chưa có số liệu',
      example: '/api/v1/indicators/ict_revenue/ranking.csv?year=2022',
      tag: 'read',
      params: KeyParam,
      query: RankingQuery,
      response: { type: 'text/csv' },
      errors: [404],
    },
    async ({ param, query }) => ({
      body: tableCsv(rankingTable(await ranking(db, deps.catalogue(), param.key, query.year, query.map), deps.catalogue().regionByKey)),
      type: CSV_TYPE,
      headers: { 'Content-Disposition': `attachment; filename="${param.key}-${query.year}-ranking.csv"` },
    }),
  );

  read(
    app,
    deps.reads,
    {
      path: '/indicators/{key}/ranking',
      summary: 'Every unit of a map (by default the one at the end of the year) ranked for one year, with its denominator, its change since the year before, and the units without a figure',
      summaryVi: 'Mọi đơn vị của bản đồ hành chính (mặc định: bản đồ cuối năm) xếp hạng trong một năm, kèm mẫu số, thay đổi so với năm trước và các đơn vị chưa có số liệu',
      example: '/api/v1/indicators/ict_revenue/ranking?year=2022',
      description:
        '`rank` is the published rank for a rank indicator, else the place by value in the catalogue’s `better` direction. A unit of a later map, in a year before it had its shape, gets the publisher’s merged figure, its renamed predecessor’s, or the sum of its former provinces (`method`, `from`, `missing`, `partial`).',
      tag: 'read',
      params: KeyParam,
      query: RankingQuery,
      response: { type: 'application/json', schema: RankingResponse },
      errors: [404],
    },
    async ({ param, query }) => json(await ranking(db, deps.catalogue(), param.key, query.year, query.map)),
  );

  read(
    app,
    deps.reads,
    {
      path: '/maps/{file}',
      summary: 'The tile map of the 34 provinces for an indicator and year: {key}.svg, or {key}.png drawn by resvg; a year ranked on the 63-unit map has no tile map (404: read the ranking, or add map=2025-07-01)',
      summaryVi: 'Bản đồ ô của 34 tỉnh, thành cho một chỉ tiêu và một năm: {key}.svg hoặc {key}.png; năm xếp hạng trên bản đồ 63 tỉnh không có bản đồ ô (404)',
      example: '/api/v1/maps/ict_revenue.svg?year=2022&map=2025-07-01',
      tag: 'embed',
      params: z.object({ file: z.string().regex(/^[a-z][a-z0-9_]{1,63}\.(svg|png)$/, 'an indicator key and .svg or .png, e.g. dti_score.svg') }),
      query: MapQuery,
      response: { type: 'image/svg+xml', description: 'SVG: one focusable, named tile per province, a legend and the units without a figure; PNG (image/png) for .png' },
      errors: [404, 503],
      keepAtOnce: true,
    },
    async ({ param, query }) => {
      const { svg, ranking: r } = await loadMap(deps, param.file.slice(0, -4), query);
      if (svg === null) {
        throw new HttpProblem(404, `The ${r.year} ranking is of the ${r.items.length + r.missing.length} units of the map of ${r.map}; the tile map shows the 34 provinces of today's map. Read /api/v1/indicators/${r.indicator.key}/ranking?year=${r.year}, or add map=2025-07-01.`);
      }
      if (param.file.endsWith('.svg')) return { body: svg, type: SVG_TYPE, headers: imageHeaders };
      try {
        return { body: await svgToPng(svg, 1), type: 'image/png', headers: imageHeaders };
      } catch (e) {
        if (e instanceof PngUnavailable) throw new HttpProblem(503, `${e.message} The SVG at the same address with .svg works.`);
        throw e;
      }
    },
  );
}
