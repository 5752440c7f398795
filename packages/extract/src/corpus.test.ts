import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExtractedFact } from '@chiso/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTO_ACCEPT_THRESHOLD } from './confidence';
import { emptyTally, runCorpus, summary, tallyDocument, type Gold, type Tally } from './score';

const here = dirname(fileURLToPath(import.meta.url));
const corpora = {
  project: join(here, '..', 'corpus'),
  own: join(here, 'fixtures'),
};

type Run = { gold: Gold; facts: ExtractedFact[] }[];
const runs: Record<string, Run> = {};

beforeAll(async () => {
  for (const [name, dir] of Object.entries(corpora)) runs[name] = await runCorpus(dir);
}, 120_000);

function tally(run: Run, minConfidence = 0): Tally {
  const t = emptyTally();
  for (const { gold, facts } of run) tallyDocument(t, facts.filter((f) => f.confidence >= minConfidence), gold);
  return t;
}

describe.each(Object.keys(corpora))('corpus %s', (name) => {
  it('scores F1 ≥ 0.95 and precision ≥ 0.97, every attribute ≥ 0.95', () => {
    const t = tally(runs[name]!);
    const s = summary(t);
    const detail = [...t.wrong.map((w) => `wrong  ${w}`), ...t.missed.map((m) => `missed ${m}`)].join('\n');
    expect(s.f1, detail).toBeGreaterThanOrEqual(0.95);
    expect(s.precision, detail).toBeGreaterThanOrEqual(0.97);
    for (const [attr, { right, all }] of Object.entries(t.attrs)) expect(right / all, attr).toBeGreaterThanOrEqual(0.95);
  });

  it('emits facts that satisfy the ExtractedFact schema and point into the text', () => {
    for (const { facts } of runs[name]!) {
      for (const f of facts) {
        expect(ExtractedFact.safeParse(f).success).toBe(true);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.quote_start).toBeLessThanOrEqual(f.start);
        expect(f.quote_start + f.quote.length).toBeGreaterThanOrEqual(f.end);
      }
    }
  });

  it(`auto-accepts at ${AUTO_ACCEPT_THRESHOLD} with precision ≥ 0.99`, () => {
    const all = tally(runs[name]!);
    const accepted = tally(runs[name]!, AUTO_ACCEPT_THRESHOLD);
    const s = summary(accepted);
    const coverage = accepted.predicted / all.predicted;
    console.log(`${name}: at ${AUTO_ACCEPT_THRESHOLD}: precision ${s.precision.toFixed(3)} on ${accepted.predicted} of ${all.predicted} facts (coverage ${coverage.toFixed(3)}), recall ${s.recall.toFixed(3)}`);
    expect(s.precision, accepted.wrong.join('\n')).toBeGreaterThanOrEqual(0.99);
    expect(coverage).toBeGreaterThanOrEqual(0.6);
  });
});
