import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedFact } from '@chiso/shared';
import { readFileSync } from 'node:fs';
import { extractReport } from '../extract';
import { readDocument } from '../readers/index';
import { labelFacts, readGold, type Gold } from '../score';
import { ablations, type Ablation } from './ablations';
import type { Evidence, EvidenceCode } from '../reading/evidence';
import { featuresOf } from './features';
import { fitLogistic, predict, type Example, type Logistic } from './logistic';

/**
 * Fits the confidence model on the labelled facts of the development gold sets: every fact the extractor emits on
 * them, right (it matches a gold fact) or wrong. Leave-one-document-out predictions give the reliability by bin and
 * the provisional auto-accept threshold: the lowest confidence from which every higher threshold keeps precision
 * ≥ 0.99 on the held-out facts. The threshold is provisional until a blind round is scored (decision 0007).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const developmentSets: { name: string; dir: string }[] = [
  { name: 'corpus', dir: join(root, 'corpus') },
  { name: 'fixtures', dir: join(root, 'src', 'fixtures') },
  { name: 'round-1', dir: join(root, 'blind', 'round-1') },
  { name: 'round-2', dir: join(root, 'blind', 'round-2') },
];

/** The L2 penalty: strong enough that a feature seen on a handful of facts does not swing confidence on its own. */
export const LAMBDA = 2;
export const PRECISION_ASKED = 0.99;

export interface LabelledFact {
  set: string;
  document: string;
  /** The rule family switched off when the fact was read; none for the full reader's facts. */
  ablation?: Ablation;
  evidence: Evidence[];
  right: boolean;
}

export interface Bin {
  from: number;
  to: number;
  facts: number;
  right: number;
}

export interface ConfidenceModelFile {
  note: string;
  trainedOn: string[];
  facts: number;
  wrong: number;
  /** Of them, read by a reader missing one rule family (`ablations.ts`). */
  fromAblations: { facts: number; wrong: number };
  lambda: number;
  intercept: number;
  weights: Record<string, number>;
  threshold: number | null;
  thresholdBasis: string;
  crossValidated: { precisionAtThreshold: number | null; coverage: number | null; reliability: Bin[] };
}

const factKey = (f: ExtractedFact): string => `${f.indicator}|${f.year}|${f.value ?? `${f.value_min}-${f.value_max}`}|${f.qualifier}|${f.start}`;

/**
 * The facts the reader emits on each document, labelled by its gold file, and the facts a reader missing one rule
 * family emits there and the full reader does not (`ablations.ts`): the errors unseen phenomena bring.
 */
export async function labelledFacts(sets = developmentSets): Promise<LabelledFact[]> {
  const out: LabelledFact[] = [];
  const push = (set: string, gold: Gold, facts: ExtractedFact[], ablation?: Ablation): void => {
    const labels = labelFacts(facts, gold);
    facts.forEach((f, i) => out.push({ set, document: gold.document, ...(ablation ? { ablation } : {}), evidence: f.evidence.map((e) => ({ code: e.code as EvidenceCode, ...(e.value !== undefined ? { value: e.value } : {}) })), right: labels[i]! }));
  };
  for (const s of sets) {
    for (const gold of readGold(s.dir)) {
      // read once, extract with the full reader and with each rule family switched off
      const document = await readDocument(new Uint8Array(readFileSync(join(s.dir, gold.document))));
      const opts = { region: gold.region, blocks: document.blocks, title: document.title, published: document.published ?? (document.publishedMonth ? `${document.publishedMonth}-01` : undefined) };
      const full = extractReport(document.text, opts).facts;
      push(s.name, gold, full);
      const seen = new Set(full.map(factKey));
      for (const a of ablations) {
        const fresh = extractReport(document.text, { ...opts, without: new Set([a]) }).facts.filter((f) => !seen.has(factKey(f)));
        for (const f of fresh) seen.add(factKey(f));
        push(s.name, gold, fresh, a);
      }
    }
  }
  return out;
}

const round = (x: number, digits = 6): number => Number(x.toFixed(digits));

