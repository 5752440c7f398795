import type { Kysely } from 'kysely';
import type { DialectName } from '../connect';

/**
 * Page images of sources read by OCR (what a reviewer sees beside the text), and where each fact was read in its
 * file beyond the text offsets: a workbook's sheet and cell, or an OCR'd page with its box and word confidences.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('source_pages')
    .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id'))
    .addColumn('page', 'integer', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('image', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('source_pages_pk', ['source_id', 'page'])
    .execute();
  await db.schema
    .createTable('fact_locations')
    .addColumn('fact_id', 'integer', (c) => c.primaryKey().references('facts.id'))
    .addColumn('sheet', 'text')
    .addColumn('cell', 'text')
    .addColumn('page', 'integer')
    /** OcrEvidence JSON (page, box, word confidences, penalty). */
    .addColumn('ocr', 'text')
    .execute();
}
