import { Hono } from 'hono';
import { IndicatorKey, toCsv, type IndicatorsResponse, type SeriesResponse } from '@chiso/shared';
import { SeriesAsOfQuery } from '@chiso/shared/embed';
import type { AppDeps } from '../context';
import { cachedRead, CSV_TYPE, json, requireIndicator } from '../http/read';
import { param, query } from '../http/validate';
import { coverageByIndicator } from '../services/coverage';
import { loadSeries } from '../services/series';

export function indicatorsRoute(deps: AppDeps): Hono {
  const app = new Hono();
  const db = deps.db.db;

  app.get('/indicators', (c) =>
    cachedRead(c, deps, async () => {
      const { indicators, regions } = deps.catalogue();
      const coverage = await coverageByIndicator(db);
      const body: IndicatorsResponse = {
        indicators: indicators.map((i) => ({ ...i, coverage: coverage.get(i.key) ?? [] })),
        regions,
      };
      return json(body);
    }),
  );

  const series = (key: string, q: SeriesAsOfQuery): Promise<SeriesResponse> => loadSeries(deps, key, q);

  app.get('/indicators/:key/series.csv', (c) => {
    const key = param(c, 'key', IndicatorKey);
    const q = query(c, SeriesAsOfQuery);
    return cachedRead(
      c,
      deps,
      async () => {
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
      { 'Content-Disposition': `attachment; filename="${key}-${q.region}.csv"` },
    );
  });

  app.get('/indicators/:key/series', (c) => {
    const key = param(c, 'key', IndicatorKey);
    const q = query(c, SeriesAsOfQuery);
    return cachedRead(c, deps, async () => json(await series(key, q)));
  });

  app.get('/indicators/:key', (c) => {
    const key = param(c, 'key', IndicatorKey);
    return cachedRead(c, deps, async () => json(requireIndicator(deps, key)));
  });

  return app;
}
