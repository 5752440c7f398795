import type { WorkSheet } from '@e965/xlsx';
import { CFB, utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { expectWellFormed, rowsOf } from '../fixtures/invariants';
import { readDocument } from '../read-document';
import { ReadError } from '../types';
import { storedNumber } from './cell-text';
import { readSheet } from './read-sheet';

/** A sheet of statistics: a title line, a two-row header with merged cells, a unit column, figures as stored. */
function statisticsSheet(): WorkSheet {
  const sheet = utils.aoa_to_sheet([
    ['Bảng 1. Chỉ tiêu ngành thông tin và truyền thông'],
    ['Chỉ tiêu', 'Đơn vị tính', 'Năm', null],
    [null, null, 2021, 2022],
    ['Doanh thu toàn ngành', 'Tỷ đồng', 34293.4, 36571],
    ['Tỷ lệ hộ có Internet cáp quang', '%', 0.523, 0.6],
    ['Số trạm BTS', 'Trạm', 1702, 12.300000000000001],
  ]);
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 3 } },
    { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
    { s: { r: 1, c: 1 }, e: { r: 2, c: 1 } },
    { s: { r: 1, c: 2 }, e: { r: 1, c: 3 } },
  ];
  for (const ref of ['C5', 'D5']) (sheet[ref] as { z?: string }).z = '0.0%';
  (sheet['C4'] as { z?: string }).z = '#,##0';
  return sheet;
}

function workbook(format: 'xlsx' | 'biff8' | 'ods'): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, statisticsSheet(), 'Năm 2021-2022');
  utils.book_append_sheet(book, utils.aoa_to_sheet([['Chỉ tiêu', '2023'], ['Doanh thu toàn ngành', 39888]]), 'Ước 2023');
  return new Uint8Array(write(book, { type: 'array', bookType: format }) as ArrayBuffer);
}

describe('readSheet', () => {
  it.each(['xlsx', 'biff8', 'ods'] as const)('reads a two-sheet %s workbook: merged headers repeated, numbers as stored, cells addressed', async (type) => {
    const doc = await readDocument(workbook(type));
    expect(doc.format).toBe(type === 'biff8' ? 'xls' : type);
    expect(rowsOf(doc)).toEqual([
      'Chỉ tiêu | Đơn vị tính | Năm | Năm',
      'Chỉ tiêu | Đơn vị tính | 2021 | 2022',
      'Doanh thu toàn ngành | Tỷ đồng | 34293,4 | 36571',
      'Tỷ lệ hộ có Internet cáp quang | % | 52,3% | 60%',
      'Số trạm BTS | Trạm | 1702 | 12,3',
      'Chỉ tiêu | 2023',
      'Doanh thu toàn ngành | 39888',
    ]);
    expect(doc.text).toContain('Năm 2021-2022\n\nBảng 1. Chỉ tiêu ngành thông tin và truyền thông');
    const [first, second] = doc.tables ?? [];
    expect(first?.sheet).toBe('Năm 2021-2022');
    expect(first?.headerRows).toBe(2);
    expect(first?.columns).toEqual(['Chỉ tiêu', 'Đơn vị tính', 'Năm 2021', 'Năm 2022']);
    const cell = first?.rows[2]?.cells[2];
    expect(cell && doc.text.slice(cell.start, cell.end)).toBe('34293,4');
    expect(cell?.ref).toBe('C4');
    expect(first?.rows[0]?.cells[0]?.ref).toBe('A2:A3');
    expect(second?.sheet).toBe('Ước 2023');
    expectWellFormed(doc);
  });

  it('gives each extracted figure its sheet and cell', async () => {
    const { extractDocument } = await import('../../index');
    const sheet = utils.aoa_to_sheet([
      ['Chỉ tiêu', 'Đơn vị tính', 'Năm 2021', 'Năm 2022'],
      ['Tổng doanh thu toàn ngành', 'Tỷ đồng', 34293.4, 36571],
      ['Số trạm BTS', 'Trạm', 1702, 1850],
    ]);
    const bytes = new Uint8Array(write({ SheetNames: ['Chỉ tiêu'], Sheets: { 'Chỉ tiêu': sheet } }, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const { facts } = await extractDocument(bytes, { region: 'tay-lam' });
    expect(facts.map((f) => [f.indicator, f.year, f.value, f.cell])).toEqual([
      ['ict_revenue', 2021, 34293.4, { sheet: 'Chỉ tiêu', cell: 'C2' }],
      ['ict_revenue', 2022, 36571, { sheet: 'Chỉ tiêu', cell: 'D2' }],
      ['bts_total', 2021, 1702, { sheet: 'Chỉ tiêu', cell: 'C3' }],
      ['bts_total', 2022, 1850, { sheet: 'Chỉ tiêu', cell: 'D3' }],
    ]);
  });

  it('reads a semicolon CSV of statistics as one table, numbers as written', async () => {
    const csv = new TextEncoder().encode('Chỉ tiêu;Đơn vị;2021;2022\nDoanh thu toàn ngành;Tỷ đồng;34.293;36.571\nSố trạm BTS;Trạm;1.702;"1.850"\n');
    const doc = await readDocument(csv);
    expect(doc.format).toBe('csv_table');
    expect(rowsOf(doc)).toEqual(['Chỉ tiêu | Đơn vị | 2021 | 2022', 'Doanh thu toàn ngành | Tỷ đồng | 34.293 | 36.571', 'Số trạm BTS | Trạm | 1.702 | 1.850']);
    expect(doc.tables?.[0]?.rows[1]?.cells[3]?.ref).toBe('D2');
  });

  it('refuses a sheet longer than the row limit, and a password-protected workbook', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Dòng ${i}`, i]);
    const long = new Uint8Array(write({ SheetNames: ['Dài'], Sheets: { Dài: utils.aoa_to_sheet(rows) } }, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    await expect(readSheet(long, 'xlsx', { maxRows: 100, maxCells: 1e6, maxSheets: 5 })).rejects.toMatchObject({ code: 'limit', message: expect.stringMatching(/more than 100 rows/) });
    const biff = new Uint8Array(write({ SheetNames: ['Dài'], Sheets: { Dài: utils.aoa_to_sheet(rows) } }, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
    await expect(readSheet(biff, 'xls', { maxRows: 100, maxCells: 1e6, maxSheets: 5 })).rejects.toMatchObject({ code: 'limit' });

    const locked = CFB.utils.cfb_new();
    CFB.utils.cfb_add(locked, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(locked, 'EncryptedPackage', new Uint8Array(4096).fill(7));
    const error = await readDocument(new Uint8Array(CFB.write(locked, { type: 'array' }) as ArrayBuffer)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ code: 'unsupported', message: expect.stringMatching(/password/) });
  });

  it('writes stored numbers without grouping, binary noise or exponents', () => {
    expect(storedNumber(12.300000000000001, ',')).toBe('12,3');
    expect(storedNumber(34293, ',')).toBe('34293');
    expect(storedNumber(1e15, '.')).toBe('1000000000000000');
    expect(storedNumber(0.000123, ',')).toBe('0,000123');
    expect(storedNumber(-3.5, '.')).toBe('-3.5');
  });
});
