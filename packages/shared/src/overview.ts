import type { Coverage, DashboardItem, YearChoice } from './api';
import { changePct } from './series';

/**
 * The yearly overview's questions answered from what the dashboard sends: which year to open on, how each
 * indicator changed (and against what), what got better or worse. Pure, so the API can answer the same way.
 */

/** The indicators of a region reported in the last three years with data: the ones a complete year should have. */
export function recentlyReported(coverage: readonly Coverage[], latestYear: number): number {
  return coverage.filter((c) => c.last_year >= latestYear - 2).length;
}

export interface DefaultYear {
  year: number;
  /** The newer years passed over, with how few indicators each has. */
  skipped: { year: number; count: number }[];
}

/**
 * The year an overview opens on: the latest in which at least half of the recently reported indicators have a
 * figure. `counts` must hold the years from the latest down to the chosen one (undefined: not known yet, and the
 * answer is null until it is); with no complete year, the year with the most figures.
 */
export function defaultOverviewYear(years: readonly number[], counts: ReadonlyMap<number, number>, recent: number): DefaultYear | null {
  const desc = [...years].sort((a, b) => b - a);
  const skipped: DefaultYear['skipped'] = [];
  for (const year of desc) {
    const count = counts.get(year);
    if (count === undefined) return null;
    if (count * 2 >= recent) return { year, skipped };
    skipped.push({ year, count });
  }
  const best = [...skipped].sort((a, b) => b.count - a.count || b.year - a.year)[0];
  return best ? { year: best.year, skipped: skipped.filter((s) => s.year > best.year) } : null;
}

const enPlural = new Intl.PluralRules('en');
const indicatorsEn = (n: number) => `${n} ${enPlural.select(n) === 'one' ? 'indicator' : 'indicators'}`;

/**
 * Why an overview shows `year` (the API's `year_choice`): asked for, or chosen by defaultOverviewYear, which passed
 * over `skipped`; `most_figures` when no year reached half of the `recent` indicators.
 */
export function yearChoice(year: number, by: YearChoice['by'], skipped: DefaultYear['skipped'], recent: number | null): YearChoice {
  const passed = skipped.map((s) => ({ year: s.year, indicators: s.count }));
  const vi: Record<YearChoice['by'], string> = {
    request: `${year} — năm được chọn`,
    newest_complete: `${year} — năm gần nhất có đủ số liệu`,
    most_figures: `${year} — chưa năm nào có số liệu cho một nửa trong ${recent ?? 0} chỉ tiêu được báo cáo gần đây; năm này có nhiều nhất`,
  };
  const en: Record<YearChoice['by'], string> = {
    request: `${year} — the year asked for`,
    newest_complete: `${year} — newest complete year`,
    most_figures: `${year} — no year has figures for half of the ${indicatorsEn(recent ?? 0)} recently reported; this one has the most`,
  };
  const newer = (lang: 'vi' | 'en') =>
    passed.map((p) => (lang === 'vi' ? `năm ${p.year} mới có ${p.indicators} chỉ tiêu` : `${p.year} has ${indicatorsEn(p.indicators)}`)).join(', ');
  return {
    by,
    recently_reported: recent,
    skipped: passed,
    reason: {
      vi: passed.length ? `${vi[by]}; ${newer('vi')}` : vi[by],
      en: passed.length ? `${en[by]}; ${newer('en')}` : en[by],
    },
  };
}

/** How a figure moved: up or down in number, and whether that is better for the indicator. */
export type Direction = 'better' | 'worse' | 'same';

export interface YearChange {
  /**
   * `previous`: computed against the year before. `earlier`: computed against the latest earlier year with a figure
   * (the year before is missing). `stated`: the change the source states (the year before is missing here).
   */
  basis: 'previous' | 'earlier' | 'stated';
  vsYear: number;
  /** Percentage change (ranks and shares too, for sorting); null when not defined (a base of zero). */
  pct: number | null;
  /** The difference in the indicator's unit (places for a rank, points for a share); null for a stated change. */
  abs: number | null;
  direction: Direction;
  /** The figure of the year is an estimate. */
  valueEstimate: boolean;
  /** The figure compared against is an estimate. */
  baseEstimate: boolean;
}

function directionOf(diff: number, better: DashboardItem['indicator']['better']): Direction {
  if (Math.abs(diff) < 1e-9) return 'same';
  return (diff > 0) === (better === 'higher') ? 'better' : 'worse';
}

/** The latest figure before `year` in the item's sparkline. */
function earlierPoint(item: DashboardItem, year: number): DashboardItem['spark'][number] | undefined {
  return [...item.spark].filter((p) => p.year < year).sort((a, b) => b.year - a.year)[0];
}

