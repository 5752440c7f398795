import type { CellRef } from '@chiso/shared';
import type { ReadTable } from '../types';

/** The workbook cell a figure's offsets fall in, for a table read from a sheet. */
export function cellOf(start: number, end: number, tables: readonly ReadTable[]): CellRef | null {
  for (const table of tables) {
    if (table.sheet === undefined) continue;
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.ref !== undefined && cell.start <= start && end <= cell.end) return { sheet: table.sheet, cell: cell.ref };
      }
    }
  }
  return null;
}
