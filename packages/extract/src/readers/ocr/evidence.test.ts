import { describe, expect, it } from 'vitest';
import { ocrEvidence, withOcrFactor } from './evidence';
import type { OcrPageImage, OcrWordBox } from './options';

const text = 'Năm 2023, tổng doanh thu toàn ngành đạt 4.250 tỷ đồng, tăng 8,5%.';
/** The sentence's words, placed where they are in `text`, with the confidences given. */
function page(confidences: Record<string, number>, corrected: string[] = []): OcrPageImage {
  const words: OcrWordBox[] = [];
  const token = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(text))) {
    const i = words.length;
    words.push({ text: m[0], conf: confidences[m[0]] ?? 96, corrected: corrected.includes(m[0]), box: { x: 0.1 + i * 0.05, y: 0.2, w: 0.04, h: 0.02 }, start: m.index, end: m.index + m[0].length });
  }
  return { page: 3, image: new Uint8Array(), width: 100, height: 140, dpi: 300, turned: 0, skew: 0, words };
}
const fact = { start: text.indexOf('4.250'), end: text.indexOf('4.250') + 5, quote: text, quote_start: 0 };

describe('OCR evidence of a fact', () => {
  it('names the page, the box around number and unit, and the confidences of their words and of the sentence', () => {
    const evidence = ocrEvidence(fact, [page({ 'tỷ': 90 })]);
    expect(evidence).toMatchObject({
      page: 3,
      number: [{ text: '4.250', confidence: 96 }],
      unit: [{ text: 'tỷ', confidence: 90 }, { text: 'đồng,', confidence: 96 }],
      quote: { min: 90, words: 13 },
      corrected: false,
      penalty: 0.03,
    });
    expect(evidence?.box).toEqual({ x: 0.5, y: 0.2, w: 0.14, h: 0.02 });
  });

  it('costs nothing when OCR is sure, lowers the confidence as it is less sure, and sends an unsure figure to review', () => {
    const sure = ocrEvidence(fact, [page({})]);
    expect(sure?.penalty).toBe(0);
    expect(withOcrFactor(0.97, sure!, 0.86)).toBe(0.97);
    const unsure = ocrEvidence(fact, [page({ '4.250': 80 })]);
    expect(unsure?.penalty).toBeCloseTo(0.18, 5);
    expect(withOcrFactor(0.97, unsure!, 0.86)).toBe(0.79);
    const slightly = ocrEvidence(fact, [page({ '4.250': 84 })]);
    expect(withOcrFactor(0.97, slightly!, 0.86)).toBe(0.85);
  });

  it('keeps a figure whose digits were put right (`4.25O` → 4.250) out of auto-accept', () => {
    const evidence = ocrEvidence(fact, [page({}, ['4.250'])]);
    expect(evidence).toMatchObject({ corrected: true, penalty: 0.2 });
    expect(withOcrFactor(0.97, evidence!, 0.86)).toBe(0.77);
  });

  it('says nothing of a fact that is not on an OCR page', () => {
    expect(ocrEvidence({ ...fact, start: 500, end: 505 }, [page({})])).toBeNull();
  });
});
