import { Hono } from 'hono';
import { DashboardQuery, type DashboardResponse } from '@chiso/shared';
import type { AppDeps } from '../context';
import { HttpProblem } from '../http/problem';
import { cachedRead, json, requireRegion } from '../http/read';
import { query } from '../http/validate';
import { acceptedFacts, dashboardOf } from '../services/resolve';

export function dashboardRoute(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/dashboard', (c) => {
    const q = query(c, DashboardQuery);
    return cachedRead(c, deps, async () => {
      const region = requireRegion(deps, q.region);
      const facts = await acceptedFacts(deps.db.db, { region: region.key });
      const d = dashboardOf(deps.catalogue().indicators, facts, q.year);
      if (!d) throw new HttpProblem(404, `No accepted figures for ${region.name_en} yet.`);
      if (q.year !== undefined && d.items.length === 0) {
        throw new HttpProblem(
          404,
          `No figures for ${region.name_en} in ${q.year}. Years with data: ${d.years.join(', ')}.`,
        );
      }
      const body: DashboardResponse = { region, year: d.year, years: d.years, items: d.items };
      return json(body);
    });
  });
  return app;
}
