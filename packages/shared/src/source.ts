import { z } from 'zod';
import { RegionKey } from './catalogue';

export const SourceKind = z.enum(['report', 'article', 'dataset']);
export type SourceKind = z.infer<typeof SourceKind>;

/** How a source was read: `csv` is a CSV of cited figures; `csv_table` a CSV of statistics read as a table. */
export const DocumentFormat = z.enum(['text', 'html', 'docx', 'pdf', 'csv', 'xlsx', 'xls', 'ods', 'csv_table', 'doc', 'image']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

export const Source = z.object({
  id: z.number().int(),
  kind: SourceKind,
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  published_on: z.string().nullable(),
  region: RegionKey.nullable(),
  report_year: z.number().int().nullable(),
  format: DocumentFormat.nullable(),
  sha256: z.string().nullable(),
  created_at: z.string(),
});
export type Source = z.infer<typeof Source>;
