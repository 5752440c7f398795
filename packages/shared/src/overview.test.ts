import { describe, expect, it } from 'vitest';
import type { DashboardItem } from './api';
import type { Unit } from './catalogue';
import { arrangeOverview, defaultOverviewYear, overviewSummary, planAttainment, rankBasesDiffer, recentlyReported, yearChange } from './overview';

function item(key: string, value: number, spark: [number, number, 'estimate'?][], p: Partial<DashboardItem> & { unit?: Unit; better?: 'higher' | 'lower' } = {}): DashboardItem {
  const { unit = 'billion_vnd', better = 'higher', ...rest } = p;
  return {
    indicator: { key, category: 'economy', name_vi: key, name_en: key, unit, better, description_en: '', description_vi: '', aggregation: 'sum' },
    value,
    qualifier: 'actual',
    approx: 'exact',
    previous: null,
    change_pct: null,
    stated_change_pct: null,
    stated_change_vs_year: null,
    plan_pct: null,
    target: null,
    conflict: false,
    fact_id: 1,
    machine_read: false,
    spark: spark.map(([year, v, q]) => ({ year, value: v, qualifier: q ?? 'actual' })),
    ...rest,
  };
}

describe('the default year', () => {
  it('is the latest year in which half of the recently reported indicators have a figure', () => {
    const counts = new Map([
      [2025, 2],
      [2024, 16],
    ]);
    expect(defaultOverviewYear([2019, 2024, 2025], counts, 30)).toEqual({ year: 2024, skipped: [{ year: 2025, count: 2 }] });
    expect(defaultOverviewYear([2024, 2025], new Map([[2025, 15]]), 30)).toEqual({ year: 2025, skipped: [] });
  });

  it('waits for the counts it needs, and with no complete year takes the fullest', () => {
    expect(defaultOverviewYear([2024, 2025], new Map([[2025, 2]]), 30)).toBeNull();
    expect(defaultOverviewYear([2024, 2025], new Map([[2025, 2], [2024, 5]]), 30)).toEqual({ year: 2024, skipped: [{ year: 2025, count: 2 }] });
  });

  it('counts indicators reported in the last three years', () => {
    const c = (last_year: number) => ({ region: 'da-nang', first_year: 2010, last_year, latest_value: 1, points: 3 });
    expect(recentlyReported([c(2025), c(2023), c(2022), c(2015)], 2025)).toBe(2);
  });
});

describe('the change a card shows', () => {
  it('against the year before, with the absolute change, flagging an estimated base', () => {
    const c = yearChange(item('a', 132, [[2021, 98.5, 'estimate'], [2022, 132]]), 2022)!;
    expect(c).toMatchObject({ basis: 'previous', vsYear: 2021, abs: 33.5, direction: 'better', baseEstimate: true, valueEstimate: false });
    expect(c.pct).toBeCloseTo(34.01, 2);
  });

  it('the source’s stated change when the year before is missing', () => {
    const c = yearChange(item('a', 116, [[2019, 90], [2022, 116]], { stated_change_pct: 16, stated_change_vs_year: 2021 }), 2022)!;
    expect(c).toMatchObject({ basis: 'stated', vsYear: 2021, pct: 16, abs: null, direction: 'better' });
  });

  it('else against the latest earlier year, named', () => {
    const c = yearChange(item('a', 30050, [[2012, 9021], [2019, 30050]]), 2019)!;
    expect(c).toMatchObject({ basis: 'earlier', vsYear: 2012, abs: 21029 });
  });

  it('a rank going from 3 to 1 is better; nothing to compare is null', () => {
    expect(yearChange(item('r', 1, [[2023, 3], [2024, 1]], { unit: 'rank', better: 'lower' }), 2024)?.direction).toBe('better');
    expect(yearChange(item('x', 5, [[2024, 5]]), 2024)).toBeNull();
  });

  it.each([
    { base: 63, value: 34, compared: false },
    { base: 63, value: 63, compared: true },
    { base: undefined, value: 34, compared: true },
    { base: 63, value: undefined, compared: true },
  ])('ranks out of $base and $value units: compared $compared', ({ base, value, compared }) => {
    const rank = item('dti_rank', 17, [[2023, 2], [2024, 17]], { unit: 'rank', better: 'lower', ...(value !== undefined ? { denominator: value } : {}) });
    rank.spark = [
      { year: 2023, value: 2, qualifier: 'actual', ...(base !== undefined ? { denominator: base } : {}) },
      { year: 2024, value: 17, qualifier: 'actual', ...(value !== undefined ? { denominator: value } : {}) },
    ];
    expect(yearChange(rank, 2024) !== null).toBe(compared);
    expect(rankBasesDiffer(rank, 2024)).toEqual(compared ? null : { base, value, vsYear: 2023 });
    // a share is never a ranking, whatever a stray denominator says
    expect(rankBasesDiffer({ ...rank, indicator: { ...rank.indicator, unit: 'percent' } }, 2024)).toBeNull();
  });
});

describe('summary, sort and filter', () => {
  const items = [
    item('up', 120, [[2021, 100], [2022, 120]], { plan_pct: 90 }),
    item('down', 80, [[2021, 100], [2022, 80]], { target: 100 }),
    item('flat', 5, [[2021, 5], [2022, 5]]),
    item('new', 7, [[2022, 7]], { plan_pct: 120 }),
    item('rank', 2, [[2021, 4], [2022, 2]], { unit: 'rank', better: 'lower', machine_read: true }),
  ];

  it('says how many got better, worse, stayed or cannot be compared', () => {
    expect(overviewSummary(items, 2022)).toEqual({ better: 2, worse: 1, same: 1, notComparable: 1, machineRead: 1 });
  });

  it('sorts by improvement and by plan attainment, and filters', () => {
    expect(arrangeOverview(items, 2022, 'change', 'all').map((i) => i.indicator.key)).toEqual(['rank', 'up', 'flat', 'down', 'new']);
    expect(arrangeOverview(items, 2022, 'plan', 'all').map((i) => i.indicator.key)).toEqual(['down', 'up', 'new', 'flat', 'rank']);
    expect(arrangeOverview(items, 2022, 'catalogue', 'worse').map((i) => i.indicator.key)).toEqual(['down']);
    expect(arrangeOverview(items, 2022, 'catalogue', 'planMissed').map((i) => i.indicator.key)).toEqual(['up', 'down']);
    expect(arrangeOverview(items, 2022, 'catalogue', 'machineRead').map((i) => i.indicator.key)).toEqual(['rank']);
    expect(planAttainment(items[1]!)).toBe(80);
  });
});
