import { writeFileSync } from 'node:fs';
import { modelPath } from '../confidence';
import { fitModel, labelledFacts } from './fit';

/**
 * `npm run fit-confidence`: fits the confidence model on the development gold sets and writes
 * `src/confidence-model.json` (weights, the threshold chosen on the blind rounds' first-sight facts, reliability). Deterministic: the
 * test `confidence-model.test.ts` fits again and expects the same file.
 */
const model = fitModel(await labelledFacts());
writeFileSync(modelPath, `${JSON.stringify(model, null, 2)}\n`);
const { blind, crossValidated: cv } = model;
process.stdout.write(`fitted on ${model.facts} facts (${model.wrong} wrong) of ${model.trainedOn.join(', ')}\n`);
process.stdout.write(`threshold ${model.threshold ?? 'none'}: ${model.thresholdBasis}\n`);
process.stdout.write(`blind first-sight facts: ${blind.facts} (${blind.wrong} wrong); at the threshold precision ${blind.precisionAtThreshold ?? '-'}, coverage ${blind.coverage ?? '-'}\n`);
process.stdout.write(`leave-one-document-out on the development sets, at their own 0.99 threshold: precision ${cv.precisionAtThreshold ?? '-'}, coverage ${cv.coverage ?? '-'}\n`);
process.stdout.write('reliability (bin: blind first-sight right/facts | development leave-one-document-out right/facts):\n');
for (let b = 0; b < 10; b++) {
  const cell = (bins: typeof cv.reliability): string => {
    const x = bins.find((y) => Math.round(y.from * 10) === b);
    return x ? `${x.right}/${x.facts}` : '-';
  };
  process.stdout.write(`  ${(b / 10).toFixed(1)}-${((b + 1) / 10).toFixed(1)}  ${cell(blind.reliability).padEnd(9)} ${cell(cv.reliability)}\n`);
}
