import type { Evidence, EvidenceCode } from '../reading/evidence';

/**
 * The features the confidence model reads: one per evidence code, valued 1 when the evidence is there (or its graded
 * value), 0 when it is not. A feature must be 0 where its evidence says nothing: graded evidence that reports a
 * confidence (the OCR reader's word confidence) enters as its doubt, 1 − value. A code the model was not fitted with
 * weighs nothing until the model is fitted again (`npm run fit-confidence`).
 */
const asDoubt: ReadonlySet<EvidenceCode> = new Set<EvidenceCode>(['reader.ocr-confidence']);

export function featuresOf(evidence: readonly Evidence[]): Map<string, number> {
  const x = new Map<string, number>();
  for (const e of evidence) {
    const raw = e.value ?? 1;
    const v = asDoubt.has(e.code) ? 1 - raw : raw;
    x.set(e.code, Math.max(x.get(e.code) ?? 0, v));
  }
  return x;
}
