import { Indicator, IndicatorKey, IndicatorsResponse, SeriesResponse, toCsv } from '@chiso/shared';
import { SeriesAsOfQuery } from '@chiso/shared/embed';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { CSV_TYPE, json, JSON_TYPE, jsonOf } from '../http/body';
import { read, type ApiRouter } from '../http/route';
import { requireIndicator } from '../services/catalogue';
import { loadSeries, seriesJson } from '../services/series';
import { storedCoverage } from '../services/series-store';

const KeyParam = z.object({ key: IndicatorKey });

/** The catalogue and each indicator's series (JSON and CSV). */
export function indicatorsRoute(app: ApiRouter, deps: AppDeps): void {
  const db = deps.db.db;

  read(
    app,
    deps.reads,
    {
      path: '/indicators',
      summary: 'The indicator catalogue with per-region coverage (first and last year, latest value)',
      tag: 'read',
      response: { type: 'application/json', schema: IndicatorsResponse },
    },
    async () => {
      const { indicators, regions } = deps.catalogue();
      const coverage = await storedCoverage(db);
      // IndicatorsResponse: each catalogue indicator with its coverage, spliced into the catalogue's own JSON.
      const list = indicators.map((i) => `${jsonOf(i).slice(0, -1)},"coverage":${coverage.get(i.key) ?? '[]'}}`);
      return { body: `{"indicators":[${list.join(',')}],"regions":${jsonOf(regions)}}`, type: JSON_TYPE };
    },
  );

  read(
    app,
    deps.reads,
    {
      path: '/indicators/{key}/series.csv',
      summary: 'The series as CSV (UTF-8 with BOM)',
      tag: 'read',
      params: KeyParam,
      query: SeriesAsOfQuery,
      response: { type: 'text/csv' },
      errors: [404],
    },
    async ({ param, query }) => {
      const s = await loadSeries(deps, param.key, query);
      const rows = s.points.map((p) => ({
        indicator: s.indicator.key,
        region: s.region.key,
        year: p.year,
        value: p.value,
        unit: s.indicator.unit,
        qualifier: p.qualifier,
        approx: p.approx,
        conflict: p.conflict,
        facts: p.facts,
      }));
      const columns = ['indicator', 'region', 'year', 'value', 'unit', 'qualifier', 'approx', 'conflict', 'facts'];
      return {
        body: toCsv(columns, rows),
        type: CSV_TYPE,
        headers: { 'Content-Disposition': `attachment; filename="${param.key}-${query.region}.csv"` },
      };
    },
  );

  read(
    app,
    deps.reads,
    {
      path: '/indicators/{key}/series',
      summary: 'Headline value per year (with conflicts and the number of facts behind it) and targets',
      tag: 'read',
      params: KeyParam,
      query: SeriesAsOfQuery,
      response: { type: 'application/json', schema: SeriesResponse },
      errors: [404],
    },
    async ({ param, query }) => ({ body: await seriesJson(deps, param.key, query), type: JSON_TYPE }),
  );

  read(
    app,
    deps.reads,
    {
      path: '/indicators/{key}',
      summary: 'One indicator of the catalogue',
      tag: 'read',
      params: KeyParam,
      response: { type: 'application/json', schema: Indicator },
      errors: [404],
    },
    async ({ param }) => json(requireIndicator(deps.catalogue(), param.key)),
  );
}
