import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Region } from '../catalogue';
import { parseCsvStrict } from '../csv';
import { attributionProblems, type Attributed } from './attribution';
import { lineageOf } from './lineage';

const lineage = lineageOf(parseCsvStrict(readFileSync(new URL('../../../../data/regions.csv', import.meta.url), 'utf8'), Region, 'regions.csv'));
const rank = { key: 'dti_rank', unit: 'rank' } as const;
const revenue = { key: 'ict_revenue', unit: 'billion_vnd' } as const;
const fig = (over: Partial<Attributed>): Attributed => ({ region: 'da-nang', year: 2024, value: 2, qualifier: 'actual', denominator: 63, territory_as_of: null, ...over });

describe('attributionProblems: a figure belongs to its region as it was', () => {
  it.each<[string, Attributed, typeof rank | typeof revenue, string[]]>([
    ['the former Đà Nẵng, 2/63', fig({}), rank, []],
    ['the merged Đà Nẵng on the 34-unit map, 17/34', fig({ value: 17, denominator: 34, territory_as_of: '2025-07-01' }), rank, []],
    ['a former province in its own years', fig({ region: 'quang-nam', value: 57 }), rank, []],
    ['a former province in the year it ended', fig({ region: 'quang-nam', year: 2025, value: 100, denominator: null }), revenue, []],
    ['a target of a former province for a later year', fig({ region: 'quang-nam', year: 2030, qualifier: 'target', value: 100, denominator: null }), revenue, []],
  ])('accepts %s', (_, f, indicator, problems) => {
    expect(attributionProblems(lineage, indicator, f)).toEqual(problems);
  });

  it.each<[string, Attributed, typeof rank | typeof revenue, string]>([
    ['a rank without its denominator', fig({ denominator: null }), rank, 'denominator: a rank needs its denominator, how many units were ranked (dti_rank)'],
    ['a rank past the last place', fig({ value: 64 }), rank, 'denominator: rank 64 of 63 is past the last place'],
    ['a denominator on a revenue', fig({ value: 100 }), revenue, 'denominator: only a rank has one; ict_revenue is in billion_vnd'],
    ['a former province after it ended', fig({ region: 'quang-nam', year: 2026, denominator: null, value: 1 }), revenue, 'region: quang-nam ended on 2025-06-30; a figure for 2026 belongs to da-nang'],
    ['a region before it existed', fig({ region: 'hue', value: 5 }), rank, "region: hue exists from 2025-01-01; a figure for 2024 belongs to thua-thien-hue, or give territory_as_of for hue's territory"],
    ['a territory map not after the year', fig({ territory_as_of: '2024-07-01' }), rank, 'territory_as_of: 2024-07-01 is not after 2024; leave it empty for a figure of da-nang as it was'],
    ['a former province on a later map', fig({ region: 'quang-nam', territory_as_of: '2025-07-01' }), rank, 'territory_as_of: quang-nam is not on the map of 2025-07-01 (it became part of da-nang)'],
    ['an unknown region', fig({ region: 'tay-lam' }), rank, 'region: "tay-lam" is not a known region'],
  ])('names %s', (_, f, indicator, problem) => {
    expect(attributionProblems(lineage, indicator, f)).toContain(problem);
  });
});
