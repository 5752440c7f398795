import type { z } from 'zod';

/** One record of a CSV file, with the line it starts on (1-based, header = line 1) for error reports. */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

const fieldEnd = /[,\r\n]/g;

/**
 * Splits RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, optional BOM) into rows of fields, one at a time,
 * so a caller can stop or pause between rows. A quoted field that is never closed throws a CsvError naming the line
 * it opened on (it would swallow the rest of the file).
 */
export function* csvRows(input: string): Generator<{ line: number; fields: string[] }, void, undefined> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const rowLine = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text.charCodeAt(i) === 34) {
        let j = i + 1;
        for (;;) {
          const quote = text.indexOf('"', j);
          if (quote < 0) throw new CsvError(rowLine, 'a quoted field is not closed: its opening quote runs to the end of the file');
          field += text.slice(j, quote);
          if (text.charCodeAt(quote + 1) === 34) {
            field += '"';
            j = quote + 2;
            continue;
          }
          j = quote + 1;
          break;
        }
        for (let k = text.indexOf('\n', i); k >= 0 && k < j; k = text.indexOf('\n', k + 1)) line++;
        i = j;
      }
      fieldEnd.lastIndex = i;
      const end = fieldEnd.exec(text)?.index ?? n;
      field += text.slice(i, end);
      i = end;
      fields.push(field);
      if (i >= n) break;
      if (text.charCodeAt(i) === 44) {
        i++;
        continue;
      }
      if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++;
      i++;
      line++;
      break;
    }
    if (fields.length > 1 || fields[0] !== '') yield { line: rowLine, fields };
  }
}

/** Every row of a CSV (csvRows); throws a CsvError for a quoted field that is never closed. */
export function parseCsvRows(input: string): { line: number; fields: string[] }[] {
  return [...csvRows(input)];
}

/**
 * The records of a CSV with a header row, keyed by column name, one at a time: a row with the wrong field count, or
 * a quote that is never closed (which ends the file), comes as a CsvError in its place.
 */
export function readCsv(input: string): { columns: string[]; entries: Generator<CsvRecord | CsvError, void, undefined> } {
  const rows = csvRows(input);
  let first: IteratorResult<{ line: number; fields: string[] }, void>;
  try {
    first = rows.next();
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    return { columns: [], entries: (function* () { yield e; })() };
  }
  if (first.done) return { columns: [], entries: (function* () {})() };
  const columns = first.value.fields.map((c) => c.trim());
  function* entries(): Generator<CsvRecord | CsvError, void, undefined> {
    try {
      for (const row of rows) {
        if (row.fields.length !== columns.length) {
          yield new CsvError(row.line, `expected ${columns.length} fields, found ${row.fields.length}`);
          continue;
        }
        const values: Record<string, string> = {};
        columns.forEach((c, j) => (values[c] = row.fields[j]!));
        yield { line: row.line, values };
      }
    } catch (e) {
      if (!(e instanceof CsvError)) throw e;
      yield e;
    }
  }
  return { columns, entries: entries() };
}

/** Parses CSV with a header row into records keyed by column name; a row with the wrong field count, or a quote never closed, is an error. */
export function parseCsv(input: string): { columns: string[]; records: CsvRecord[]; errors: CsvError[] } {
  const { columns, entries } = readCsv(input);
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  for (const e of entries) {
    if (e instanceof CsvError) errors.push(e);
    else records.push(e);
  }
  return { columns, records, errors };
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet must see it: one that could start a formula (`=HYPERLINK(…)`, `+1`, `-`, `@SUM`, a
 * tab or carriage return) gets a leading apostrophe, so Excel, LibreOffice and Sheets show it as text (OWASP's
 * rule). Numbers are written as numbers: -5 is a value, not a formula. Every CSV and XLSX writer goes through it.
 */
export function neutraliseCell(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  return formulaStart.test(s) ? `'${s}` : s;
}

function csvField(v: unknown): string {
  const cell = neutraliseCell(v);
  if (cell === null) return '';
  const s = String(cell);
  // A neutralised cell is quoted too, so no reader splits the apostrophe from the text.
  return /[",\r\n]/.test(s) || s !== String(v) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text with a header; `bom` for spreadsheet programs that need it to read UTF-8. Text cells are neutralised (neutraliseCell). */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[], bom = true): string {
  return (bom ? '\ufeff' : '') + csvRecords(columns, [Object.fromEntries(columns.map((c) => [c, c]))]) + csvRecords(columns, rows);
}

/** The records of `rows` alone, each line ended by CRLF: for a CSV written a part at a time after toCsv's header. */
export function csvRecords(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  let out = '';
  for (const r of rows) out += columns.map((c) => csvField(r[c])).join(',') + '\r\n';
  return out;
}

/**
 * Every record of a CSV validated with a schema, for files that must be whole (the catalogue, the regions):
 * the first bad row or field count throws an error naming the file and the line.
 */
export function parseCsvStrict<S extends z.ZodType>(input: string, schema: S, file: string): z.output<S>[] {
  const { records, errors } = parseCsv(input);
  if (errors[0]) throw new Error(`${file} ${errors[0].message}`);
  return records.map((r) => {
    const parsed = schema.safeParse(r.values);
    if (!parsed.success) {
      throw new Error(`${file} line ${r.line}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return parsed.data;
  });
}
