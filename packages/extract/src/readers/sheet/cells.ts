import type { CellRef } from '@chiso/shared';
import type { ReadTable } from '../types';

interface PlacedCell {
  start: number;
  end: number;
  sheet: string;
  ref: string;
}

/**
 * The workbook cell a figure's offsets fall in, for tables read from sheets: the cells in text order, found by
 * binary search (a workbook may hold a million cells and thousands of figures).
 */
export function cellLocator(tables: readonly ReadTable[]): (start: number, end: number) => CellRef | null {
  const cells: PlacedCell[] = [];
  for (const table of tables) {
    if (table.sheet === undefined) continue;
    for (const row of table.rows) for (const cell of row.cells) if (cell.ref !== undefined) cells.push({ start: cell.start, end: cell.end, sheet: table.sheet, ref: cell.ref });
  }
  cells.sort((a, b) => a.start - b.start);
  return (start, end) => {
    let lo = 0;
    let hi = cells.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((cells[mid] as PlacedCell).start <= start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const cell = cells[found];
    return cell && end <= cell.end ? { sheet: cell.sheet, cell: cell.ref } : null;
  };
}