function featureNames(data: Example[]): string[] {
  const names = new Set<string>();
  for (const e of data) for (const k of e.x.keys()) names.add(k);
  return [...names].sort();
}

/** Held-out probability of each fact: the model fitted without the fact's document. */
export function crossValidated(facts: LabelledFact[], lambda = LAMBDA): number[] {
  const data: Example[] = facts.map((f) => ({ x: featuresOf(f.evidence), y: f.right }));
  const names = featureNames(data);
  const docs = [...new Set(facts.map((f) => `${f.set}/${f.document}`))];
  const scores = new Array<number>(facts.length).fill(0);
  for (const d of docs) {
    const train = data.filter((_, i) => `${facts[i]!.set}/${facts[i]!.document}` !== d);
    const m = fitLogistic(train, names, lambda);
    facts.forEach((f, i) => {
      if (`${f.set}/${f.document}` === d) scores[i] = predict(m, data[i]!.x);
    });
  }
  return scores;
}

/** The lowest threshold (among the scores, rounded as facts show them) from which every higher one keeps the precision asked. */
export function chooseThreshold(scores: number[], right: boolean[], precision = PRECISION_ASKED): { threshold: number | null; precision: number | null; coverage: number | null } {
  const shown = scores.map((s) => round(s, 3));
  const levels = [...new Set(shown)].sort((a, b) => b - a);
  let best: number | null = null;
  for (const t of levels) {
    const accepted = shown.map((s, i) => (s >= t ? i : -1)).filter((i) => i >= 0);
    const ok = accepted.filter((i) => right[i]).length;
    if (ok / accepted.length >= precision) best = t;
    else break;
  }
  if (best === null) return { threshold: null, precision: null, coverage: null };
  const accepted = shown.map((s, i) => (s >= best! ? i : -1)).filter((i) => i >= 0);
  return { threshold: best, precision: round(accepted.filter((i) => right[i]).length / accepted.length, 4), coverage: round(accepted.length / scores.length, 4) };
}

export function reliability(scores: number[], right: boolean[], bins = 10): Bin[] {
  const out: Bin[] = [];
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    const idx = scores.map((s, i) => (s >= from && (s < to || (b === bins - 1 && s <= to)) ? i : -1)).filter((i) => i >= 0);
    if (idx.length) out.push({ from: round(from, 2), to: round(to, 2), facts: idx.length, right: idx.filter((i) => right[i]).length });
  }
  return out;
}

/** Fits the model on every labelled fact and chooses the provisional threshold by cross-validation. */
export function fitModel(facts: LabelledFact[], lambda = LAMBDA): ConfidenceModelFile {
  const data: Example[] = facts.map((f) => ({ x: featuresOf(f.evidence), y: f.right }));
  const m: Logistic = fitLogistic(data, featureNames(data), lambda);
  const cv = crossValidated(facts, lambda);
  const right = facts.map((f) => f.right);
  const t = chooseThreshold(cv, right);
  const weights: Record<string, number> = {};
  for (const [k, v] of Object.entries(m.weights)) weights[k] = round(v);
  return {
    note: 'Written by `npm run fit-confidence` (packages/extract/src/model/fit-confidence.ts); do not edit by hand.',
    trainedOn: [...new Set(facts.map((f) => f.set))],
    facts: facts.length,
    wrong: facts.filter((f) => !f.right).length,
    fromAblations: { facts: facts.filter((f) => f.ablation).length, wrong: facts.filter((f) => f.ablation && !f.right).length },
    lambda,
    intercept: round(m.intercept),
    weights,
    threshold: t.threshold,
    thresholdBasis:
      t.threshold === null
        ? `no threshold keeps precision >= ${PRECISION_ASKED} on held-out development facts: nothing is accepted without review`
        : `provisional: leave-one-document-out on the development sets (precision >= ${PRECISION_ASKED} at and above it); to be chosen again on the first scored blind round`,
    crossValidated: { precisionAtThreshold: t.precision, coverage: t.coverage, reliability: reliability(cv, right) },
  };
}
