import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedFact } from '@chiso/shared';
import { existsSync, readFileSync } from 'node:fs';
import { extractReport } from '../extract';
import { readDocument } from '../readers/index';
import { labelFacts, readGold, type Gold } from '../score';
import { ablations, type Ablation } from './ablations';
import type { Evidence, EvidenceCode } from '../reading/evidence';
import { featuresOf } from './features';
import { fitLogistic, predict, type Example, type Logistic } from './logistic';

/**
 * Fits the confidence model on the labelled facts of the development gold sets: every fact the extractor emits on
 * them, right (it matches a gold fact) or wrong. The auto-accept threshold is chosen on blind data: the facts each
 * folded round gave at first sight (`first-sight-facts.json`), scored by the model fitted on the sets folded before
 * that round — the lowest confidence from which every higher threshold keeps precision ≥ 0.99 there (decision 0007).
 * Leave-one-document-out predictions over the development sets are reported beside it.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const developmentSets: { name: string; dir: string }[] = [
  { name: 'corpus', dir: join(root, 'corpus') },
  { name: 'fixtures', dir: join(root, 'src', 'fixtures') },
  { name: 'round-1', dir: join(root, 'blind', 'round-1') },
  { name: 'round-2', dir: join(root, 'blind', 'round-2') },
  { name: 'round-3', dir: join(root, 'blind', 'round-3') },
  { name: 'round-4', dir: join(root, 'blind', 'round-4') },
  { name: 'round-5', dir: join(root, 'blind', 'round-5') },
  { name: 'round-6', dir: join(root, 'blind', 'round-6') },
  { name: 'round-7', dir: join(root, 'blind', 'round-7') },
  { name: 'round-8', dir: join(root, 'blind', 'round-8') },
  { name: 'round-9', dir: join(root, 'blind', 'round-9') },
  { name: 'round-10', dir: join(root, 'blind', 'round-10') },
  { name: 'round-11', dir: join(root, 'blind', 'round-11') },
  { name: 'round-12', dir: join(root, 'blind', 'round-12') },
  { name: 'round-13', dir: join(root, 'blind', 'round-13') },
  { name: 'round-14', dir: join(root, 'blind', 'round-14') },
  { name: 'round-15', dir: join(root, 'blind', 'round-15') },
  { name: 'round-16', dir: join(root, 'blind', 'round-16') },
  { name: 'round-17', dir: join(root, 'blind', 'round-17') },
  { name: 'round-18', dir: join(root, 'blind', 'round-18') },
  { name: 'round-19', dir: join(root, 'blind', 'round-19') },
  { name: 'round-20', dir: join(root, 'blind', 'round-20') },
  { name: 'round-21', dir: join(root, 'blind', 'round-21') },
  { name: 'round-22', dir: join(root, 'blind', 'round-22') },
  { name: 'round-23', dir: join(root, 'blind', 'round-23') },
  { name: 'round-24', dir: join(root, 'blind', 'round-24') },
  { name: 'round-25', dir: join(root, 'blind', 'round-25') },
  { name: 'round-26', dir: join(root, 'blind', 'round-26') },
  { name: 'round-27', dir: join(root, 'blind', 'round-27') },
  { name: 'round-28', dir: join(root, 'blind', 'round-28') },
  { name: 'round-29', dir: join(root, 'blind', 'round-29') },
  { name: 'round-30', dir: join(root, 'blind', 'round-30') },
  { name: 'round-31', dir: join(root, 'blind', 'round-31') },
  { name: 'round-32', dir: join(root, 'blind', 'round-32') },
  { name: 'round-33', dir: join(root, 'blind', 'round-33') },
  { name: 'round-34', dir: join(root, 'blind', 'round-34') },
  { name: 'round-35', dir: join(root, 'blind', 'round-35') },
  { name: 'round-36', dir: join(root, 'blind', 'round-36') },
  { name: 'round-37', dir: join(root, 'blind', 'round-37') },
  { name: 'round-38', dir: join(root, 'blind', 'round-38') },
  { name: 'round-39', dir: join(root, 'blind', 'round-39') },
  { name: 'round-40', dir: join(root, 'blind', 'round-40') },
  { name: 'round-41', dir: join(root, 'blind', 'round-41') },
  { name: 'round-42', dir: join(root, 'blind', 'round-42') },
  { name: 'round-43', dir: join(root, 'blind', 'round-43') },
  { name: 'round-44', dir: join(root, 'blind', 'round-44') },
  { name: 'round-45', dir: join(root, 'blind', 'round-45') },
  { name: 'round-46', dir: join(root, 'blind', 'round-46') },
  { name: 'round-47', dir: join(root, 'blind', 'round-47') },
  { name: 'round-48', dir: join(root, 'blind', 'round-48') },
  { name: 'round-49', dir: join(root, 'blind', 'round-49') },
  { name: 'round-50', dir: join(root, 'blind', 'round-50') },
  { name: 'round-51', dir: join(root, 'blind', 'round-51') },
  { name: 'round-52', dir: join(root, 'blind', 'round-52') },
  { name: 'round-53', dir: join(root, 'blind', 'round-53') },
  { name: 'round-54', dir: join(root, 'blind', 'round-54') },
  { name: 'round-55', dir: join(root, 'blind', 'round-55') },
  { name: 'round-56', dir: join(root, 'blind', 'round-56') },
  { name: 'round-57', dir: join(root, 'blind', 'round-57') },
  { name: 'round-58', dir: join(root, 'blind', 'round-58') },
  { name: 'round-59', dir: join(root, 'blind', 'round-59') },
  { name: 'round-60', dir: join(root, 'blind', 'round-60') },
  { name: 'round-61', dir: join(root, 'blind', 'round-61') },
  { name: 'round-62', dir: join(root, 'blind', 'round-62') },
  { name: 'round-63', dir: join(root, 'blind', 'round-63') },
  { name: 'round-64', dir: join(root, 'blind', 'round-64') },
  { name: 'round-65', dir: join(root, 'blind', 'round-65') },
  { name: 'round-66', dir: join(root, 'blind', 'round-66') },
  { name: 'round-67', dir: join(root, 'blind', 'round-67') },
  { name: 'round-68', dir: join(root, 'blind', 'round-68') },
  { name: 'round-69', dir: join(root, 'blind', 'round-69') },
  { name: 'round-70', dir: join(root, 'blind', 'round-70') },
  { name: 'round-71', dir: join(root, 'blind', 'round-71') },
  { name: 'round-72', dir: join(root, 'blind', 'round-72') },
  { name: 'round-73', dir: join(root, 'blind', 'round-73') },
  { name: 'round-74', dir: join(root, 'blind', 'round-74') },
  { name: 'round-75', dir: join(root, 'blind', 'round-75') },
  { name: 'round-76', dir: join(root, 'blind', 'round-76') },
  { name: 'round-77', dir: join(root, 'blind', 'round-77') },
  { name: 'round-78', dir: join(root, 'blind', 'round-78') },
  { name: 'round-79', dir: join(root, 'blind', 'round-79') },
  { name: 'round-80', dir: join(root, 'blind', 'round-80') },
  { name: 'round-81', dir: join(root, 'blind', 'round-81') },
  { name: 'round-82', dir: join(root, 'blind', 'round-82') },
  { name: 'round-83', dir: join(root, 'blind', 'round-83') },
  { name: 'round-84', dir: join(root, 'blind', 'round-84') },
  { name: 'round-85', dir: join(root, 'blind', 'round-85') },
  { name: 'round-86', dir: join(root, 'blind', 'round-86') },
  { name: 'round-87', dir: join(root, 'blind', 'round-87') },
  { name: 'round-88', dir: join(root, 'blind', 'round-88') },
  { name: 'round-89', dir: join(root, 'blind', 'round-89') },
  { name: 'round-90', dir: join(root, 'blind', 'round-90') },
  { name: 'round-91', dir: join(root, 'blind', 'round-91') },
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
  /** The blind rounds' first-sight facts, each scored by the model fitted on the sets folded before its round. */
  blind: { rounds: string[]; facts: number; wrong: number; precisionAtThreshold: number | null; coverage: number | null; reliability: Bin[] };
  crossValidated: { precisionAtThreshold: number | null; coverage: number | null; reliability: Bin[] };
}

