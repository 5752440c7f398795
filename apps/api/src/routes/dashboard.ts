import { DashboardQuery, DashboardResponse } from '@chiso/shared';
import type { AppDeps } from '../context';
import { JSON_TYPE, jsonOf } from '../http/body';
import { HttpProblem } from '../http/problem';
import { read, type ApiRouter } from '../http/route';
import { requireRegion } from '../services/catalogue';
import { storedDashboard } from '../services/series-store';

export function dashboardRoute(app: ApiRouter, deps: AppDeps): void {
  read(
    app,
    deps.reads,
    {
      path: '/dashboard',
      summary: 'A region’s year: each indicator against the previous year and the plan',
      tag: 'read',
      query: DashboardQuery,
      response: { type: 'application/json', schema: DashboardResponse },
      errors: [404],
    },
    async ({ query: q }) => {
      const region = requireRegion(deps.catalogue(), q.region);
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
    },
  );
}
