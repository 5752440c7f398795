import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Indicator } from '@chiso/shared';

/** RFC 4180 fields of one CSV text (quoted fields, doubled quotes, CRLF or LF, optional BOM). */
export function parseCsv(input: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

/** The indicators of a catalogue CSV (`data/indicators.csv`), validated. */
export function parseCatalogue(csv: string): Indicator[] {
  const [header, ...rows] = parseCsv(csv);
  if (!header) return [];
  return rows.map((fields, i) => {
    const record = Object.fromEntries(header.map((h, k) => [h, fields[k] ?? '']));
    const parsed = Indicator.safeParse(record);
    if (!parsed.success) throw new Error(`indicators.csv row ${i + 2}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
}

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
let cached: Indicator[] | undefined;

/** The project's catalogue, read once from `data/indicators.csv` at the repository root. */
export function defaultCatalogue(): Indicator[] {
  cached ??= parseCatalogue(readFileSync(join(repoRoot, 'data', 'indicators.csv'), 'utf8'));
  return cached;
}