/**
 * Two ranks out of different numbers of units (63 provinces before July 2025, 34 after) are places in different
 * rankings: no change in places is computed between them. The two denominators, or null when they agree or are unknown.
 */
export function rankBasesDiffer(item: DashboardItem, year: number): { base: number; value: number; vsYear: number } | null {
  if (item.indicator.unit !== 'rank') return null;
  const earlier = earlierPoint(item, year);
  if (!earlier || earlier.denominator === undefined || item.denominator === undefined || earlier.denominator === item.denominator) return null;
  return { base: earlier.denominator, value: item.denominator, vsYear: earlier.year };
}

/**
 * The change a card shows for `year`: against the year before, else what the source states, else the latest earlier
 * year; none between ranks out of different numbers of units.
 */
export function yearChange(item: DashboardItem, year: number): YearChange | null {
  if (rankBasesDiffer(item, year)) return null;
  const valueEstimate = item.qualifier === 'estimate';
  const earlier = earlierPoint(item, year);
  const { better } = item.indicator;
  const computed = (basis: 'previous' | 'earlier', base: NonNullable<typeof earlier>): YearChange => ({
    basis,
    vsYear: base.year,
    pct: changePct(base.value, item.value),
    abs: item.value - base.value,
    direction: directionOf(item.value - base.value, better),
    valueEstimate,
    baseEstimate: base.qualifier === 'estimate',
  });
  if (earlier && earlier.year === year - 1) return computed('previous', earlier);
  if (item.stated_change_pct !== null) {
    return {
      basis: 'stated',
      vsYear: item.stated_change_vs_year ?? year - 1,
      pct: item.stated_change_pct,
      abs: null,
      direction: directionOf(item.stated_change_pct, better),
      valueEstimate,
      baseEstimate: false,
    };
  }
  return earlier ? computed('earlier', earlier) : null;
}

/** How far the plan is reached, in percent: as the source states it, else the figure over its target (not for ranks and shares). */
export function planAttainment(item: DashboardItem): number | null {
  if (item.plan_pct !== null) return item.plan_pct;
  const unit = item.indicator.unit;
  if (item.target === null || item.target === 0 || unit === 'rank' || unit === 'percent') return null;
  return (item.value / item.target) * 100;
}

export interface OverviewSummary {
  better: number;
  worse: number;
  same: number;
  /** No figure to compare with. */
  notComparable: number;
  /** Figures no person has reviewed yet. */
  machineRead: number;
}

export function overviewSummary(items: readonly DashboardItem[], year: number): OverviewSummary {
  const out: OverviewSummary = { better: 0, worse: 0, same: 0, notComparable: 0, machineRead: 0 };
  for (const item of items) {
    if (item.machine_read) out.machineRead++;
    const c = yearChange(item, year);
    if (!c) out.notComparable++;
    else out[c.direction]++;
  }
  return out;
}

export const overviewSorts = ['catalogue', 'change', 'plan'] as const;
export type OverviewSort = (typeof overviewSorts)[number];
export const overviewFilters = ['all', 'better', 'worse', 'same', 'notComparable', 'planMissed', 'machineRead'] as const;
export type OverviewFilter = (typeof overviewFilters)[number];

/** Improvement in percent, signed so that better is positive (a fall in a rank number or a "lower is better" figure counts up). */
function improvement(item: DashboardItem, year: number): number | null {
  const c = yearChange(item, year);
  if (!c || c.pct === null) return null;
  return item.indicator.better === 'higher' ? c.pct : -c.pct;
}

/**
 * The overview's items filtered and sorted: by catalogue order, by change (most improved first, the not comparable
 * last) or by plan attainment (least attained first, those without a plan last).
 */
export function arrangeOverview(items: readonly DashboardItem[], year: number, sort: OverviewSort, filter: OverviewFilter): DashboardItem[] {
  const kept = items.filter((item) => {
    if (filter === 'all') return true;
    if (filter === 'machineRead') return item.machine_read;
    if (filter === 'planMissed') {
      const p = planAttainment(item);
      return p !== null && p < 100;
    }
    const c = yearChange(item, year);
    return filter === 'notComparable' ? c === null : c?.direction === filter;
  });
  // Highest key first, items without one last.
  const by = (key: (i: DashboardItem) => number | null) => (a: DashboardItem, b: DashboardItem) => {
    const x = key(a);
    const y = key(b);
    return x === y ? 0 : x === null ? 1 : y === null ? -1 : y - x;
  };
  if (sort === 'change') return [...kept].sort(by((i) => improvement(i, year)));
  if (sort === 'plan') return [...kept].sort(by((i) => {
    const p = planAttainment(i);
    return p === null ? null : -p;
  }));
  return kept;
}
