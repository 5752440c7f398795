import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExtractedFact } from '@chiso/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyTally, runCorpus, summary, tallyDocument, type Gold, type Tally } from './score';

/**
 * A regression guard, not a quality figure: every rule was tuned on these sets (the project corpus, our own fixtures,
 * and blind rounds once scored), so their scores say nothing of a document the extractor has never seen. The
 * first-sight scores of the blind rounds (decision 0006, `npm run bench -- extract`) are the quality figure.
 */
const here = dirname(fileURLToPath(import.meta.url));
const sets = {
  corpus: join(here, '..', 'corpus'),
  fixtures: join(here, 'fixtures'),
  'round-1': join(here, '..', 'blind', 'round-1'),
};

type Run = { gold: Gold; facts: ExtractedFact[] }[];
const runs: Record<string, Run> = {};

beforeAll(async () => {
  for (const [name, dir] of Object.entries(sets)) runs[name] = await runCorpus(dir);
}, 180_000);

function tally(run: Run): Tally {
  const t = emptyTally();
  for (const { gold, facts } of run) tallyDocument(t, facts, gold);
  return t;
}

describe.each(Object.keys(sets))('development set %s (regression guard)', (name) => {
  it('keeps F1 ≥ 0.97 and precision ≥ 0.97, every attribute ≥ 0.95', () => {
    const t = tally(runs[name]!);
    const s = summary(t);
    const detail = [...t.wrong.map((w) => `wrong  ${w}`), ...t.missed.map((m) => `missed ${m}`)].join('\n');
    expect(s.f1, detail).toBeGreaterThanOrEqual(0.97);
    expect(s.precision, detail).toBeGreaterThanOrEqual(0.97);
    for (const [attr, { right, all }] of Object.entries(t.attrs)) expect(right / all, attr).toBeGreaterThanOrEqual(0.95);
  });

  it('emits facts that satisfy the ExtractedFact schema, point into the text and carry their evidence', () => {
    for (const { facts } of runs[name]!) {
      for (const f of facts) {
        expect(ExtractedFact.safeParse(f).success).toBe(true);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.quote_start).toBeLessThanOrEqual(f.start);
        expect(f.quote_start + f.quote.length).toBeGreaterThanOrEqual(f.end);
        expect(f.evidence.some((e) => e.stage === 'subject')).toBe(true);
        expect(f.evidence.some((e) => e.stage === 'year')).toBe(true);
      }
    }
  });

  it('auto-accepts with precision ≥ 0.99', () => {
    const t = tally(runs[name]!);
    const s = summary(t);
    if (s.autoPrecision !== null) expect(s.autoPrecision, t.wrong.join('\n')).toBeGreaterThanOrEqual(0.99);
  });
});
