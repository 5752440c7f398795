import type { ExtractedFact, OcrEvidence, OcrWordEvidence, PageBox } from '@chiso/shared';
import type { OcrPageImage, OcrWordBox } from './options';

/**
 * The OCR factor of a fact's confidence (decision 0010). The weakest word of the number and its unit sets it:
 * Tesseract's confidence of 92 or more costs nothing, then each point below costs 0.015 (80 → 0.18, 70 → 0.33);
 * a digit confusion put right (`l` → 1, `O` → 0) costs 0.2 more. A fact whose weakest word is below
 * REVIEW_BELOW, or that needed a correction, is kept below the auto-accept threshold whatever its other evidence.
 */
export const OCR_FACTOR = { clean: 92, perPoint: 0.015, corrected: 0.2, max: 0.6, reviewBelow: 85 } as const;

/** Words after the number that belong to it (`tỷ đồng`, `triệu USD`, `trạm`), at most this many. */
const UNIT_WORDS = 2;

const evidenceOf = (word: OcrWordBox): OcrWordEvidence => ({ text: word.text, confidence: word.conf });

function union(words: readonly OcrWordBox[]): PageBox {
  const x0 = Math.min(...words.map((w) => w.box.x));
  const y0 = Math.min(...words.map((w) => w.box.y));
  const x1 = Math.max(...words.map((w) => w.box.x + w.box.w));
  const y1 = Math.max(...words.map((w) => w.box.y + w.box.h));
  const round = (v: number): number => Math.round(v * 10_000) / 10_000;
  return { x: round(x0), y: round(y0), w: round(Math.min(1, x1) - x0), h: round(Math.min(1, y1) - y0) };
}

/** What OCR says about one fact, or null when the fact was not read from an OCR'd page. */
export function ocrEvidence(fact: Pick<ExtractedFact, 'start' | 'end' | 'quote' | 'quote_start'>, pages: readonly OcrPageImage[]): OcrEvidence | null {
  for (const page of pages) {
    const placed = page.words.filter((w) => w.start !== undefined && w.end !== undefined) as Array<OcrWordBox & { start: number; end: number }>;
    const number = placed.filter((w) => w.start < fact.end && w.end > fact.start);
    if (number.length === 0) continue;
    const last = Math.max(...number.map((w) => w.end));
    const after = placed.filter((w) => w.start >= last && w.start < last + 40).sort((a, b) => a.start - b.start);
    const unit: typeof after = [];
    for (const word of after) {
      if (unit.length === UNIT_WORDS || /\d/.test(word.text)) break;
      unit.push(word);
      if (/[.,;:!?)]$/.test(word.text)) break;
    }
    const quoteEnd = fact.quote_start + fact.quote.length;
    const quote = placed.filter((w) => w.start >= fact.quote_start && w.end <= quoteEnd);
    const weakest = Math.min(...[...number, ...unit].map((w) => w.conf));
    const corrected = number.some((w) => w.corrected);
    const penalty = Math.min(OCR_FACTOR.max, Math.max(0, (OCR_FACTOR.clean - weakest) * OCR_FACTOR.perPoint) + (corrected ? OCR_FACTOR.corrected : 0));
    const confs = quote.map((w) => w.conf);
    return {
      page: page.page,
      box: union([...number, ...unit]),
      number: number.map(evidenceOf),
      unit: unit.map(evidenceOf),
      quote: {
        min: confs.length > 0 ? Math.min(...confs) : weakest,
        mean: confs.length > 0 ? Math.round((confs.reduce((a, b) => a + b, 0) / confs.length) * 10) / 10 : weakest,
        words: confs.length,
      },
      corrected,
      penalty: Math.round(penalty * 1000) / 1000,
    };
  }
  return null;
}

/** The fact's confidence with the OCR factor applied, kept under `threshold` when OCR was unsure of the figure. */
export function withOcrFactor(confidence: number, evidence: OcrEvidence, threshold: number): number {
  const weakest = Math.min(...[...evidence.number, ...evidence.unit].map((w) => w.confidence));
  let c = confidence - evidence.penalty;
  if (weakest < OCR_FACTOR.reviewBelow || evidence.corrected) c = Math.min(c, threshold - 0.01);
  return Math.round(Math.max(0.05, c) * 1000) / 1000;
}
