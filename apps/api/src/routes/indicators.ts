import { Indicator, IndicatorKey, IndicatorsQuery, IndicatorsResponse, RegionsSeriesResponse, SeriesResponse } from '@chiso/shared';
import { SeriesAsOfQuery } from '@chiso/shared/embed';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { json, jsonBytesOf, JSON_TYPE, spliced } from '../http/body';
import { read, type ApiRouter } from '../http/route';
import { requireIndicator, requireRegion } from '../services/catalogue';
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
      summary: 'The indicator catalogue, each indicator with its coverage in a region and in the country (first and last year, latest value) and its extent across the provinces',
      summaryVi: 'Danh mục chỉ tiêu, mỗi chỉ tiêu kèm phạm vi số liệu của một địa phương và của cả nước (năm đầu, năm cuối, giá trị mới nhất) và số tỉnh, thành có số liệu',
      example: '/api/v1/indicators?region=da-nang',
      description:
        '`coverage` lists the region asked for (by default the deployment’s own) and the country; `extent` says how many provinces (current or former) have a figure and between which years, or null. The answer does not grow with the number of regions with data: a region’s coverage is asked for by name.',
      tag: 'read',
      query: IndicatorsQuery,
      response: { type: 'application/json', schema: IndicatorsResponse },
      errors: [404],
    },
    async ({ query }) => {
      const catalogue = deps.catalogue();
      const region = requireRegion(catalogue, query.region).key;
      const country = catalogue.regions.find((r) => r.level === 'country')?.key ?? null;
      const { coverage, extent } = await storedCoverage(db, deps.db.dialect, region, country);
      // IndicatorsResponse: each catalogue indicator with its coverage, spliced into the catalogue's own JSON.
      const parts: (string | Uint8Array)[] = ['{"indicators":['];
      catalogue.indicators.forEach((i, n) => {
        const own = jsonBytesOf(i);
        parts.push(n === 0 ? '' : ',', own.subarray(0, -1), `,"coverage":${JSON.stringify(coverage.get(i.key) ?? [])},"extent":${JSON.stringify(extent.get(i.key) ?? null)}}`);
      });
      parts.push('],"regions":', jsonBytesOf(catalogue.regions), '}');
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
