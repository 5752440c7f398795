import { DashboardQuery, DashboardResponse, defaultOverviewYear, recentlyReported, yearChoice, type YearChoice } from '@chiso/shared';
import type { AppDeps } from '../context';
import { JSON_TYPE, jsonBytesOf, spliced } from '../http/body';
import { HttpProblem } from '../http/problem';
import { read, type ApiRouter } from '../http/route';
import { requireRegion } from '../services/catalogue';
import type { Executor } from '../db/schema';
import { regionYearFigures, storedDashboard } from '../services/series-store';

/**
 * The year an overview opens on without one asked for: the newest complete year by the shared rule
 * (`defaultOverviewYear`), so the page needs no extra requests to find it; and why, in words.
 */
async function chooseYear(db: Executor, region: string, years: readonly number[]): Promise<{ year: number; choice: YearChoice }> {
  const { counts, coverage } = await regionYearFigures(db, region);
  const latest = Math.max(...years);
  const recent = recentlyReported(coverage, latest);
  const chosen = defaultOverviewYear(years, counts, recent) ?? { year: latest, skipped: [] };
  const complete = (counts.get(chosen.year) ?? 0) * 2 >= recent;
  return { year: chosen.year, choice: yearChoice(chosen.year, complete ? 'newest_complete' : 'most_figures', chosen.skipped, recent) };
}

export function dashboardRoute(app: ApiRouter, deps: AppDeps): void {
  read(
    app,
    deps.reads,
    {
      path: '/dashboard',
      summary: 'A region’s year: each indicator against the previous year and the plan',
      summaryVi: 'Một năm của một địa phương: mỗi chỉ tiêu so với năm trước và với kế hoạch; không nêu năm thì là năm gần nhất có đủ số liệu',
      example: '/api/v1/dashboard?region=da-nang',
      description:
        'Without `year`, the newest complete year: the latest in which at least half of the indicators the region reported in its last three years with data have a figure; `year_choice` says why ("2024 — newest complete year; 2025 has 2 indicators").',
      tag: 'read',
      query: DashboardQuery,
      response: { type: 'application/json', schema: DashboardResponse },
      errors: [404],
    },
    async ({ query: q }) => {
      const region = requireRegion(deps.catalogue(), q.region);
      let choice = q.year === undefined ? undefined : yearChoice(q.year, 'request', [], null);
      const d = await storedDashboard(
        deps.db.db,
        region.key,
        q.year ??
          (async (years) => {
            const chosen = await chooseYear(deps.db.db, region.key, years);
            choice = chosen.choice;
            return chosen.year;
          }),
      );
      if (!d || !choice) throw new HttpProblem(404, `No accepted figures for ${region.name_en} yet.`);
      const entries = new Map(d.entries.map((e) => [e.indicator, e.item]));
      // DashboardItem, in catalogue order: the catalogue's indicator, then the stored entry's fields.
      // DashboardResponse
      const parts: (string | Uint8Array)[] = [
        '{"region":',
        jsonBytesOf(region),
        `,"year":${d.year},"years":${d.yearsJson},"year_choice":${JSON.stringify(choice)},"items":[`,
      ];
      let items = 0;
      for (const i of deps.catalogue().indicators) {
        const item = entries.get(i.key);
        if (item === undefined) continue;
        parts.push(items++ === 0 ? '{"indicator":' : ',{"indicator":', jsonBytesOf(i), `,${item.slice(1)}`);
      }
      if (q.year !== undefined && items === 0) {
        throw new HttpProblem(404, `No figures for ${region.name_en} in ${q.year}. Years with data: ${d.years.join(', ')}.`);
      }
      parts.push(']}');
      return { body: spliced(parts), type: JSON_TYPE };
    },
  );
}
