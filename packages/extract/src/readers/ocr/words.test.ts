import { describe, expect, it } from 'vitest';
import { fixDigits, parseTsv } from './words';

const tsvRow = (text: string, conf: number, line = '1.1.1.1', left = 10): string => {
  const [page, block, par, ln] = line.split('.');
  return ['5', page, block, par, ln, '1', String(left), '20', '40', '30', String(conf), text].join('\t');
};

describe('OCR words', () => {
  it('puts letters read for digits right inside numbers, and says so', () => {
    expect(fixDigits('1.2O0')).toEqual({ text: '1.200', corrected: true });
    expect(fixDigits('l5,3%')).toEqual({ text: '15,3%', corrected: true });
    expect(fixDigits('2O22,')).toEqual({ text: '2022,', corrected: true });
    expect(fixDigits('1O0%')).toEqual({ text: '100%', corrected: true });
    expect(fixDigits('4.250')).toEqual({ text: '4.250', corrected: false });
  });

  it('leaves words and roman numerals alone', () => {
    for (const word of ['lo', 'Ol', 'II.', 'IO', 'lOl', 'đồng', 'I']) expect(fixDigits(word)).toEqual({ text: word, corrected: false });
  });

  it('reads words of the TSV with their confidence and line, dropping empty words and unsure specks', () => {
    const tsv = ['level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext', tsvRow('Doanh', 96.5), tsvRow('_', 31), tsvRow('', 95), tsvRow('%', 40), tsvRow('-', 91), tsvRow('4.25O', 71.2, '1.2.1.3')].join('\n');
    expect(parseTsv(tsv).map((w) => [w.text, w.conf, w.line, w.corrected])).toEqual([
      ['Doanh', 96.5, '1.1.1.1', false],
      ['%', 40, '1.1.1.1', false],
      ['-', 91, '1.1.1.1', false],
      ['4.250', 71.2, '1.2.1.3', true],
    ]);
  });

  it('keeps composed Vietnamese (NFC) whatever Tesseract writes', () => {
    expect(parseTsv(tsvRow('đồng'.normalize('NFD'), 90))[0]?.text).toBe('đồng');
  });
});
