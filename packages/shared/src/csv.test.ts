import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRows, parseCsvStrict, toCsv } from './csv';

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
  it('round-trips what it writes', () => {
    const text = toCsv(['k', 'v'], [{ k: 'Đà Nẵng, "TP"', v: 25200 }, { k: null, v: 'a\nb' }]);
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(parseCsv(text).records.map((r) => r.values)).toEqual([
      { k: 'Đà Nẵng, "TP"', v: '25200' },
      { k: '', v: 'a\nb' },
    ]);
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
