import { Hono } from 'hono';
import { IndicatorKey, toCsv, type SeriesResponse } from '@chiso/shared';
import { SeriesAsOfQuery } from '@chiso/shared/embed';
import type { AppDeps } from '../context';
import { CSV_TYPE, json, JSON_TYPE, jsonOf, readRoute, requireIndicator } from '../http/read';
import { param, query } from '../http/validate';
import { loadSeries, seriesJson } from '../services/series';
import { storedCoverage } from '../services/series-store';

export function indicatorsRoute(deps: AppDeps): Hono {
  const app = new Hono();
  const db = deps.db.db;

  readRoute(app, deps, '/indicators', () => ({
    compute: async () => {
      const { indicators, regions } = deps.catalogue();
      const coverage = await storedCoverage(db);
      // IndicatorsResponse: each catalogue indicator with its coverage, spliced into the catalogue's own JSON.
      const list = indicators.map((i) => `${jsonOf(i).slice(0, -1)},"coverage":${coverage.get(i.key) ?? '[]'}}`);
      return { body: `{"indicators":[${list.join(',')}],"regions":${jsonOf(regions)}}`, type: JSON_TYPE };
    },
  }));

  const series = (key: string, q: SeriesAsOfQuery): Promise<SeriesResponse> => loadSeries(deps, key, q);

  readRoute(app, deps, '/indicators/:key/series.csv', (c) => {
    const key = param(c, 'key', IndicatorKey);
    const q = query(c, SeriesAsOfQuery);
    return {
      compute: async () => {
        const s = await series(key, q);
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
        return { body: toCsv(columns, rows), type: CSV_TYPE };
      },
      headers: { 'Content-Disposition': `attachment; filename="${key}-${q.region}.csv"` },
    };
  });

  readRoute(app, deps, '/indicators/:key/series', (c) => {
    const key = param(c, 'key', IndicatorKey);
    const q = query(c, SeriesAsOfQuery);
    return { compute: async () => ({ body: await seriesJson(deps, key, q), type: JSON_TYPE }) };
  });

  readRoute(app, deps, '/indicators/:key', (c) => {
    const key = param(c, 'key', IndicatorKey);
    return { compute: async () => json(requireIndicator(deps, key)) };
  });

  return app;
}
