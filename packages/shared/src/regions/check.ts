import type { Region } from '../catalogue';
import { dayAfter } from './dates';
import { inForceOn, isCurrent, lineageOf } from './lineage';
import { foldName, namesOf } from './names';

/** The day the 34-unit map took effect: `code_before_2025_07` is a unit's code before it. */
export const reorganisedOn = '2025-07-01';

/** A unit's statistical code on a date: continuing units took a new code on 2025-07-01. */
export function codeOn(r: Region, date: string): string | null {
  return date < reorganisedOn && r.code_before_2025_07 !== null ? r.code_before_2025_07 : r.code;
}

/**
 * What is wrong with a catalogue of regions, one sentence each (empty when it holds): keys unique, one country,
 * dates in order, every former unit leading to a current one through known successors, no name or alias shared
 * by two regions (also without case and diacritics), codes unique on every date the map changed, and the
 * default region a current one.
 */
export function catalogueProblems(regions: readonly Region[], defaultRegion?: string): string[] {
  const problems: string[] = [];
  const lineage = lineageOf(regions);
  const seen = new Set<string>();
  for (const r of regions) {
    if (seen.has(r.key)) problems.push(`${r.key}: the key is used twice`);
    seen.add(r.key);
  }
  const countries = regions.filter((r) => r.level === 'country');
  if (countries.length !== 1) problems.push(`there must be one country, not ${countries.length}`);
  for (const r of regions) {
    if (r.valid_from && r.valid_to && r.valid_from > r.valid_to) problems.push(`${r.key}: valid_from ${r.valid_from} is after valid_to ${r.valid_to}`);
    if (r.level === 'country' && (r.valid_to || r.successor)) problems.push(`${r.key}: the country neither ends nor has a successor`);
    if (r.successor === null) {
      if (r.valid_to !== null) problems.push(`${r.key}: ends on ${r.valid_to} without a successor`);
      continue;
    }
    const next = lineage.byKey.get(r.successor);
    if (!next) {
      problems.push(`${r.key}: successor "${r.successor}" is not in the catalogue`);
      continue;
    }
    if (r.valid_to === null) {
      problems.push(`${r.key}: has a successor but no valid_to`);
      continue;
    }
    if (!inForceOn(next, dayAfter(r.valid_to))) problems.push(`${r.key}: successor ${next.key} is not in force on ${dayAfter(r.valid_to)}, the day after ${r.key} ends`);
  }
  for (const r of regions) {
    const path = [r.key];
    let at = r;
    while (at.successor !== null && lineage.byKey.has(at.successor) && !path.includes(at.successor)) {
      path.push(at.successor);
      at = lineage.byKey.get(at.successor)!;
    }
    if (at.successor !== null && path.includes(at.successor)) problems.push(`${r.key}: its successors go round in a circle (${[...path, at.successor].join(' → ')})`);
    else if (at !== r && !isCurrent(at)) problems.push(`${r.key}: its lineage ends at ${at.key}, which is not current`);
  }
  problems.push(...sharedNames(regions), ...sharedCodes(regions));
  if (defaultRegion !== undefined) {
    const d = lineage.byKey.get(defaultRegion);
    if (!d) problems.push(`the default region "${defaultRegion}" is not in the catalogue`);
    else if (!isCurrent(d)) problems.push(`the default region "${defaultRegion}" ended on ${d.valid_to}`);
  }
  return problems;
}

function sharedNames(regions: readonly Region[]): string[] {
  const owner = new Map<string, { key: string; name: string }>();
  const problems: string[] = [];
  for (const r of regions) {
    for (const name of new Set(namesOf(r).map(foldName))) {
      const other = owner.get(name);
      if (other && other.key !== r.key) problems.push(`"${name}" names both ${other.key} and ${r.key}`);
      else owner.set(name, { key: r.key, name });
    }
  }
  return problems;
}

function sharedCodes(regions: readonly Region[]): string[] {
  const dates = new Set<string>([reorganisedOn]);
  for (const r of regions) {
    if (r.valid_from) dates.add(r.valid_from);
    if (r.valid_to) dates.add(r.valid_to);
  }
  const problems: string[] = [];
  for (const date of [...dates].sort()) {
    const byCode = new Map<string, string>();
    for (const r of regions.filter((x) => x.level === 'province' && inForceOn(x, date))) {
      const code = codeOn(r, date);
      if (code === null) continue;
      const other = byCode.get(code);
      if (other) problems.push(`on ${date} code ${code} belongs to both ${other} and ${r.key}`);
      else byCode.set(code, r.key);
    }
  }
  return problems;
}
