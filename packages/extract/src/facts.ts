import type { Approx, Block, Qualifier, Unit } from '@chiso/shared';
import { toNumber, type Currency, type Decimal } from './numbers';

/** What the confidence of a fact rests on. */
export interface Evidence {
  /** Where the indicator came from: the number's own clause, elsewhere in the sentence, the previous fact, the previous sentence, a table row, a `lần lượt` list. */
  cue: 'clause' | 'sentence' | 'inherited' | 'context' | 'table' | 'respectively';
  /** The runner-up indicator scored close to the winner. */
  contested: boolean;
  /** Where the year came from. */
  year: 'explicit' | 'paragraph' | 'heading' | 'report' | 'next' | 'table';
  /** `25,200` or `1.150` in a text of the other convention. */
  ambiguous: boolean;
  /** A separator style that the document's convention does not write (`1.5` in Vietnamese). */
  foreignStyle: boolean;
  /** A count with no counted noun after it. */
  bare: boolean;
  /** Computed from another figure (`tăng 4 bậc` gives last year's rank). */
  derived: boolean;
  /** A currency assumed from the scale word (`25.200 tỷ` without `đồng`). */
  assumedCurrency: boolean;
  /** Found again elsewhere in the document. */
  corroborated: boolean;
  /** The year is the report's (or the one after it) and the report year was only guessed (the most frequent year). */
  guessedReportYear?: boolean;
}

export interface Candidate {
  indicator: string;
  unit: Unit;
  year: number;
  value?: number;
  value_min?: number;
  value_max?: number;
  qualifier: Qualifier;
  approx: Approx;
  change_pct?: number;
  change_vs_year?: number;
  plan_pct?: number;
  start: number;
  end: number;
  quoteStart: number;
  quoteEnd: number;
  block?: Block;
  rule: string;
  evidence: Evidence;
  /** Prose states facts; a table column header's qualifier yields to the prose on a merge. */
  fromTable: boolean;
}

const unitShift: Partial<Record<Unit, { currency: Currency; exp: number }>> = {
  billion_vnd: { currency: 'VND', exp: 9 },
  million_vnd: { currency: 'VND', exp: 6 },
  million_usd: { currency: 'USD', exp: 6 },
};

export const isMoney = (unit: Unit): boolean => unit in unitShift;
export const moneyCurrency = (unit: Unit): Currency | undefined => unitShift[unit]?.currency;
export const countUnits: ReadonlySet<Unit> = new Set<Unit>(['enterprises', 'persons', 'services', 'agencies', 'documents', 'items', 'stations', 'sites', 'domains', 'per_1000_people']);

/** A number in the indicator's unit: `800 triệu đồng` in billion_vnd is 0.8. */
export function inUnit(d: Decimal, scale: number, unit: Unit): number {
  const money = unitShift[unit];
  return toNumber(d, money ? scale - money.exp : scale);
}

/** Whether two values are the same after rounding noise. */
export const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

const valueKey = (c: Candidate): string => (c.value !== undefined ? String(+c.value.toPrecision(12)) : `${c.value_min}-${c.value_max}`);

/**
 * One fact per indicator, year, value and target-ness: the first place it is stated gives the provenance, the others
 * fill the attributes it lacks. A qualifier stated in prose wins over a table column's.
 */
export function mergeCandidates(cands: Candidate[]): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    const key = `${c.indicator}|${c.year}|${valueKey(c)}|${c.qualifier === 'target'}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  const out: Candidate[] = [];
  for (const g of groups.values()) {
    const best = g.reduce((a, b) => (b.evidence.cue === 'clause' && a.evidence.cue !== 'clause' && !a.fromTable ? b : a));
    const merged: Candidate = { ...best, evidence: { ...best.evidence, corroborated: g.length > 1 } };
    const prose = g.filter((c) => !c.fromTable);
    if (prose.length && merged.fromTable) merged.qualifier = prose[0]!.qualifier;
    // a headline's plain figure and the body's `ước đạt` of the same value: the stated estimate wins
    if (merged.qualifier === 'actual' && prose.some((c) => c.qualifier === 'estimate')) merged.qualifier = 'estimate';
    for (const c of g) {
      merged.change_pct ??= c.change_pct;
      merged.change_vs_year ??= c.change_vs_year;
      merged.plan_pct ??= c.plan_pct;
      if (merged.approx === 'exact' && c.approx !== 'exact' && !c.fromTable) merged.approx = c.approx;
    }
    out.push(merged);
  }
  return out.sort((a, b) => a.start - b.start);
}
