import { describe, expect, it } from 'vitest';
import type { Region } from '../catalogue';
import { catalogueProblems } from './check';

const region = (key: string, over: Partial<Region> = {}): Region => ({
  key,
  level: 'province',
  name_vi: key,
  name_en: key,
  code: null,
  code_before_2025_07: null,
  valid_from: null,
  valid_to: null,
  successor: null,
  aliases: [],
  source_url: null,
  ...over,
});
const country = region('viet-nam', { level: 'country', name_vi: 'Việt Nam', name_en: 'Viet Nam' });
const ok = [country, region('a'), region('b', { valid_to: '2025-06-30', successor: 'a' })];

describe('catalogueProblems', () => {
  it('accepts a catalogue whose former units lead to current ones', () => {
    expect(catalogueProblems(ok, 'a')).toEqual([]);
  });

  it.each<[string, Region[], string | undefined, string]>([
    ['a key twice', [...ok, region('a')], undefined, 'a: the key is used twice'],
    ['no country', ok.slice(1), undefined, 'there must be one country, not 0'],
    ['an unknown successor', [country, region('b', { valid_to: '2025-06-30', successor: 'zz' })], undefined, 'b: successor "zz" is not in the catalogue'],
    ['an end without successor', [country, region('b', { valid_to: '2025-06-30' })], undefined, 'b: ends on 2025-06-30 without a successor'],
    ['a successor without an end', [country, region('a'), region('b', { successor: 'a' })], undefined, 'b: has a successor but no valid_to'],
    ['a gap before the successor', [country, region('a', { valid_from: '2026-01-01' }), region('b', { valid_to: '2025-06-30', successor: 'a' })], undefined, 'b: successor a is not in force on 2025-07-01, the day after b ends'],
    ['dates out of order', [country, region('a', { valid_from: '2025-01-01', valid_to: '2024-01-01', successor: 'c' }), region('c')], undefined, 'a: valid_from 2025-01-01 is after valid_to 2024-01-01'],
    ['a circle', [country, region('a', { valid_to: '2020-01-01', successor: 'b' }), region('b', { valid_to: '2020-01-01', successor: 'a' })], undefined, 'a: its successors go round in a circle (a → b → a)'],
    ['a lineage ending at a former unit', [country, region('a', { valid_to: '2020-01-01', successor: 'b' }), region('b', { valid_to: '2021-01-01' })], undefined, 'a: its lineage ends at b, which is not current'],
    ['a name two regions share', [country, region('a', { name_vi: 'Hòa Bình' }), region('c', { aliases: ['Hoà Binh'] })], undefined, '"hoa binh" names both a and c'],
    ['a code two units hold', [country, region('a', { code: '15' }), region('c', { code: '15' })], undefined, 'on 2025-07-01 code 15 belongs to both a and c'],
    ['an unknown default region', ok, 'zz', 'the default region "zz" is not in the catalogue'],
    ['a former default region', ok, 'b', 'the default region "b" ended on 2025-06-30'],
  ])('names %s', (_, regions, defaultRegion, problem) => {
    expect(catalogueProblems(regions, defaultRegion)).toContain(problem);
  });
});
