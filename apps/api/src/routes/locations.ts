import { FactLocation, OcrEvidence, RowId } from '@chiso/shared';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { json } from '../http/body';
import { HttpProblem } from '../http/problem';
import { read, type ApiRouter } from '../http/route';
import { retirementOf } from '../services/retire';
import { pageImageUrl } from '../services/source-pages';


/**
 * Where a figure is in its file beyond the text offsets (`/facts/{id}/location`: the workbook cell, or the OCR'd
 * page with the box around the figure and the OCR evidence), and the page images of OCR'd sources
 * (`/sources/{id}/pages/{n}.jpg`), which the review queue shows beside the text and the public source page shows
 * with its accepted figures boxed. Public, like the source's text.
 */
export function locationsRoute(app: ApiRouter, deps: AppDeps): void {
  const db = deps.db.db;

  read(
    app,
    deps.reads,
    {
      path: '/facts/{id}/location',
      summary: "Where a figure sits in its file: a workbook's sheet and cell, or a scanned page with the figure's box and the OCR evidence",
      summaryVi: 'Vị trí của số liệu trong tệp: trang tính và ô của bảng tính, hoặc trang quét với khung quanh số liệu và bằng chứng OCR',
      example: '/api/v1/facts/1/location',
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
      summary: 'The image of a page read by OCR ({n}.jpg), as the review queue and the source page show it; cached a day (a stored page never changes)',
      summaryVi: 'Ảnh một trang được đọc bằng OCR ({n}.jpg), như hàng chờ duyệt hiển thị bên cạnh văn bản',
      example: '/api/v1/sources/1/pages/1.jpg',
      tag: 'read',
      params: z.object({ id: RowId, file: z.string().regex(/^[1-9][0-9]{0,4}\.jpg$/, 'a page number and .jpg, e.g. 1.jpg') }),
      response: { type: 'image/jpeg', description: 'The page as stored when it was read' },
      errors: [404],
    },
    async ({ param: { id, file } }) => {
      const page = Number(file.slice(0, -4));
      // a retired source's text is no longer served, nor are its pages, which hold the same text
      if (await retirementOf(db, id)) throw new HttpProblem(404, `Source ${id} is retired: its page images are no longer served.`);
      const row = await db.selectFrom('source_pages').select(['image', 'mime']).where('source_id', '=', id).where('page', '=', page).executeTakeFirst();
      if (!row) throw new HttpProblem(404, `Source ${id} has no page image ${page} (only pages read by OCR have one).`);
      // a source's pages never change once stored
      return { body: new Uint8Array(row.image), type: row.mime, headers: { 'Cache-Control': 'public, max-age=86400' } };
    },
  );
}
