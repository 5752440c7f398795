import { writeFileSync } from 'node:fs';
import { modelPath } from '../confidence';
import { fitModel, labelledFacts } from './fit';

/**
 * `npm run fit-confidence`: fits the confidence model on the development gold sets and writes
 * `src/confidence-model.json` (weights, provisional threshold, cross-validated reliability). Deterministic: the
 * test `confidence-model.test.ts` fits again and expects the same file.
 */
const model = fitModel(await labelledFacts());
writeFileSync(modelPath, `${JSON.stringify(model, null, 2)}\n`);
const cv = model.crossValidated;
process.stdout.write(`fitted on ${model.facts} facts (${model.wrong} wrong) of ${model.trainedOn.join(', ')}\n`);
process.stdout.write(`threshold ${model.threshold ?? 'none'}: ${model.thresholdBasis}\n`);
if (cv.precisionAtThreshold !== null) process.stdout.write(`held-out precision at the threshold ${cv.precisionAtThreshold}, coverage ${cv.coverage}\n`);
process.stdout.write('reliability of held-out confidence (bin: right/facts):\n');
for (const b of cv.reliability) process.stdout.write(`  ${b.from.toFixed(1)}-${b.to.toFixed(1)}  ${b.right}/${b.facts}\n`);
