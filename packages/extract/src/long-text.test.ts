import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { scanQuantities, scanWork } from './numbers';
import { readingWork } from './reading/sentence';
import { MAX_SENTENCE, splitSentences } from './structure';

// No timings (project rule): the tests count the work that grew quadratically and assert it grows linearly.

describe('over-long sentences', () => {
  it('cuts a 200 KB sentence into clauses no longer than MAX_SENTENCE, covering all of it', () => {
    const clause = 'doanh thu dịch vụ viễn thông đạt 1 000 000 tỷ đồng; tăng 12,5% so với năm 2021, ';
    const text = clause.repeat(Math.ceil(200_000 / clause.length)).trimEnd();
    const spans = splitSentences(text, 0, text.length);
    expect(spans.length).toBeGreaterThan(100);
    let at = 0;
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(at, s.start).trim()).toBe('');
      at = s.end;
    }
    expect(at).toBe(text.length);
    // at a semicolon when there is one, and never inside a space-grouped number
    for (const s of spans.slice(0, -1)) expect(text[s.end - 1]).toBe(';');
  });

  it('cuts between words when the text has no punctuation, not inside `1 000 000`', () => {
    const text = 'số thuê bao đạt 1 000 000 thuê bao '.repeat(10_000).trimEnd();
    const spans = splitSentences(text, 0, text.length);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(/\d/.test(text[s.end - 1]!) && /\d/.test(text[s.end + 1] ?? '')).toBe(false);
    }
  });

  it('leaves real sentences whole (the corpus longest is 566 characters)', () => {
    const sentence = `${'Năm 2018, tổng doanh thu toàn ngành đạt 25.200 tỷ đồng, tăng 16% so với năm 2017, đạt 102% kế hoạch, '.repeat(15)}xong.`;
    expect(sentence.length).toBeGreaterThan(1500);
    expect(sentence.length).toBeLessThan(MAX_SENTENCE);
    expect(splitSentences(sentence, 0, sentence.length)).toEqual([{ start: 0, end: sentence.length }]);
  });

  it('reads a sentence of many figures with work linear in its length', () => {
    const work = (n: number): { pairs: number; quote: number } => {
      const before = readingWork.pairs;
      const facts = extract('Doanh thu đạt 1.000 tỷ đồng '.repeat(n), { region: 'da-nang' });
      return { pairs: readingWork.pairs - before, quote: Math.max(...facts.map((f) => f.quote.length)) };
    };
    const a = work(4000);
    const b = work(8000);
    expect(b.pairs / a.pairs).toBeLessThan(2.2);
    expect(b.quote).toBeLessThanOrEqual(MAX_SENTENCE);
  });
});

describe('runs of space-separated numbers', () => {
  it('measures each run once, not once per number in it', () => {
    const run = (n: number): string => Array.from({ length: n }, (_, i) => String(i % 90)).join(' ');
    const work = (text: string): number => {
      const before = scanWork.chars;
      scanQuantities(text, 'vi');
      return scanWork.chars - before;
    };
    const small = run(20_000);
    const large = run(40_000);
    const a = work(small);
    const b = work(large);
    expect(b / a).toBeLessThan(2.2);
    expect(b).toBeLessThan(3 * large.length);
    expect(scanQuantities(run(5), 'vi').map((q) => q.raw)).toEqual(['0', '1', '2', '3', '4']);
    // a space-grouped number in a run is still read whole
    expect(scanQuantities('12 1 000 000 7', 'vi').map((q) => q.raw)).toEqual(['12', '1 000 000', '7']);
  });
});
