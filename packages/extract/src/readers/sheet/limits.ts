export interface SheetLimits {
  /** Rows read per sheet: a statistics table has hundreds, not a million. */
  maxRows: number;
  /** Cells (rows × used columns) per workbook. */
  maxCells: number;
  maxSheets: number;
}

export const SHEET_LIMITS: SheetLimits = { maxRows: 20_000, maxCells: 1_000_000, maxSheets: 50 };
