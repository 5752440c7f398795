import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedFact } from '@chiso/shared';
import { extractDocument } from './index';

/**
 * The corpus scoring of `corpus/score.mjs`, in process: a prediction is correct when indicator, year and target-ness
 * equal a gold fact's and its value equals the gold value (or lies in the gold range); predictions are de-duplicated
 * first; optional gold facts never count as missed.
 */
export interface GoldFact {
  indicator: string;
  year: number;
  value?: number;
  value_min?: number;
  value_max?: number;
  qualifier: string;
  approx?: string;
  change_pct?: number;
  change_vs_year?: number;
  plan_pct?: number;
  required?: boolean;
}

export interface Gold {
  document: string;
  region: string;
  facts: GoldFact[];
}

type Pred = Pick<ExtractedFact, 'indicator' | 'year' | 'value' | 'value_min' | 'value_max' | 'qualifier' | 'approx' | 'change_pct' | 'change_vs_year' | 'plan_pct' | 'confidence' | 'quote' | 'auto_accept'>;

export interface Tally {
  facts: number;
  predicted: number;
  matchedPred: number;
  matchedGold: number;
  /** Predictions an upload would accept without review, and how many of them are right. */
  autoAccepted: number;
  autoRight: number;
  /** Confidence and rightness of every (de-duplicated) prediction, for reliability by bin. */
  scored: { confidence: number; right: boolean }[];
  attrs: Record<string, { right: number; all: number }>;
  wrong: string[];
  missed: string[];
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const isTarget = (f: { qualifier: string }): boolean => f.qualifier === 'target';
function valueMatches(p: Pred, g: GoldFact): boolean {
  if (g.value_min !== undefined && g.value_max !== undefined) {
    if (p.value_min !== undefined && p.value_max !== undefined) return close(p.value_min, g.value_min) && close(p.value_max, g.value_max);
    return typeof p.value === 'number' && p.value >= g.value_min - 1e-9 && p.value <= g.value_max + 1e-9;
  }
  return typeof p.value === 'number' && g.value !== undefined && close(p.value, g.value);
}
const matches = (p: Pred, g: GoldFact): boolean => p.indicator === g.indicator && p.year === g.year && isTarget(p) === isTarget(g) && valueMatches(p, g);
const key = (f: Pred | GoldFact): string => `${f.indicator}|${f.year}|${f.value ?? `${f.value_min}-${f.value_max}`}|${isTarget(f)}`;

export function emptyTally(): Tally {
  return { facts: 0, predicted: 0, matchedPred: 0, matchedGold: 0, autoAccepted: 0, autoRight: 0, scored: [], attrs: {}, wrong: [], missed: [] };
}

/** Adds one document's predictions to a tally. */
export function tallyDocument(t: Tally, preds: Pred[], gold: Gold): void {
  const seen = new Map<string, Pred>();
  for (const p of preds) if (!seen.has(key(p))) seen.set(key(p), p);
  const uniq = [...seen.values()];
  const required = gold.facts.filter((f) => f.required !== false);
  const matchedPred = uniq.filter((p) => gold.facts.some((g) => matches(p, g)));
  const matchedGold = required.filter((g) => uniq.some((p) => matches(p, g)));
  for (const g of gold.facts) {
    const p = uniq.find((q) => matches(q, g));
    if (!p) continue;
    for (const a of ['qualifier', 'approx', 'change_pct', 'change_vs_year', 'plan_pct'] as const) {
      const gv = g[a];
      if (gv === undefined) continue;
      const slot = (t.attrs[a] ??= { right: 0, all: 0 });
      slot.all++;
      const pv = p[a];
      if (pv !== undefined && pv !== null && (typeof gv === 'number' ? close(Number(pv), gv) : pv === gv)) slot.right++;
    }
  }
  for (const p of uniq) {
    const right = matchedPred.includes(p);
    t.scored.push({ confidence: p.confidence, right });
    if (p.auto_accept) {
      t.autoAccepted++;
      if (right) t.autoRight++;
    }
  }
  t.facts += required.length;
  t.predicted += uniq.length;
  t.matchedPred += matchedPred.length;
  t.matchedGold += matchedGold.length;
  for (const p of uniq) if (!matchedPred.includes(p)) t.wrong.push(`${gold.document}: ${key(p)} "${String(p.quote).slice(0, 80)}"`);
  for (const g of required) if (!matchedGold.includes(g)) t.missed.push(`${gold.document}: ${key(g)}`);
}

/** Whether each prediction (in order, duplicates included) matches a gold fact: the labels the confidence model is fitted on. */
export function labelFacts(preds: Pred[], gold: Gold): boolean[] {
  return preds.map((p) => gold.facts.some((g) => matches(p, g)));
}

export function summary(t: Tally): { precision: number; recall: number; f1: number; autoPrecision: number | null } {
  const precision = t.predicted ? t.matchedPred / t.predicted : 0;
  const recall = t.facts ? t.matchedGold / t.facts : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, autoPrecision: t.autoAccepted ? t.autoRight / t.autoAccepted : null };
}

export function readGold(dir: string): Gold[] {
  return readdirSync(join(dir, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8')) as Gold);
}

/** Extracts every document of a corpus folder (`gold/*.json` naming `reports/…`) and returns the predictions. */
export async function runCorpus(dir: string): Promise<{ gold: Gold; facts: ExtractedFact[] }[]> {
  const out: { gold: Gold; facts: ExtractedFact[] }[] = [];
  for (const gold of readGold(dir)) {
    const bytes = new Uint8Array(readFileSync(join(dir, gold.document)));
    const { facts } = await extractDocument(bytes, { region: gold.region });
    out.push({ gold, facts });
  }
  return out;
}
