import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUTO_ACCEPT_THRESHOLD, autoAccept, confidenceOf, modelPath } from '../confidence';
import { ev } from '../reading/evidence';
import { fitModel, labelledFacts, type ConfidenceModelFile } from './fit';

const checkedIn = JSON.parse(readFileSync(modelPath, 'utf8')) as ConfidenceModelFile;

describe('confidence model', () => {
  it('is what `npm run fit-confidence` fits on the development sets today', async () => {
    expect(fitModel(await labelledFacts())).toEqual(checkedIn);
  }, 240_000);

  it('chooses the threshold on the blind rounds’ first-sight facts, where it keeps precision ≥ 0.99', () => {
    expect(checkedIn.blind.rounds).toEqual(expect.arrayContaining(['round-2', 'round-3']));
    if (checkedIn.threshold !== null) expect(checkedIn.blind.precisionAtThreshold).toBeGreaterThanOrEqual(0.99);
    expect(checkedIn.blind.reliability.reduce((n, b) => n + b.facts, 0)).toBe(checkedIn.blind.facts);
  });

  it('loads the checked-in weights and threshold', () => {
    expect(AUTO_ACCEPT_THRESHOLD).toBe(checkedIn.threshold);
    const clean = [ev('role.level-verb'), ev('subject.clause'), ev('year.after-figure'), ev('document.year-named')];
    const z = checkedIn.intercept + clean.reduce((s, e) => s + (checkedIn.weights[e.code] ?? 0), 0);
    expect(confidenceOf(clean)).toBeCloseTo(1 / (1 + Math.exp(-z)), 3);
  });

  it('weighs a code it was not fitted with as nothing, so new evidence (an OCR reader’s) needs a refit to count', () => {
    const clean = [ev('subject.clause'), ev('year.after-figure')];
    expect(confidenceOf([...clean, ev('reader.ocr-confidence', 0.4)])).toBe(confidenceOf(clean) + ((checkedIn.weights['reader.ocr-confidence'] ?? 0) === 0 ? 0 : NaN));
  });

  it('auto-accepts exactly the facts at or above the threshold, none when there is no threshold', () => {
    if (AUTO_ACCEPT_THRESHOLD === null) expect(autoAccept(1)).toBe(false);
    else {
      expect(autoAccept(AUTO_ACCEPT_THRESHOLD)).toBe(true);
      expect(autoAccept(AUTO_ACCEPT_THRESHOLD - 0.001)).toBe(false);
    }
  });

  it('ranks a fact the document contradicts below the same fact uncontradicted', () => {
    const clean = [ev('role.level-verb'), ev('subject.clause'), ev('year.in-sentence')];
    expect(confidenceOf([...clean, ev('merge.conflict')])).toBeLessThan(confidenceOf(clean));
  });
});

describe('evidence a reader gives', () => {
  it('attaches the lowest word confidence of a figure as `reader.ocr-confidence`', async () => {
    const { extract } = await import('../extract');
    const text = 'Năm 2023, doanh thu toàn ngành đạt 5.200 tỷ đồng.';
    const at = text.indexOf('5.200');
    const [f] = extract(text, { region: 'hoa-son', wordConfidence: [{ start: 0, end: 3, confidence: 0.99 }, { start: at, end: at + 5, confidence: 0.62 }] });
    expect(f!.evidence).toContainEqual(expect.objectContaining({ code: 'reader.ocr-confidence', value: 0.62, stage: 'reader' }));
  });
});
