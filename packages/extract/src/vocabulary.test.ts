import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from './catalogue';
import * as vocabulary from './vocabulary';

const allStrings = (x: unknown): string[] =>
  typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(allStrings) : x && typeof x === 'object' ? Object.values(x).flatMap(allStrings) : [];

describe('vocabulary', () => {
  it('is written in NFC, so that it matches the NFC text the readers produce', () => {
    for (const s of allStrings(vocabulary)) expect(s, s).toBe(s.normalize('NFC'));
  });

  it('names only catalogue indicators, and every catalogue indicator has words', () => {
    const keys = new Set(defaultCatalogue().map((i) => i.key));
    const covered = new Set(vocabulary.indicatorWords.map((w) => w.key));
    for (const k of covered) expect(keys.has(k), k).toBe(true);
    for (const k of keys) expect(covered.has(k), k).toBe(true);
    for (const w of vocabulary.indicatorWords) if (w.shareOf) expect(covered.has(w.shareOf), w.shareOf).toBe(true);
  });

  it('gives every indicator Vietnamese and English cues', () => {
    for (const w of vocabulary.indicatorWords) {
      expect(w.vi.length, w.key).toBeGreaterThan(0);
      expect(w.en.length, w.key).toBeGreaterThan(0);
    }
  });
});
