import { Hono } from 'hono';
import { IndicatorKey, SeriesQuery, toCsv, type IndicatorsResponse, type SeriesResponse } from '@chiso/shared';
import type { AppDeps } from '../context';
import { cachedRead, CSV_TYPE, json, requireIndicator, requireRegion } from '../http/read';
import { param, query } from '../http/validate';
import { coverageByIndicator } from '../services/coverage';
import { acceptedFacts, seriesOf } from '../services/resolve';

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

  async function series(key: string, q: SeriesQuery): Promise<SeriesResponse> {
    const indicator = requireIndicator(deps, key);
    const region = requireRegion(deps, q.region);
    const facts = await acceptedFacts(db, { region: region.key, indicator: indicator.key, from: q.from, to: q.to });
    return { indicator, region, ...seriesOf(facts) };
  }

  app.get('/indicators/:key/series.csv', (c) => {
    const key = param(c, 'key', IndicatorKey);
    const q = query(c, SeriesQuery);
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
    const q = query(c, SeriesQuery);
    return cachedRead(c, deps, async () => json(await series(key, q)));
  });

  app.get('/indicators/:key', (c) => {
    const key = param(c, 'key', IndicatorKey);
    return cachedRead(c, deps, async () => json(requireIndicator(deps, key)));
  });

  return app;
}