/** A fact a blind round gave at first sight, as recorded in its `first-sight-facts.json`. */
export interface FirstSightFact {
  document: string;
  indicator: string;
  year: number;
  value?: number;
  qualifier: string;
  /** The confidence it had then, from the model of that commit. */
  confidence: number;
  right: boolean;
  evidence: Evidence[];
}

/** The first-sight facts of a development set that was a blind round, or none. */
export function firstSightFacts(dir: string): FirstSightFact[] | null {
  const file = join(dir, 'first-sight-facts.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { facts: FirstSightFact[] }).facts : null;
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

/**
 * Held-out confidence of the blind rounds' first-sight facts: each round's facts scored by the model fitted on the
 * development sets folded before it (`sets` is in folding order), as if the round were still blind.
 */
export function blindHeldOut(facts: LabelledFact[], sets = developmentSets, lambda = LAMBDA): { rounds: string[]; scores: number[]; right: boolean[] } {
  const out = { rounds: [] as string[], scores: [] as number[], right: [] as boolean[] };
  sets.forEach((s, i) => {
    const first = firstSightFacts(s.dir);
    if (!first) return;
    const before = new Set(sets.slice(0, i).map((x) => x.name));
    const train: Example[] = facts.filter((f) => before.has(f.set)).map((f) => ({ x: featuresOf(f.evidence), y: f.right }));
    const m = fitLogistic(train, featureNames(train), lambda);
    out.rounds.push(s.name);
    for (const f of first) {
      out.scores.push(predict(m, featuresOf(f.evidence)));
      out.right.push(f.right);
    }
  });
  return out;
}

/** Fits the model on every labelled fact and chooses the threshold on the blind rounds' first-sight facts. */
export function fitModel(facts: LabelledFact[], lambda = LAMBDA, sets = developmentSets): ConfidenceModelFile {
  const data: Example[] = facts.map((f) => ({ x: featuresOf(f.evidence), y: f.right }));
  const m: Logistic = fitLogistic(data, featureNames(data), lambda);
  const cv = crossValidated(facts, lambda);
  const right = facts.map((f) => f.right);
  const lodo = chooseThreshold(cv, right);
  const blind = blindHeldOut(facts, sets, lambda);
  const t = chooseThreshold(blind.scores, blind.right);
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
        ? `no threshold keeps precision >= ${PRECISION_ASKED} on the first-sight facts of ${blind.rounds.join(', ')}: nothing is accepted without review`
        : `first-sight facts of ${blind.rounds.join(', ')}, each round scored by the model fitted on the sets folded before it (precision >= ${PRECISION_ASKED} at and above it)`,
    blind: { rounds: blind.rounds, facts: blind.scores.length, wrong: blind.right.filter((r) => !r).length, precisionAtThreshold: t.precision, coverage: t.coverage, reliability: reliability(blind.scores, blind.right) },
    crossValidated: { precisionAtThreshold: lodo.precision, coverage: lodo.coverage, reliability: reliability(cv, right) },
  };
}
