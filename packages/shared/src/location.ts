import { z } from 'zod';

/** A region of a page image, as fractions of the page's width and height (0–1, from the top left). */
export const PageBox = z.object({
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
  w: z.number().min(0).max(1),
  h: z.number().min(0).max(1),
});
export type PageBox = z.infer<typeof PageBox>;

/** A word OCR read, with Tesseract's confidence in it (0–100). */
export const OcrWordEvidence = z.object({ text: z.string(), confidence: z.number().min(0).max(100) });
export type OcrWordEvidence = z.infer<typeof OcrWordEvidence>;

/**
 * What OCR says about a figure read from a scanned page: where it is (page and box around the number and its unit),
 * how sure Tesseract was of the number's words, of the unit words after it and of the words of its sentence (the
 * indicator's cue words are among them), whether letters were read as digits and put right, and how much of the
 * fact's confidence this evidence took away (decision 0010).
 */
export const OcrEvidence = z.object({
  page: z.number().int().positive(),
  box: PageBox,
  number: z.array(OcrWordEvidence),
  unit: z.array(OcrWordEvidence),
  quote: z.object({ min: z.number().min(0).max(100), mean: z.number().min(0).max(100), words: z.number().int().nonnegative() }),
  corrected: z.boolean(),
  penalty: z.number().min(0).max(1),
});
export type OcrEvidence = z.infer<typeof OcrEvidence>;

/** The cell of a workbook a figure was read from (`C5`, or a merged range `B2:D2`). */
export const CellRef = z.object({ sheet: z.string(), cell: z.string() });
export type CellRef = z.infer<typeof CellRef>;

/** `GET /api/v1/facts/{id}/location`: where in its source file a figure was read, beyond the text offsets. */
export const FactLocation = z.object({
  fact_id: z.number().int(),
  source_id: z.number().int(),
  cell: CellRef.nullable(),
  page: z
    .object({
      page: z.number().int().positive(),
      /** The page image (JPEG) the box is drawn on, and its size in pixels. */
      image: z.string(),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      box: PageBox,
    })
    .nullable(),
  ocr: OcrEvidence.nullable(),
});
export type FactLocation = z.infer<typeof FactLocation>;

/**
 * A page of a source read by OCR, as the public source page shows it: the image, where the page's OCR text is in the
 * source's text (its text alternative; null for pages stored before that was kept), and the boxes of the page's
 * accepted figures (a machine-read one stays marked so by its fact's `machine_read`).
 */
export const SourcePageImage = z.object({
  page: z.number().int().positive(),
  image: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  text_start: z.number().int().nonnegative().nullable(),
  text_end: z.number().int().nonnegative().nullable(),
  boxes: z.array(z.object({ fact_id: z.number().int(), box: PageBox })),
});
export type SourcePageImage = z.infer<typeof SourcePageImage>;
