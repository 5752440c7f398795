import type { Indicator } from '../catalogue';
import type { Qualifier } from '../fact';
import { yearEnd } from './dates';
import { existedIn, inForceOn, type Lineage } from './lineage';

export interface Attributed {
  region: string;
  year: number;
  value: number | null;
  qualifier: Qualifier;
  denominator: number | null;
  territory_as_of: string | null;
}

/**
 * Why a figure cannot stand as stated, one sentence each (empty when it can). A figure belongs to the region its
 * source names, as that region was in the figure's year: a former province's figure stays with it, and a region
 * that did not exist that year cannot have one (a target may name any year). A figure about a territory on a later
 * map names that map's date (`territory_as_of`, after the year) and a region on it. A rank carries its denominator.
 */
export function attributionProblems(lineage: Lineage, indicator: Pick<Indicator, 'key' | 'unit'>, f: Attributed): string[] {
  const problems: string[] = [];
  const region = lineage.byKey.get(f.region);
  if (!region) return [`region: "${f.region}" is not a known region`];
  if (f.territory_as_of !== null) {
    if (f.territory_as_of <= yearEnd(f.year)) {
      problems.push(`territory_as_of: ${f.territory_as_of} is not after ${f.year}; leave it empty for a figure of ${f.region} as it was`);
    } else if (!inForceOn(region, f.territory_as_of)) {
      problems.push(`territory_as_of: ${f.region} is not on the map of ${f.territory_as_of}${region.successor ? ` (it became part of ${region.successor})` : ''}`);
    }
  } else if (f.qualifier !== 'target' && !existedIn(region, f.year)) {
    if (region.valid_from !== null && region.valid_from > yearEnd(f.year)) {
      const before = lineage.predecessors(f.region).map((p) => p.key);
      const owner = before.length ? `; a figure for ${f.year} belongs to ${before.join(' or ')}` : '';
      problems.push(`region: ${f.region} exists from ${region.valid_from}${owner}, or give territory_as_of for ${f.region}'s territory`);
    } else {
      problems.push(`region: ${f.region} ended on ${region.valid_to}${region.successor ? `; a figure for ${f.year} belongs to ${region.successor}` : ''}`);
    }
  }
  if (indicator.unit === 'rank') {
    if (f.denominator === null) problems.push(`denominator: a rank needs its denominator, how many units were ranked (${indicator.key})`);
    else if (f.value !== null && f.value > f.denominator) problems.push(`denominator: rank ${f.value} of ${f.denominator} is past the last place`);
  } else if (f.denominator !== null) {
    problems.push(`denominator: only a rank has one; ${indicator.key} is in ${indicator.unit}`);
  }
  return problems;
}
