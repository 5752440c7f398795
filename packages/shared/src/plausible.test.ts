import { describe, expect, it } from 'vitest';
import { CitedFactRow, PartialDate } from './cited';
import { figureProblems, valueProblem } from './plausible';

describe('what a figure of each unit can be', () => {
  it.each([
    ['percent', 0, true],
    ['percent', 100, true],
    ['percent', 100.5, false],
    ['percent', 1.2e29, false],
    ['percent', -0.1, false],
    ['score', 0.81, true],
    ['score', 81, false],
    ['rank', 1, true],
    ['rank', 0, false],
    ['rank', 2.5, false],
    ['enterprises', 0, true],
    ['enterprises', -1, false],
    ['enterprises', 12.5, false],
    ['billion_vnd', 36571.4, true],
    ['billion_vnd', -5, false],
    ['billion_vnd', 1e-100, true],
    ['billion_vnd', 5e-324, true],
    ['billion_vnd', 1e300, false],
    ['million_usd', Number.POSITIVE_INFINITY, false],
    ['per_1000_people', Number.NaN, false],
  ] as const)('%s %s → %s', (unit, value, ok) => {
    expect(valueProblem(unit, value) === null).toBe(ok);
  });
  it('names each field that cannot be, with why', () => {
    expect(figureProblems('percent', { value: 120, change_pct: -150, plan_pct: -1 })).toEqual([
      'value: 120 cannot be a share, from 0 to 100 %',
      'change_pct: a change of -150 % is not possible (from −100 % to 1e6 %)',
      'plan_pct: a plan attainment of -1 % is not possible (from 0 to 1e6 %)',
    ]);
    expect(figureProblems('enterprises', { value_min: 10, value_max: 12, change_pct: 5 })).toEqual([]);
  });
});

describe('publication dates', () => {
  it('are days, months or years the calendar has, between 1900 and 2100', () => {
    for (const ok of ['2019', '2019-02', '2019-02-28', '2020-02-29', '1900-01-01', '2100-12-31']) expect(PartialDate.safeParse(ok).success).toBe(true);
    for (const bad of ['2019-02-31', '2019-02-29', '0000-01-01', '0000', '1899-12-31', '2019-04-31', '2019-13', '2019-1-1']) expect(PartialDate.safeParse(bad).success).toBe(false);
  });
  it('a cited row with an impossible date is refused with a message that names the date', () => {
    const row = { region: 'da-nang', indicator: 'ict_revenue', year: '2020', value: '1', unit: 'billion_vnd', qualifier: 'actual', approx: '', change_pct: '', change_vs_year: '', plan_pct: '', source_url: 'https://a.example/x' };
    const r = CitedFactRow.safeParse({ ...row, source_published: '2019-02-31' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['source_published', 'there is no date 2019-02-31 (a day of the calendar between 1900 and 2100)']]);
  });
});
