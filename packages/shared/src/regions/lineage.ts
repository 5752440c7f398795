import type { Region } from '../catalogue';
import { dayAfter, yearEnd, yearOf, yearStart } from './dates';

/** Whether the region is in force on `date` (both bounds inclusive; an empty bound is open). */
export function inForceOn(r: Region, date: string): boolean {
  return (r.valid_from === null || r.valid_from <= date) && (r.valid_to === null || date <= r.valid_to);
}

/** Whether the region existed during some part of the year. */
export function existedIn(r: Region, year: number): boolean {
  return (r.valid_from === null || r.valid_from <= yearEnd(year)) && (r.valid_to === null || r.valid_to >= yearStart(year));
}

/** A current region: not ended (the country and the provinces of today's map). */
export const isCurrent = (r: Region): boolean => r.valid_to === null;

/**
 * A unit's shape on the map of a date: since when it has had it and which regions' territory made it up before.
 * `parts` is the unit itself when it existed before (a continuing unit: Đà Nẵng before it took in Quảng Nam) and
 * the regions that merged into it or were renamed to it by that date. With no such change, `since` is null and
 * `parts` is the unit alone.
 */
export interface Shape {
  region: string;
  since: string | null;
  parts: string[];
}

/** The catalogue's regions by key, with who merged into whom: built once per catalogue, its answers kept. */
export interface Lineage {
  regions: readonly Region[];
  byKey: ReadonlyMap<string, Region>;
  /** The regions whose successor is the key. */
  predecessors(key: string): readonly Region[];
  /** The provinces of the map in force on a date (without the country). */
  provincesOn(date: string): readonly Region[];
  /** Whether the maps of two dates have the same provinces. */
  sameMap(a: string, b: string): boolean;
  shapeOn(key: string, date: string): Shape;
  /** The first year a unit had its shape on the map of `date`: years before it are made of its parts. */
  shapeYear(key: string, date: string): number | null;
}

const built = new WeakMap<readonly Region[], Lineage>();

export function lineageOf(regions: readonly Region[]): Lineage {
  const known = built.get(regions);
  if (known) return known;
  const byKey = new Map(regions.map((r) => [r.key, r]));
  const preds = new Map<string, Region[]>();
  for (const r of regions) {
    if (r.successor === null) continue;
    const list = preds.get(r.successor) ?? [];
    list.push(r);
    preds.set(r.successor, list);
  }
  const predecessors = (key: string): readonly Region[] => preds.get(key) ?? [];
  // Dates come from requests: the kept answers are bounded.
  const shapes = new Map<string, Shape>();
  const maps = new Map<string, readonly Region[]>();
  const provincesOn = (date: string): readonly Region[] => {
    let found = maps.get(date);
    if (!found) {
      if (maps.size >= 1000) maps.clear();
      maps.set(date, (found = regions.filter((r) => r.level === 'province' && inForceOn(r, date))));
    }
    return found;
  };
  const shapeOn = (key: string, date: string): Shape => {
    const id = `${key}|${date}`;
    let found = shapes.get(id);
    if (!found) {
      if (shapes.size >= 20_000) shapes.clear();
      shapes.set(id, (found = computeShape(key, date)));
    }
    return found;
  };
  const computeShape = (key: string, date: string): Shape => {
    const r = byKey.get(key);
    const ended = predecessors(key).filter((p) => p.valid_to !== null && p.valid_to < date);
    let since: string | null = null;
    for (const p of ended) {
      const start = dayAfter(p.valid_to!);
      if (since === null || start > since) since = start;
    }
    if (r?.valid_from && r.valid_from <= date && (since === null || r.valid_from > since)) since = r.valid_from;
    if (since === null) return { region: key, since: null, parts: [key] };
    const itself = r !== undefined && (r.valid_from === null || r.valid_from < since);
    return { region: key, since, parts: [...(itself ? [key] : []), ...ended.map((p) => p.key)] };
  };
  const lineage: Lineage = {
    regions,
    byKey,
    predecessors,
    provincesOn,
    sameMap: (a, b) => {
      const x = provincesOn(a);
      const y = provincesOn(b);
      return x.length === y.length && x.every((r, i) => r === y[i]);
    },
    shapeOn,
    shapeYear: (key, date) => {
      const { since } = shapeOn(key, date);
      return since === null ? null : yearOf(since);
    },
  };
  built.set(regions, lineage);
  return lineage;
}

/** The map a year's figures are reported on by default: the units in force at the end of that year. */
export const mapOfYear = (year: number): string => yearEnd(year);
