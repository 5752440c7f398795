import { Indicator, IndicatorKey, IndicatorsResponse, RegionsSeriesResponse, SeriesResponse } from '@chiso/shared';
import { SeriesAsOfQuery } from '@chiso/shared/embed';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { json, jsonBytesOf, JSON_TYPE, spliced } from '../http/body';
import { read, type ApiRouter } from '../http/route';
import { requireIndicator } from '../services/catalogue';
import { regionsSeriesJson } from '../services/region-series';
import { seriesJson } from '../services/series';
import { storedCoverage } from '../services/series-store';

const KeyParam = z.object({ key: IndicatorKey });

/** The catalogue and each indicator's series (its CSV is a download: routes/downloads.ts). */
export function indicatorsRoute(app: ApiRouter, deps: AppDeps): void {
  const db = deps.db.db;

  read(
    app,
    deps.reads,
    {
      path: '/indicators',
      summary: 'The indicator catalogue with per-region coverage (first and last year, latest value)',
      summaryVi: 'Danh mục chỉ tiêu, kèm phạm vi số liệu theo địa phương (năm đầu, năm cuối, giá trị mới nhất)',
      example: '/api/v1/indicators',
      tag: 'read',
      response: { type: 'application/json', schema: IndicatorsResponse },
    },
    async () => {
      const { indicators, regions } = deps.catalogue();
      const coverage = await storedCoverage(db);
      // IndicatorsResponse: each catalogue indicator with its coverage, spliced into the catalogue's own JSON.
      const parts: (string | Uint8Array)[] = ['{"indicators":['];
      indicators.forEach((i, n) => {
        const own = jsonBytesOf(i);
        parts.push(n === 0 ? '' : ',', own.subarray(0, -1), `,"coverage":${coverage.get(i.key) ?? '[]'}}`);
      });
      parts.push('],"regions":', jsonBytesOf(regions), '}');
      return { body: spliced(parts), type: JSON_TYPE };
    },
  );

  read(
    app,
    deps.reads,
    {
      path: '/indicators/{key}/series',
      summary: 'Headline value per year (with conflicts and the number of facts behind it) and targets; with regions=a,b,c, several regions’ series, each with its combined series across the 2025 reorganisation',
      summaryVi: 'Giá trị chính theo năm (kèm chênh lệch giữa các nguồn và số số liệu đứng sau) và mục tiêu; với regions=a,b,c, chuỗi của nhiều địa phương, mỗi chuỗi kèm chuỗi gộp qua lần sắp xếp năm 2025',
      example: '/api/v1/indicators/ict_revenue/series?region=da-nang',
      tag: 'read',
      params: KeyParam,
      query: SeriesAsOfQuery,
      response: { type: 'application/json', schema: z.union([SeriesResponse, RegionsSeriesResponse]) },
      errors: [404],
    },
    async ({ param, query }) => ({
      body: query.regions
        ? await regionsSeriesJson(db, deps.catalogue(), param.key, query.regions, query)
        : await seriesJson(deps, param.key, query),
      type: JSON_TYPE,
    }),
  );

  read(
    app,
    deps.reads,
    {
      path: '/indicators/{key}',
      summary: 'One indicator of the catalogue',
      summaryVi: 'Một chỉ tiêu trong danh mục',
      example: '/api/v1/indicators/ict_revenue',
      tag: 'read',
      params: KeyParam,
      response: { type: 'application/json', schema: Indicator },
      errors: [404],
    },
    async ({ param }) => json(requireIndicator(deps.catalogue(), param.key)),
  );
}
