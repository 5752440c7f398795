import type { Approx, Block, Qualifier, Unit } from '@chiso/shared';
import { toNumber, type Currency, type Decimal } from './numbers';
import { ev, type Evidence } from './reading/evidence';

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
  /** What each stage found: the confidence model's features, the reviewer's reasons. */
  evidence: Evidence[];
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
    const inClause = (c: Candidate): boolean => c.evidence.some((e) => e.code === 'subject.clause');
    const best = g.reduce((a, b) => (inClause(b) && !inClause(a) && !a.fromTable ? b : a));
    const prose = g.filter((c) => !c.fromTable);
    const evidence = [...best.evidence];
    if (g.length > 1) evidence.push(ev('merge.corroborated'));
    if (prose.length && prose.length < g.length) evidence.push(ev('merge.table-and-prose'));
    const merged: Candidate = { ...best, evidence };
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

const explicitYear = new Set(['year.after-figure', 'year.edition', 'year.table-column']);
const inferredYear = new Set(['year.in-sentence', 'year.paragraph', 'year.heading', 'year.report']);
const hasCode = (c: Candidate, codes: Set<string>): boolean => c.evidence.some((e) => codes.has(e.code));

/**
 * A figure stated again with a year only inferred (a summary opening `Năm 2023, … DTI vươn lên thứ 14` that restates
 * the body's `thứ 14 năm 2022`) is the same fact: the one whose year is written with it stands, the other goes.
 */
export function dropRestatements(cands: Candidate[]): Candidate[] {
  const byValue = new Map<string, Candidate[]>();
  for (const c of cands) {
    const k = `${c.indicator}|${valueKey(c)}|${c.qualifier === 'target'}`;
    const g = byValue.get(k);
    if (g) g.push(c);
    else byValue.set(k, [c]);
  }
  const drop = new Set<Candidate>();
  for (const g of byValue.values()) {
    const strong = g.filter((c) => hasCode(c, explicitYear));
    if (!strong.length) continue;
    for (const c of g) {
      if (strong.includes(c) || !hasCode(c, inferredYear) || strong.some((s) => s.year === c.year)) continue;
      drop.add(c);
      for (const s of strong) if (!s.evidence.some((e) => e.code === 'merge.corroborated')) s.evidence.push(ev('merge.corroborated'));
    }
  }
  // a heading's rounded figure (`Doanh thu CNTT gần 2.000 tỷ đồng`) restating the body's (`1.968 tỷ đồng`)
  for (const c of cands) {
    if (c.block?.kind !== 'heading' || c.approx === 'exact' || c.value === undefined) continue;
    const body = cands.find((o) => o !== c && o.block?.kind !== 'heading' && o.indicator === c.indicator && o.year === c.year && o.value !== undefined && Math.abs(o.value - c.value!) <= 0.05 * c.value!);
    if (body) drop.add(c);
  }
  return cands.filter((c) => !drop.has(c));
}

/**
 * Facts that disagree: two values for one indicator, year and kind (result, estimate, target) in one document. One of
 * them is usually misread (a column taken for another, a part for the whole): both carry the evidence.
 */
export function markConflicts(cands: Candidate[]): void {
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    const k = `${c.indicator}|${c.year}|${c.qualifier}`;
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  for (const g of groups.values()) {
    if (new Set(g.map(valueKey)).size < 2) continue;
    for (const c of g) c.evidence.push(ev('merge.conflict'));
  }
}
