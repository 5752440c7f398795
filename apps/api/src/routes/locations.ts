import { FactLocation, OcrEvidence, RowId } from '@chiso/shared';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { json } from '../http/body';
import { HttpProblem } from '../http/problem';
import { read, type ApiRouter } from '../http/route';

/** The URL of a source's page image: the image route below. */
export const pageImageUrl = (sourceId: number, page: number): string => `/api/v1/sources/${sourceId}/pages/${page}.jpg`;

/**
 * Where a figure is in its file beyond the text offsets (`/facts/{id}/location`: the workbook cell, or the OCR'd
 * page with the box around the figure and the OCR evidence), and the page images of OCR'd sources
 * (`/sources/{id}/pages/{n}.jpg`), which the review queue shows beside the text. Public, like the source's text.
 */
export function locationsRoute(app: ApiRouter, deps: AppDeps): void {
  const db = deps.db.db;

  read(
    app,
    deps.reads,
    {
      path: '/facts/{id}/location',
      summary: "Where a figure sits in its file: a workbook's sheet and cell, or a scanned page with the figure's box and the OCR evidence",
      tag: 'read',
      params: z.object({ id: RowId }),
      response: { type: 'application/json', schema: FactLocation },
      errors: [404],
    },
    async ({ param: { id } }) => {
      const fact = await db.selectFrom('facts').select(['id', 'source_id']).where('id', '=', id).executeTakeFirst();
      if (!fact) throw new HttpProblem(404, `There is no fact ${id}.`);
      const at = await db.selectFrom('fact_locations').selectAll().where('fact_id', '=', id).executeTakeFirst();
      const ocr = at?.ocr ? OcrEvidence.parse(JSON.parse(at.ocr)) : null;
      const page = ocr
        ? await db.selectFrom('source_pages').select(['width', 'height']).where('source_id', '=', fact.source_id).where('page', '=', ocr.page).executeTakeFirst()
        : undefined;
      const body: FactLocation = {
        fact_id: fact.id,
        source_id: fact.source_id,
        cell: at?.sheet && at.cell ? { sheet: at.sheet, cell: at.cell } : null,
        page: ocr && page ? { page: ocr.page, image: pageImageUrl(fact.source_id, ocr.page), width: page.width, height: page.height, box: ocr.box } : null,
        ocr,
      };
      return json(body);
    },
  );

  read(
    app,
    deps.reads,
    {
      path: '/sources/{id}/pages/{file}',
      summary: 'The image of a page read by OCR ({n}.jpg), as the review queue shows it beside the text',
      tag: 'read',
      params: z.object({ id: RowId, file: z.string().regex(/^[1-9][0-9]{0,4}\.jpg$/, 'a page number and .jpg, e.g. 1.jpg') }),
      response: { type: 'image/jpeg', description: 'The page as stored when it was read' },
      errors: [404],
    },
    async ({ param: { id, file } }) => {
      const page = Number(file.slice(0, -4));
      const row = await db.selectFrom('source_pages').select(['image', 'mime']).where('source_id', '=', id).where('page', '=', page).executeTakeFirst();
      if (!row) throw new HttpProblem(404, `Source ${id} has no page image ${page} (only pages read by OCR have one).`);
      // a source's pages never change once stored
      return { body: new Uint8Array(row.image), type: row.mime, headers: { 'Cache-Control': 'public, max-age=86400' } };
    },
  );
}
