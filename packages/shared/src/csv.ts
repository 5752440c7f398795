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

/** Splits RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, optional BOM) into rows of fields. */
export function parseCsvRows(input: string): { line: number; fields: string[] }[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else field += ch;
    i++;
  }
  if (quoted) throw new CsvError(rowLine, 'a quoted field is not closed');
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  return rows;
}

/** Parses CSV with a header row into records keyed by column name; a row with the wrong field count is an error. */
export function parseCsv(input: string): { columns: string[]; records: CsvRecord[]; errors: CsvError[] } {
  const rows = parseCsvRows(input);
  const header = rows.shift();
  if (!header) return { columns: [], records: [], errors: [] };
  const columns = header.fields.map((c) => c.trim());
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  for (const row of rows) {
    if (row.fields.length !== columns.length) {
      errors.push(new CsvError(row.line, `expected ${columns.length} fields, found ${row.fields.length}`));
      continue;
    }
    const values: Record<string, string> = {};
    columns.forEach((c, j) => (values[c] = row.fields[j]!));
    records.push({ line: row.line, values });
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
  const lines = [columns.map(csvField).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvField(r[c])).join(','));
  return (bom ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
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
