import type { CellObject, Range, WorkBook, WorkSheet } from '@e965/xlsx';
import { read as readWorkbookBytes, utils } from '@e965/xlsx';
import type { Part, RowPart } from '../assemble';
import { assemble } from '../assemble';
import { decodeTextFile } from '../decode';
import { normalizeText, oneLine } from '../normalize';
import { findPublished } from '../published';
import { guessHeaderRows } from '../table-header';
import type { ReadDocument } from '../types';
import { ReadError } from '../types';
import type { DecimalMark } from './cell-text';
import { cellText } from './cell-text';
import type { SheetLimits } from './limits';
import { SHEET_LIMITS } from './limits';
import { sheetOverLimit } from './row-count';

export type SheetFormat = 'xlsx' | 'xls' | 'ods' | 'csv';


const DEFAULT_SHEET_NAME = /^(?:sheet|trang tính|feuil|tabelle|hoja)\s*\d*$/iu;
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/**
 * A workbook (.xlsx, .xls, .ods) or a CSV of statistics through SheetJS: each sheet a heading (unless it has a
 * default name), its title lines, and its tables (blocks of rows between empty rows) with merged cells repeated;
 * numbers as stored; every table cell keeps its address (`Sheet!C5`) for provenance.
 */
export async function readSheet(bytes: Uint8Array, format: SheetFormat, limits: SheetLimits = SHEET_LIMITS): Promise<ReadDocument> {
  const long = format === 'xlsx' ? await sheetOverLimit(bytes, limits.maxRows) : null;
  if (long) throw tooManyRows(long.entry.replace(/^xl\/worksheets\/|\.xml$/g, ''), `more than ${limits.maxRows.toLocaleString('en')}`, limits);
  const book = open(bytes, format, limits);
  if (book.SheetNames.length > limits.maxSheets) {
    throw new ReadError('limit', `the workbook has ${book.SheetNames.length} sheets; at most ${limits.maxSheets} are read. Keep the sheets of the report and upload again.`);
  }
  const grids = book.SheetNames.map((name) => ({ name, grid: gridOf(name, book.Sheets[name], limits) }));
  const cells = grids.reduce((n, { grid }) => n + grid.rows.length * (grid.rows[0]?.length ?? 0), 0);
  if (cells > limits.maxCells) {
    throw new ReadError('limit', `the workbook has more than ${limits.maxCells.toLocaleString('en')} cells in use; a statistics report has far fewer.`);
  }
  const vietnamese = grids.some(({ grid }) => grid.rows.some((row) => row.some((c) => typeof c.cell?.v === 'string' && VIETNAMESE.test(c.cell.v))));
  const decimal: DecimalMark = format === 'csv' || vietnamese ? ',' : '.';
  const parts = grids.flatMap(({ name, grid }) => sheetParts(name, grid, decimal, grids.length));
  const { text, blocks, tables } = assemble(parts);
  if (text === '') throw new ReadError('empty', format === 'csv' ? 'the CSV file has no values' : 'the workbook has no values in any sheet');
  const published = findPublished(text);
  return {
    format: format === 'csv' ? 'csv_table' : format,
    text,
    blocks,
    ...(tables.length > 0 ? { tables } : {}),
    ...(published.date ? { published: published.date } : {}),
    ...(published.month ? { publishedMonth: published.month } : {}),
  };
}

function open(bytes: Uint8Array, format: SheetFormat, limits: SheetLimits): WorkBook {
  const options = { dense: true, sheetRows: limits.maxRows + 1, cellFormula: false, cellHTML: false, cellText: false, cellNF: true, cellDates: false, bookVBA: false, WTF: false };
  try {
    if (format === 'csv') return readWorkbookBytes(normalizeText(decodeTextFile(bytes)), { ...options, type: 'string', raw: true });
    return readWorkbookBytes(bytes, { ...options, type: 'array' });
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    if (/password/i.test(reason)) {
      throw new ReadError('unsupported', 'the workbook is protected by a password: open it, remove the password, save and upload it again');
    }
    throw new ReadError('corrupt', 'the workbook is damaged or not a workbook: open it, save it again as .xlsx and upload the new file', reason);
  }
}

function tooManyRows(sheet: string, rows: string, limits: SheetLimits): ReadError {
  return new ReadError('limit', `the sheet "${sheet}" has ${rows} rows; at most ${limits.maxRows.toLocaleString('en')} are read. A statistics table that long is data, not a report: split it or upload the report itself.`);
}

