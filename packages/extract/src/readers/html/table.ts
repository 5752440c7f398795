import type { RowPart, TablePart } from '../assemble';
import { guessHeaderRows } from '../table-header';
import type { DomElement } from './dom';
import { isElement, tagOf } from './dom';
import { inlineText } from './inline';

const MAX_COLUMNS = 100;
const MAX_ROW_SPAN = 1000;

interface Placed {
  text: string;
  /** The cell starts here (not a copy carried from a merged cell). */
  origin: boolean;
  colspan: number;
}

/** The rows of a table element, its own (not those of nested tables), thead first and tfoot last. */
export function tableRows(table: DomElement): { row: DomElement; inHead: boolean }[] {
  const head: DomElement[] = [];
  const body: DomElement[] = [];
  const foot: DomElement[] = [];
  for (const child of Array.from(table.children)) {
    const tag = tagOf(child);
    const rows = tag === 'tr' ? [child] : Array.from(child.children).filter((r) => tagOf(r) === 'tr');
    if (tag === 'thead') head.push(...rows);
    else if (tag === 'tfoot') foot.push(...rows);
    else if (tag === 'tr' || tag === 'tbody') body.push(...rows);
  }
  return [...head.map((row) => ({ row, inHead: true })), ...[...body, ...foot].map((row) => ({ row, inHead: false }))];
}

function span(cell: DomElement, name: string, max: number): number {
  const value = Number.parseInt(cell.getAttribute(name) ?? '1', 10);
  return Number.isFinite(value) && value >= 1 ? Math.min(value, max) : 1;
}

/**
 * Lays a table out on its grid: a cell merged over several columns (colspan) or rows (rowspan) has its text
 * repeated in each grid position it covers, so every column of every row can be matched with its header.
 */
export function readTable(table: DomElement): TablePart {
  const rows = tableRows(table);
  const grid: Placed[][] = rows.map(() => []);
  rows.forEach(({ row }, r) => {
    let column = 0;
    for (const cell of Array.from(row.children).filter((c) => ['td', 'th'].includes(tagOf(c)))) {
      const line = grid[r] as Placed[];
      while (line[column] !== undefined) column++;
      if (column >= MAX_COLUMNS) break;
      const colspan = Math.min(span(cell, 'colspan', MAX_COLUMNS), MAX_COLUMNS - column);
      const rowspan = Math.min(span(cell, 'rowspan', MAX_ROW_SPAN), rows.length - r);
      const text = inlineText(cell);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          (grid[r + dr] as Placed[])[column + dc] = { text, origin: dr === 0 && dc === 0, colspan };
        }
      }
      column += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  const cells = grid.map((line) => Array.from({ length: width }, (_, c) => line[c]?.text ?? ''));
  const headerRows = leadingHeaderCount(rows) || guessHeaderRows(cells);
  const parts: RowPart[] = grid.map((line, r) => {
    const first = line[0];
    const spanning = width > 1 && first !== undefined && first.origin && first.colspan >= width;
    return { cells: cells[r] as string[], header: r < headerRows, ...(spanning ? { spanning } : {}) };
  });
  const caption = Array.from(table.children).find((c) => tagOf(c) === 'caption');
  return { kind: 'table', rows: parts, ...(caption ? { caption: inlineText(caption) } : {}) };
}

/** Leading rows in <thead>, or made only of <th> cells. */
function leadingHeaderCount(rows: ReadonlyArray<{ row: DomElement; inHead: boolean }>): number {
  let n = 0;
  while (n < rows.length && ((rows[n]?.inHead ?? false) || isThRow((rows[n] as { row: DomElement }).row))) n++;
  return n;
}

function isThRow(row: DomElement): boolean {
  const cells = Array.from(row.children).filter(isElement).filter((c) => ['td', 'th'].includes(tagOf(c)));
  return cells.length > 0 && cells.every((c) => tagOf(c) === 'th');
}

/** A table used to lay out a page rather than to hold data: it nests tables or holds long passages. */
export function isLayoutTable(table: DomElement): boolean {
  if (table.querySelector('table')) return true;
  return Array.from(table.querySelectorAll('td')).some((cell) => (cell.textContent ?? '').length > 500);
}
