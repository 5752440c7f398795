import { describe, expect, it } from 'vitest';
import { neutraliseCell, parseCsv, parseCsvRows, parseCsvStrict, toCsv } from './csv';

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
