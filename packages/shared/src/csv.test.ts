import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, neutraliseCell, parseCsv, parseCsvRows, parseCsvStrict, toCsv } from './csv';

/** The parser as first written, a character at a time: csvRows must split every text as it did. */
function referenceRows(input: string): { line: number; fields: string[] }[] {
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
  if (quoted) throw new CsvError(rowLine, 'not closed');
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  return rows;
}

const outcome = (f: () => { line: number; fields: string[] }[]) => {
  try {
    return { rows: f() };
  } catch (e) {
    return { error: (e as CsvError).line };
  }
};

describe('csv', () => {
  it('reads quoted fields, doubled quotes, CRLF and a BOM', () => {
    const rows = parseCsvRows('\ufeffa,b\r\n"x, ""y""",2\r\n"multi\nline",3\n');
    expect(rows.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x, "y"', '2'],
      ['multi\nline', '3'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
  });
  it('reports a row with the wrong number of fields by its line and keeps the rest', () => {
    const r = parseCsv('a,b\n1,2\n3\n4,5\n');
    expect(r.records.map((x) => x.values)).toEqual([
      { a: '1', b: '2' },
      { a: '4', b: '5' },
    ]);
    expect(r.errors.map((e) => e.line)).toEqual([3]);
  });
  it('reports an unclosed quote', () => {
    expect(() => parseCsvRows('a\n"open')).toThrow(/not closed/);
  });
  it('reports an unclosed quote as an error of its line, with the records before it', () => {
    const r = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(r.records.map((x) => x.values)).toEqual([{ a: '1', b: '2' }]);
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([[3, 'line 3: a quoted field is not closed: its opening quote runs to the end of the file']]);
  });
  it('splits any text as the character-at-a-time parser did', () => {
    const piece = fc.constantFrom('a', 'xy', '"', '""', ',', '\n', '\r', '\r\n', ' ', 'Đà', '\ufeff');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), (text) => {
        expect(outcome(() => parseCsvRows(text))).toEqual(outcome(() => referenceRows(text)));
      }),
      { numRuns: 5000 },
    );
  });
  it('round-trips what it writes', () => {
    const text = toCsv(['k', 'v'], [{ k: 'Đà Nẵng, "TP"', v: 25200 }, { k: null, v: 'a\nb' }]);
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(parseCsv(text).records.map((r) => r.values)).toEqual([
      { k: 'Đà Nẵng, "TP"', v: '25200' },
      { k: '', v: 'a\nb' },
    ]);
  });
});

describe('formula injection (OWASP)', () => {
  it('neutralises every text cell that could start a formula, and leaves numbers alone', () => {
    const hostile = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '- Năm 2018, doanh thu…'];
    const text = toCsv(['v', 'n'], hostile.map((v, i) => ({ v, n: -i })));
    const values = parseCsv(text).records.map((r) => r.values);
    expect(values.map((r) => r.v)).toEqual(hostile.map((h) => `'${h}`));
    expect(values.map((r) => r.n)).toEqual(['0', '-1', '-2', '-3', '-4', '-5', '-6']);
    expect(toCsv(['v'], [{ v: 'Đà Nẵng = 25.200' }, { v: 'a-b' }])).toBe('\ufeffv\r\nĐà Nẵng = 25.200\r\na-b\r\n');
  });

  it('as a cell value for other writers', () => {
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCell(-3)).toBe(-3);
    expect(neutraliseCell(null)).toBeNull();
    expect(neutraliseCell('ok')).toBe('ok');
  });
});

describe('parseCsvStrict', () => {
  it('validates every row and names the file and line of the first bad one', async () => {
    const { z } = await import('zod');
    const Row = z.object({ key: z.string().min(1), n: z.coerce.number() });
    expect(parseCsvStrict('key,n\na,1\nb,2\n', Row, 'x.csv')).toEqual([{ key: 'a', n: 1 }, { key: 'b', n: 2 }]);
    expect(() => parseCsvStrict('key,n\na,1\n,2\n', Row, 'x.csv')).toThrow(/x\.csv line 3: key/);
    expect(() => parseCsvStrict('key,n\na\n', Row, 'x.csv')).toThrow(/x\.csv line 2: expected 2 fields/);
  });
});
