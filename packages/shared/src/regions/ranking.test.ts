import { describe, expect, it } from 'vitest';
import type { Region } from '../catalogue';
import { lineageOf } from './lineage';
import { figureOnMap, rankFigures, rankRegions, type FigureSource, type MapFigure, type OwnFigure, type TerritoryFigure } from './ranking';

const region = (key: string, over: Partial<Region> = {}): Region => ({
  key, level: 'province', name_vi: key, name_en: key, code: null, code_before_2025_07: null, valid_from: null, valid_to: null, successor: null, aliases: [], source_url: null, ...over,
});
// A small country: a merges b on 2025-07-01, c is renamed d on 2025-01-01, e stays as it is.
const lineage = lineageOf([
  region('vn', { level: 'country' }),
  region('a'),
  region('b', { valid_to: '2025-06-30', successor: 'a' }),
  region('c', { valid_to: '2024-12-31', successor: 'd' }),
  region('d', { valid_from: '2025-01-01' }),
  region('e'),
]);

function source(own: Record<string, OwnFigure>, published: Record<string, TerritoryFigure[]> = {}): FigureSource {
  return { own: (r, y) => own[`${r}:${y}`], published: (r, y) => published[`${r}:${y}`] ?? [] };
}
const revenue = { unit: 'billion_vnd', aggregation: 'sum', better: 'higher' } as const;
const rank = { unit: 'rank', aggregation: 'none', better: 'lower' } as const;
const score = { unit: 'score', aggregation: 'none', better: 'higher' } as const;

describe('figureOnMap', () => {
  it('reports a unit as it was on its own year’s map', () => {
    expect(figureOnMap(lineage, revenue, 'a', 2024, '2024-12-31', source({ 'a:2024': { value: 10 } }))).toMatchObject({ value: 10, method: 'reported' });
  });

  it('sums the parts of a merged unit for a year before the merger, on the later map', () => {
    const f = figureOnMap(lineage, revenue, 'a', 2024, '2025-12-31', source({ 'a:2024': { value: 10 }, 'b:2024': { value: 4 } }));
    expect(f).toMatchObject({ value: 14, method: 'sum', from: ['a', 'b'], partial: false });
  });

  it('never sums a score; takes the published merged figure', () => {
    const own = { 'a:2024': { value: 0.83 }, 'b:2024': { value: 0.58 } };
    expect(figureOnMap(lineage, score, 'a', 2024, '2025-12-31', source(own))).toBeNull();
    const published = { 'a:2024': [{ value: 0.7069, fact_id: 1, territory_as_of: '2025-07-01' }] };
    expect(figureOnMap(lineage, score, 'a', 2024, '2025-12-31', source(own, published))).toMatchObject({ value: 0.7069, method: 'published', from: ['a', 'b'] });
  });

  it('keeps a published figure of a later map out of an earlier map', () => {
    const published = { 'a:2024': [{ value: 17, denominator: 34, fact_id: 1, territory_as_of: '2025-07-01' }] };
    const f = figureOnMap(lineage, rank, 'a', 2024, '2024-12-31', source({ 'a:2024': { value: 2, denominator: 63 } }, published));
    expect(f).toMatchObject({ value: 2, denominator: 63, method: 'reported' });
  });

  it('does not move a rank to a map it was not ranked on', () => {
    expect(figureOnMap(lineage, rank, 'e', 2024, '2025-12-31', source({ 'e:2024': { value: 4, denominator: 63 } }))).toBeNull();
  });

  it('carries a renamed unit’s figures, ranks included, on the map that has both', () => {
    expect(figureOnMap(lineage, score, 'd', 2024, '2025-12-31', source({ 'c:2024': { value: 0.79 } }))).toMatchObject({ value: 0.79, method: 'carried', from: ['c'] });
  });
});

describe('rankFigures', () => {
  const fig = (region: string, value: number, denominator: number | null = null): MapFigure => ({ region, value, denominator, method: 'reported', from: [region], missing: [], partial: false, conflict: false, estimate: false, machine_read: false });

  it('places by value in the catalogue’s direction, equal values sharing a place, over the number ranked', () => {
    const r = rankFigures([fig('a', 5), fig('b', 9), fig('c', 5), fig('d', 1)], score);
    expect(r.map((x) => [x.region, x.rank, x.denominator])).toEqual([['b', 1, 4], ['a', 2, 4], ['c', 2, 4], ['d', 4, 4]]);
    const lower = rankFigures([fig('a', 5), fig('b', 9)], { unit: 'percent', better: 'lower' });
    expect(lower.map((x) => x.region)).toEqual(['a', 'b']);
  });

  it('keeps a published rank and its denominator', () => {
    const r = rankFigures([fig('a', 17, 34), fig('b', 1, 34)], rank);
    expect(r.map((x) => [x.region, x.rank, x.denominator])).toEqual([['b', 1, 34], ['a', 17, 34]]);
  });
});

describe('rankRegions', () => {
  it('ranks the units of the year’s map, with changes since the year before and the units without a figure', () => {
    const s = source({ 'a:2023': { value: 8 }, 'b:2023': { value: 9 }, 'a:2024': { value: 10 }, 'b:2024': { value: 4 }, 'c:2024': { value: 7 } });
    const r = rankRegions({ lineage, indicator: revenue, year: 2024, source: s });
    expect(r.map).toBe('2024-12-31');
    expect(r.items.map((i) => [i.region, i.rank, i.denominator, i.rank_change, i.value_change])).toEqual([
      ['a', 1, 3, null, 2],
      ['c', 2, 3, null, null],
      ['b', 3, 3, null, -5],
    ]);
    expect(r.missing).toEqual(['e']);
  });

  it('gives a rank change only against the same denominator', () => {
    const s = source({ 'a:2023': { value: 3, denominator: 63 }, 'a:2024': { value: 2, denominator: 63 }, 'e:2023': { value: 9, denominator: 60 }, 'e:2024': { value: 8, denominator: 63 } });
    const r = rankRegions({ lineage, indicator: rank, year: 2024, source: s });
    expect(r.items.map((i) => [i.region, i.rank, i.rank_change])).toEqual([['a', 2, 1], ['e', 8, null]]);
  });

  it('compares the first year of the new map with the merged units’ figures of the year before', () => {
    const s = source({ 'a:2024': { value: 10 }, 'b:2024': { value: 4 }, 'a:2025': { value: 15 }, 'c:2024': { value: 7 }, 'd:2025': { value: 8 } });
    const r = rankRegions({ lineage, indicator: revenue, year: 2025, source: s });
    expect(r.items.map((i) => [i.region, i.value, i.previous?.value, i.value_change])).toEqual([
      ['a', 15, 14, 1],
      ['d', 8, 7, 1],
    ]);
    expect(r.missing).toEqual(['e']);
  });
});
