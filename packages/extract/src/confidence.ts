import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import checkedIn from './confidence-model.json';
import { featuresOf } from './model/features';
import type { Evidence } from './reading/evidence';

/**
 * The confidence of a fact: a logistic regression over its evidence, fitted on the labelled facts of the gold sets
 * by `npm run fit-confidence` (`model/fit.ts`), weights checked in as `confidence-model.json`. The auto-accept
 * threshold is chosen in the same run (see decision 0007): facts at or above it are accepted on upload, the rest
 * wait for review; a model with no threshold accepts nothing.
 */
export interface ConfidenceModel {
  intercept: number;
  weights: Record<string, number>;
  /** The auto-accept threshold, or null when no threshold reaches the precision asked for: every fact goes to review. */
  threshold: number | null;
}

/** Where `npm run fit-confidence` writes the model; the code imports it, so a bundled server carries it inside. */
export const modelPath = join(dirname(fileURLToPath(import.meta.url)), 'confidence-model.json');

const model: ConfidenceModel = { intercept: checkedIn.intercept, weights: checkedIn.weights, threshold: checkedIn.threshold };

/** Facts at or above this confidence are accepted without review; null: none is. */
export const AUTO_ACCEPT_THRESHOLD: number | null = model.threshold;

/** The model's probability that a fact with this evidence is right. */
export function scoreWith(m: ConfidenceModel, evidence: readonly Evidence[]): number {
  let z = m.intercept;
  for (const [code, v] of featuresOf(evidence)) z += (m.weights[code] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

export function confidenceOf(evidence: readonly Evidence[]): number {
  return Math.round(scoreWith(model, evidence) * 1000) / 1000;
}

/** Whether an upload accepts a fact of this confidence without review. */
export function autoAccept(confidence: number): boolean {
  return AUTO_ACCEPT_THRESHOLD !== null && confidence >= AUTO_ACCEPT_THRESHOLD;
}
