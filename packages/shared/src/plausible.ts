import type { Unit } from './catalogue';

/**
 * What a figure of each unit can be (issue 15: "−1 enterprises", "a share of 1.2e29 %"). Every path that writes a
 * figure checks it here: cited CSVs (seed and upload), an editor's edit, accepting a machine-read figure.
 *   shares (percent) 0–100; scores 0–1; ranks whole numbers from 1; counts whole numbers from 0; amounts and rates
 *   from 0 up to far past anything a province or the country could report; every value finite.
 */
interface Bounds {
  min: number;
  max: number;
  whole: boolean;
  /** How the bounds read in a message. */
  says: string;
}

const count: Bounds = { min: 0, max: 1e10, whole: true, says: 'a count: a whole number, 0 or more' };

const boundsOf: Record<Unit, Bounds> = {
  // 1e9 billion VND is a hundred times Vietnam's GDP; the others are scaled alike.
  billion_vnd: { min: 0, max: 1e9, whole: false, says: 'an amount in billion VND, from 0 to 1e9' },
  million_vnd: { min: 0, max: 1e12, whole: false, says: 'an amount in million VND, from 0 to 1e12' },
  million_usd: { min: 0, max: 1e8, whole: false, says: 'an amount in million USD, from 0 to 1e8' },
  percent: { min: 0, max: 100, whole: false, says: 'a share, from 0 to 100 %' },
  per_1000_people: { min: 0, max: 1e6, whole: false, says: 'a rate per 1,000 people, 0 or more' },
  score: { min: 0, max: 1, whole: false, says: 'a score, from 0 to 1' },
  rank: { min: 1, max: 1e6, whole: true, says: 'a rank: a whole number, 1 or more' },
  enterprises: count,
  persons: count,
  services: count,
  agencies: count,
  documents: count,
  items: count,
  stations: count,
  sites: count,
  domains: count,
};

/** Why `value` cannot be a figure in `unit`, or null when it can. */
export function valueProblem(unit: Unit, value: number): string | null {
  const b = boundsOf[unit];
  if (!Number.isFinite(value)) return `${value} is not a finite number`;
  if (value < b.min || value > b.max || (b.whole && !Number.isInteger(value))) return `${value} cannot be ${b.says}`;
  return null;
}

/** Why a stated change in percent cannot be one: a quantity of 0 or more cannot fall by more than 100 %. */
export function changeProblem(pct: number): string | null {
  if (!Number.isFinite(pct)) return `${pct} is not a finite number`;
  if (pct < -100 || pct > 1e6) return `a change of ${pct} % is not possible (from −100 % to 1e6 %)`;
  return null;
}

/** Why a stated plan attainment in percent cannot be one. */
export function planProblem(pct: number): string | null {
  if (!Number.isFinite(pct)) return `${pct} is not a finite number`;
  if (pct < 0 || pct > 1e6) return `a plan attainment of ${pct} % is not possible (from 0 to 1e6 %)`;
  return null;
}

/** A figure's fields as written: the value (or a range) and what the source says of its change and plan. */
export interface FigureFields {
  value?: number | null;
  value_min?: number | null;
  value_max?: number | null;
  change_pct?: number | null;
  plan_pct?: number | null;
}

/** Every problem of a figure's fields in a unit, each as `field: why`; empty when the figure is plausible. */
export function figureProblems(unit: Unit, f: FigureFields): string[] {
  const out: string[] = [];
  for (const key of ['value', 'value_min', 'value_max'] as const) {
    const v = f[key];
    const p = v === null || v === undefined ? null : valueProblem(unit, v);
    if (p) out.push(`${key}: ${p}`);
  }
  const change = f.change_pct === null || f.change_pct === undefined ? null : changeProblem(f.change_pct);
  if (change) out.push(`change_pct: ${change}`);
  const plan = f.plan_pct === null || f.plan_pct === undefined ? null : planProblem(f.plan_pct);
  if (plan) out.push(`plan_pct: ${plan}`);
  return out;
}
