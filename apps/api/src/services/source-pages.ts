import { OcrEvidence, type SourcePageImage } from '@chiso/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The URL of a source's page image (`GET /api/v1/sources/{id}/pages/{n}.jpg`). */
export const pageImageUrl = (sourceId: number, page: number): string => `/api/v1/sources/${sourceId}/pages/${page}.jpg`;

/**
 * The OCR'd pages of a source for its public page: size, where the page's text is, and the boxes of its accepted
 * figures (a pending or rejected figure is not public, so it gets no box). The images themselves are not read here.
 */
export async function sourcePages(db: Kysely<Database>, sourceId: number): Promise<SourcePageImage[]> {
  const pages = await db
    .selectFrom('source_pages')
    .select(['page', 'width', 'height', 'text_start', 'text_end'])
    .where('source_id', '=', sourceId)
    .orderBy('page')
    .execute();
  if (pages.length === 0) return [];
  const located = await db
    .selectFrom('fact_locations')
    .innerJoin('facts', 'facts.id', 'fact_locations.fact_id')
    .select(['fact_locations.fact_id', 'fact_locations.ocr'])
    .where('facts.source_id', '=', sourceId)
    .where('facts.status', '=', 'accepted')
    .where('fact_locations.ocr', 'is not', null)
    .orderBy('fact_locations.fact_id')
    .execute();
  const boxes = new Map<number, SourcePageImage['boxes']>();
  for (const row of located) {
    const ocr = OcrEvidence.safeParse(JSON.parse(row.ocr ?? 'null'));
    if (!ocr.success) continue;
    const list = boxes.get(ocr.data.page) ?? [];
    list.push({ fact_id: row.fact_id, box: ocr.data.box });
    boxes.set(ocr.data.page, list);
  }
  return pages.map((p) => ({ ...p, image: pageImageUrl(sourceId, p.page), boxes: boxes.get(p.page) ?? [] }));
}
