import type { Block } from '@chiso/shared';
import type { ReadTable, ReadTableCell } from './types';
import { oneLine } from './normalize';

/** A paragraph, heading or list item as a reader found it; `text` is normalised by the reader. */
export interface TextPart {
  kind: 'paragraph' | 'heading' | 'list_item';
  text: string;
  page?: number;
  /** A heading's level as the source marked it (`<h2>` is 2). */
  level?: number;
}

/** A table row: one text per grid column, merged cells already repeated. */
export interface RowPart {
  cells: string[];
  /** Where each cell is in its workbook (`B4`, a merged `B2:D2`), parallel to `cells`. */
  refs?: string[];
  header: boolean;
  spanning?: boolean;
  page?: number;
}

export interface TablePart {
  kind: 'table';
  rows: RowPart[];
  caption?: string;
  /** The worksheet the table is, for a workbook. */
  sheet?: string;
  page?: number;
}

export type Part = TextPart | TablePart;

export interface Assembled {
  text: string;
  blocks: Block[];
  tables: ReadTable[];
}

export const CELL_SEPARATOR = ' | ';

/**
 * Lays the parts out as one text and records where each block is. Blocks are separated by a blank line,
 * rows of one table and items of one list by a single line break.
 */
export function assemble(parts: readonly Part[]): Assembled {
  let text = '';
  const blocks: Block[] = [];
  const tables: ReadTable[] = [];
  /** Blocks of one group (the items of a list, the rows of a table) go on consecutive lines. */
  let group: string | null = null;
  const open = (next: string | null): number => {
    if (text !== '') text += next !== null && next === group ? '\n' : '\n\n';
    group = next;
    return text.length;
  };
  const push = (block: Omit<Block, 'index'>): number => {
    blocks.push({ index: blocks.length, ...block });
    return blocks.length - 1;
  };

  for (const part of parts) {
    if (part.kind !== 'table') {
      const body = part.text.replace(/\n{2,}/g, '\n').trim();
      if (body === '') continue;
      const start = open(part.kind === 'list_item' ? 'list' : null);
      text += body;
      push({ kind: part.kind, start, end: text.length, ...(part.page ? { page: part.page } : {}), ...(part.level ? { level: part.level } : {}) });
      continue;
    }
    const rows = part.rows
      .map((row) => ({ ...row, cells: row.cells.map((c) => oneLine(c)) }))
      .filter((row) => row.cells.some((c) => c !== ''));
    if (rows.length === 0) continue;
    const caption = part.caption === undefined ? '' : oneLine(part.caption);
    if (caption !== '') {
      const start = open(null);
      text += caption;
      push({ kind: 'paragraph', start, end: text.length, ...(part.page ? { page: part.page } : {}) });
    }
    const table: ReadTable = { index: tables.length, columns: [], headerRows: 0, rows: [] };
    if (caption !== '') table.caption = caption;
    if (part.sheet !== undefined) table.sheet = part.sheet;
    const width = Math.max(...rows.map((row) => row.cells.length));
    rows.forEach((row, r) => {
      const start = open(`table ${tables.length}`);
      const cells: ReadTableCell[] = [];
      const written = row.spanning ? Array<string>(width).fill(row.cells[0] ?? '') : row.cells;
      written.forEach((cell, column) => {
        if (column > 0) text += CELL_SEPARATOR;
        const ref = row.refs?.[row.spanning ? 0 : column];
        cells.push({ column, start: text.length, end: text.length + cell.length, ...(ref ? { ref } : {}) });
        text += cell;
      });
      const page = row.page ?? part.page;
      const block = push({ kind: 'table_row', row: r, start, end: text.length, ...(page ? { page } : {}) });
      table.rows.push({ block, header: row.header, ...(row.spanning ? { spanning: true } : {}), cells });
    });
    table.headerRows = rows.filter((row) => row.header).length;
    table.columns = headerLabels(rows);
    tables.push(table);
  }
  return { text, blocks, tables };
}

/** Each column's header: the distinct texts of the header rows in that column, top to bottom. */
function headerLabels(rows: readonly RowPart[]): string[] {
  const width = Math.max(...rows.map((row) => row.cells.length));
  const labels: string[] = [];
  for (let column = 0; column < width; column++) {
    const parts: string[] = [];
    for (const row of rows) {
      if (!row.header || row.spanning) continue;
      const cell = row.cells[column] ?? '';
      if (cell !== '' && parts[parts.length - 1] !== cell) parts.push(cell);
    }
    labels.push(parts.join(' '));
  }
  return labels;
}
