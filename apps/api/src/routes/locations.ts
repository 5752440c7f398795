import { Hono } from 'hono';
import { FactLocation, OcrEvidence, RowId } from '@chiso/shared';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { HttpProblem } from '../http/problem';
import { json, readRoute } from '../http/read';
import { param } from '../http/validate';

const PageNumber = z.coerce.number().int().min(1).max(100_000);

/** The URL of a source's page image: the image route below. */
export const pageImageUrl = (sourceId: number, page: number): string => `/api/v1/sources/${sourceId}/pages/${page}.jpg`;

/**
 * Where a figure is in its file beyond the text offsets (`/facts/{id}/location`: the workbook cell, or the OCR'd
 * page with the box around the figure and the OCR evidence), and the page images of OCR'd sources
 * (`/sources/{id}/pages/{n}.jpg`), which the review queue shows beside the text. Public, like the source's text.
 */
export function locationsRoute(deps: AppDeps): Hono {
  const app = new Hono();
  const db = deps.db.db;

  readRoute(app, deps, '/facts/:id/location', (c) => {
    const id = param(c, 'id', RowId);
    return {
      compute: async () => {
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
    };
  });

  app.get('/sources/:id/pages/:page{[0-9]+\\.jpg}', async (c) => {
    const id = param(c, 'id', RowId);
    const page = PageNumber.safeParse(c.req.param('page').replace(/\.jpg$/, ''));
    if (!page.success) throw new HttpProblem(400, 'The page is a number: /sources/{id}/pages/{n}.jpg.');
    const row = await db.selectFrom('source_pages').select(['image', 'mime']).where('source_id', '=', id).where('page', '=', page.data).executeTakeFirst();
    if (!row) throw new HttpProblem(404, `Source ${id} has no page image ${page.data} (only pages read by OCR have one).`);
    // a source's pages never change once stored
    return c.body(new Uint8Array(row.image), 200, { 'Content-Type': row.mime, 'Cache-Control': 'public, max-age=86400' });
  });

  return app;
}
