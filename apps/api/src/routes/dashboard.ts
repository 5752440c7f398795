import { Hono } from 'hono';
import { DashboardQuery } from '@chiso/shared';
import type { AppDeps } from '../context';
import { HttpProblem } from '../http/problem';
import { JSON_TYPE, jsonOf, readRoute, requireRegion } from '../http/read';
import { query } from '../http/validate';
import { storedDashboard } from '../services/series-store';

export function dashboardRoute(deps: AppDeps): Hono {
  const app = new Hono();
  readRoute(app, deps, '/dashboard', (c) => {
    const q = query(c, DashboardQuery);
    const compute = async () => {
      const region = requireRegion(deps, q.region);
      const d = await storedDashboard(deps.db.db, region.key, q.year);
      if (!d) throw new HttpProblem(404, `No accepted figures for ${region.name_en} yet.`);
      const entries = new Map(d.entries.map((e) => [e.indicator, e.item]));
      // DashboardItem, in catalogue order: the catalogue's indicator, then the stored entry's fields.
      const items = deps.catalogue().indicators.flatMap((i) => {
        const item = entries.get(i.key);
        return item === undefined ? [] : [`{"indicator":${jsonOf(i)},${item.slice(1)}`];
      });
      if (q.year !== undefined && items.length === 0) {
        throw new HttpProblem(404, `No figures for ${region.name_en} in ${q.year}. Years with data: ${d.years.join(', ')}.`);
      }
      // DashboardResponse
      return { body: `{"region":${jsonOf(region)},"year":${d.year},"years":${d.yearsJson},"items":[${items.join(',')}]}`, type: JSON_TYPE };
    };
    return { compute };
  });
  return app;
}
