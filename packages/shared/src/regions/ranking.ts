import type { Indicator } from '../catalogue';
import type { CombineMethod, RankingItem } from './api';
import { combineYear, type PublishedFigure } from './combine';
import { mapOfYear, type Lineage } from './lineage';

/** A region's own headline for a year, as reported for the region as it was then. */
export interface OwnFigure {
  value: number;
  denominator?: number | null | undefined;
  conflict?: boolean | undefined;
  estimate?: boolean | undefined;
  machine_read?: boolean | undefined;
}

/** A figure published for a unit's territory on a later map (`territory_as_of`), for an earlier year. */
export interface TerritoryFigure extends PublishedFigure {
  territory_as_of: string;
}

/** Of the figures published for a unit's territory on later maps, the one of the latest map not after `map`. */
export function publishedOn(figures: readonly TerritoryFigure[], map: string): TerritoryFigure | undefined {
  let best: TerritoryFigure | undefined;
  for (const f of figures) if (f.territory_as_of <= map && (!best || f.territory_as_of > best.territory_as_of)) best = f;
  return best;
}

/** Where a ranking reads figures: the read model's headlines and the published figures of later maps. */
export interface FigureSource {
  own(region: string, year: number): OwnFigure | undefined;
  published(region: string, year: number): readonly TerritoryFigure[];
}

/** A unit's figure for a year on a map: reported for it, or for its present territory (published or combined). */
export interface MapFigure {
  region: string;
  value: number;
  denominator: number | null;
  method: 'reported' | CombineMethod;
  from: string[];
  missing: string[];
  partial: boolean;
  conflict: boolean;
  estimate: boolean;
  /** It stands on a figure no person has reviewed. */
  machine_read: boolean;
}

/**
 * The figure of one unit of the map of `map` for `year`: a figure published for its territory on that map (the
 * latest map not after it) first; then, for years before the unit had its shape, its parts combined by the
 * indicator's rule; else its own figure. A rank belongs to the map it was ranked on: a unit's own rank of `year`
 * counts only when the map of `map` has the same units as the end of `year`.
 */
export function figureOnMap(lineage: Lineage, indicator: Pick<Indicator, 'unit' | 'aggregation'>, key: string, year: number, map: string, source: FigureSource): MapFigure | null {
  const published = publishedOn(source.published(key, year), map);
  const shapeYear = lineage.shapeYear(key, map);
  if (published) {
    const parts = shapeYear !== null && year < shapeYear ? lineage.shapeOn(key, map).parts : [key];
    return { region: key, value: published.value, denominator: published.denominator ?? null, method: 'published', from: parts, missing: [], partial: false, conflict: published.conflict ?? false, estimate: published.estimate ?? false, machine_read: published.machine_read ?? false };
  }
  if (indicator.unit === 'rank' && !lineage.sameMap(map, mapOfYear(year))) return null;
  if (shapeYear !== null && year < shapeYear) {
    const parts = lineage.shapeOn(key, map).parts;
    const combined = combineYear({
      year,
      aggregation: indicator.aggregation,
      parts: parts.map((region) => {
        const own = source.own(region, year);
        return { region, value: own?.value ?? null, denominator: own?.denominator, estimate: own?.estimate, machine_read: own?.machine_read };
      }),
    });
    if (!combined) return null;
    return { region: key, value: combined.value, denominator: combined.denominator, method: combined.method, from: combined.from, missing: combined.missing, partial: combined.partial, conflict: false, estimate: combined.estimate, machine_read: combined.machine_read };
  }
  const own = source.own(key, year);
  if (!own) return null;
  return { region: key, value: own.value, denominator: own.denominator ?? null, method: 'reported', from: [key], missing: [], partial: false, conflict: own.conflict ?? false, estimate: own.estimate ?? false, machine_read: own.machine_read ?? false };
}

export interface RankedFigure extends MapFigure {
  rank: number;
}

/**
 * Ranks figures: a rank indicator by its published rank (its value) over the denominator it was published with;
 * any other by value in the catalogue's `better` direction, equal values sharing a place ("1, 2, 2, 4"), over the
 * number of units with a figure.
 */
export function rankFigures(figures: readonly MapFigure[], indicator: Pick<Indicator, 'unit' | 'better'>): RankedFigure[] {
  if (indicator.unit === 'rank') {
    return figures.map((f) => ({ ...f, rank: f.value })).sort((a, b) => a.rank - b.rank || byKey(a.region, b.region));
  }
  const sign = indicator.better === 'higher' ? -1 : 1;
  const sorted = [...figures].sort((a, b) => sign * (a.value - b.value) || byKey(a.region, b.region));
  // Equal values share the place of the first of them.
  let place = 0;
  return sorted.map((f, i) => {
    if (i === 0 || sorted[i - 1]!.value !== f.value) place = i + 1;
    return { ...f, rank: place, denominator: sorted.length };
  });
}

/** Region keys are ASCII: compared by code unit (a locale's collation costs more and says nothing more). */
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface Ranking {
  year: number;
  map: string;
  items: RankingItem[];
  /** Units of the map without a figure for the year. */
  missing: string[];
}

/** Every unit of the map of `map` (by default the end of `year`) ranked for `year`, with its change since the year before on the same map. */
export function rankRegions(input: {
  lineage: Lineage;
  indicator: Pick<Indicator, 'unit' | 'better' | 'aggregation'>;
  year: number;
  map?: string | undefined;
  source: FigureSource;
}): Ranking {
  const { lineage, indicator, year, source } = input;
  const map = input.map ?? mapOfYear(year);
  const units = lineage.provincesOn(map).map((r) => r.key);
  const figures = (y: number) => units.map((k) => figureOnMap(lineage, indicator, k, y, map, source)).filter((f): f is MapFigure => f !== null);
  const current = rankFigures(figures(year), indicator);
  const before = new Map(rankFigures(figures(year - 1), indicator).map((f) => [f.region, f]));
  const items = current.map((f): RankingItem => {
    const p = before.get(f.region);
    const previous = p ? { value: p.value, rank: p.rank, denominator: p.denominator } : null;
    return {
      ...f,
      previous,
      rank_change: previous && previous.denominator === f.denominator ? previous.rank - f.rank : null,
      value_change: previous ? f.value - previous.value : null,
    };
  });
  const ranked = new Set(items.map((i) => i.region));
  return { year, map, items, missing: units.filter((k) => !ranked.has(k)) };
}
