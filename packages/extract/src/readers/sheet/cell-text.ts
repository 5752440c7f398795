import type { CellObject } from '@e965/xlsx';
import { SSF } from '@e965/xlsx';

export type DecimalMark = ',' | '.';

/**
 * A number as the workbook stores it (not as its format displays it: `34.293` shown for 34293.4 loses the
 * decimals, `1,2E+04` its digits), written for the extractor: no grouping, the document's decimal mark, at most 12
 * significant digits (binary noise such as 12.300000000000001 dropped), never in exponent notation.
 */
export function storedNumber(value: number, decimal: DecimalMark): string {
  if (!Number.isFinite(value)) return '';
  if (Math.abs(value) < 1e-9) return '0';
  const rounded = Number(value.toPrecision(12));
  const digits = Math.max(0, Math.min(20, 11 - Math.floor(Math.log10(Math.abs(rounded)))));
  const fixed = rounded.toFixed(digits).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return decimal === ',' ? fixed.replace('.', ',') : fixed;
}

/** The text a cell contributes: strings as written, numbers as stored (a percent format as a percent), dates as ISO dates. */
export function cellText(cell: CellObject | undefined, decimal: DecimalMark): string {
  if (!cell) return '';
  if (cell.t === 's') return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
  if (cell.t === 'd' && cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  if (cell.t !== 'n' || typeof cell.v !== 'number') return '';
  const format = typeof cell.z === 'string' ? cell.z : '';
  if (format !== '' && SSF.is_date(format)) return String(SSF.format('yyyy-mm-dd', cell.v));
  if (/%/.test(format.replace(/"[^"]*"/g, ''))) return `${storedNumber(cell.v * 100, decimal)}%`;
  return storedNumber(cell.v, decimal);
}