interface Cell {
  /** Raw cell, the text is made once the document's decimal mark is known. */
  cell: CellObject | undefined;
  text: string;
  ref: string;
}

interface Grid {
  rows: Cell[][];
}

/** The used cells of a sheet on a grid, merged cells repeated over their range, empty rows and columns dropped. */
function gridOf(name: string, sheet: WorkSheet | undefined, limits: SheetLimits): Grid {
  if (!sheet) return { rows: [] };
  const data = (sheet['!data'] as CellObject[][] | undefined) ?? [];
  const full = typeof sheet['!fullref'] === 'string' ? utils.decode_range(sheet['!fullref']) : null;
  if (data.length > limits.maxRows) throw tooManyRows(name, full ? (full.e.r - full.s.r + 1).toLocaleString('en') : `more than ${limits.maxRows.toLocaleString('en')}`, limits);
  let width = 0;
  data.forEach((row) => {
    if (!row) return;
    for (let c = row.length - 1; c >= 0; c--) if (row[c] !== undefined) {
      width = Math.max(width, c + 1);
      break;
    }
  });
  const raw: Cell[][] = [];
  for (let r = 0; r < Math.min(data.length, limits.maxRows); r++) {
    const row = data[r] ?? [];
    raw.push(Array.from({ length: width }, (_, c) => ({ cell: row[c], text: '', ref: utils.encode_cell({ r, c }) })));
  }
  for (const merge of (sheet['!merges'] as Range[] | undefined) ?? []) spread(raw, merge);
  return { rows: raw };
}

/** A merged cell: its value and its range in every grid position it covers. */
function spread(rows: Cell[][], merge: Range): void {
  const origin = rows[merge.s.r]?.[merge.s.c];
  if (!origin) return;
  const ref = utils.encode_range(merge);
  for (let r = merge.s.r; r <= Math.min(merge.e.r, rows.length - 1); r++) {
    for (let c = merge.s.c; c <= merge.e.c; c++) {
      const line = rows[r];
      if (line && c < line.length) line[c] = { cell: origin.cell, text: '', ref };
    }
  }
}

function sheetParts(name: string, grid: Grid, decimal: DecimalMark, sheets: number): Part[] {
  for (const row of grid.rows) for (const cell of row) cell.text = oneLine(cellText(cell.cell, decimal));
  const used = usedColumns(grid.rows);
  const rows = grid.rows.map((row) => used.map((c) => row[c] as Cell));
  const parts: Part[] = [];
  const title = oneLine(name);
  if (sheets > 1 && !DEFAULT_SHEET_NAME.test(title)) parts.push({ kind: 'heading', text: title });
  for (const block of blocksOf(rows)) parts.push(...blockParts(block, title));
  return parts;
}

function usedColumns(rows: readonly Cell[][]): number[] {
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => c).filter((c) => rows.some((row) => row[c]?.text !== ''));
}

/** Runs of rows between empty rows. */
function blocksOf(rows: readonly Cell[][]): Cell[][][] {
  const out: Cell[][][] = [];
  let current: Cell[][] = [];
  for (const row of rows) {
    if (row.every((c) => c.text === '')) {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push(row);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** A row that says one thing (a title, a unit line, a source note), however many columns it is merged over. */
const isLine = (row: readonly Cell[]): boolean => new Set(row.map((c) => c.text).filter((t) => t !== '')).size === 1;

/** Title lines above the table, the table (its header rows guessed from where the figures start), notes below. */
function blockParts(block: Cell[][], sheet: string): Part[] {
  let from = 0;
  let to = block.length;
  while (from < to && isLine(block[from] as Cell[])) from++;
  while (to > from && isLine(block[to - 1] as Cell[])) to--;
  const line = (row: Cell[]): Part => ({ kind: 'paragraph', text: row.find((c) => c.text !== '')?.text ?? '' });
  const parts: Part[] = block.slice(0, from).map(line);
  const body = block.slice(from, to);
  if (body.length > 0) {
    const texts = body.map((row) => row.map((c) => c.text));
    const headerRows = guessHeaderRows(texts);
    const width = texts[0]?.length ?? 0;
    const rows: RowPart[] = body.map((row, r) => {
      const spanning = width > 1 && row.every((c) => c.ref === row[0]?.ref);
      return { cells: row.map((c) => c.text), refs: row.map((c) => c.ref), header: r < headerRows, ...(spanning ? { spanning } : {}) };
    });
    parts.push({ kind: 'table', rows, sheet });
  }
  parts.push(...block.slice(to).map(line));
  return parts;
}
