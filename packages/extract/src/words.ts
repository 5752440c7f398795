import type { Indicator, Region, Unit } from '@chiso/shared';
import { Lexicon } from './lexicon';
import { alt } from './patterns';
import { fold } from './text';
import * as v from './vocabulary/index';
import type { Base, Generation, Sector } from './vocabulary/index';

/** The vocabulary compiled into one lexicon for a catalogue and a region catalogue. */
export interface CompiledIndicator {
  key: string;
  /** Its place in `Words.indicators`. */
  index: number;
  unit: Unit;
  /** Each cue: its parts, each part the lexicon ids of which one must be near the number. */
  cues: number[][][];
  /** The lexicon ids of all its cues, for asking whether a phrase names it. */
  cueIds: ReadonlySet<number>;
  not: number[];
  flow: boolean;
  needsFlowMark: boolean;
  shareOf?: string;
  partOf?: string;
  sectors?: Set<Sector>;
  base?: Base;
  generations?: Set<Generation>;
}

export type Facet = { kind: 'sector'; value: Sector } | { kind: 'base'; value: Base } | { kind: 'generation'; value: Generation };

export interface Words {
  lex: Lexicon;
  indicators: CompiledIndicator[];
  /** Phrase id → the indicators with a cue or a `not` that uses it. */
  usedBy: Map<number, CompiledIndicator[]>;
  nounUnits: Map<number, Set<Unit>>;
  /** Phrase id → the facets it names (a word may name a sector and a base: `doanh nghiệp`). */
  facets: Map<number, Facet[]>;
  /** Phrase id → the keys of the regions it names (a name or an alias of `data/regions.csv`). */
  regions: Map<number, string[]>;
  foreign: Set<number>;
  /** Both kinds of a thing named together: the phrases inside hold nothing of their own. */
  bothKinds: Set<number>;
  flow: Set<number>;
  stock: Set<number>;
  estimate: Set<number>;
  target: Set<number>;
  national: Set<number>;
  operators: Set<number>;
  singledOut: Set<number>;
  component: Set<number>;
  subset: Set<number>;
  capacity: Set<number>;
  anaphor: Set<number>;
  /** Channels of feedback the catalogue keeps no count of. */
  otherChannel: Set<number>;
  shareVerb: Set<number>;
  shareOpener: Set<number>;
  relative: Set<number>;
  respectively: Set<number>;
  leader: Set<number>;
  former: Set<number>;
  regionGroup: Set<number>;
  ownReference: Set<number>;
  partOpener: Set<number>;
  partAfter: Set<number>;
  /** Phrase id → the rank an ordinal word stands for (`ninth` → 9). */
  ordinals: Map<number, number>;
}

const ids = (lex: Lexicon, phrases: readonly string[]): Set<number> => new Set(phrases.map((p) => lex.add(p)));

const cache = new Map<string, Words>();

function facetIds(lex: Lexicon, name: string): number[] {
  const [kind, value] = name.startsWith('@') ? facetOf(name.slice(1)) : [undefined, undefined];
  if (!kind || !value) throw new Error(`unknown facet ${name}`);
  const table: Record<string, string[]> = kind === 'sector' ? v.sectorWords : kind === 'base' ? v.baseWords : v.generationWords;
  return table[value]!.map((p) => lex.add(p));
}

function facetOf(name: string): [Facet['kind'] | undefined, string | undefined] {
  if (name in v.sectorWords) return ['sector', name];
  if (name in v.baseWords) return ['base', name];
  if (name in v.generationWords) return ['generation', name];
  return [undefined, undefined];
}

/** The words of a catalogue and of the regions, compiled once per pair. */
export function compileWords(catalogue: Indicator[], regions: Region[] = []): Words {
  const signature = `${catalogue.map((i) => `${i.key}:${i.unit}`).join(',')}#${regions.map((r) => r.key).join(',')}`;
  const known = cache.get(signature);
  if (known) return known;
  const lex = new Lexicon();
  const units = new Map(catalogue.map((i) => [i.key, i.unit]));
  const indicators: CompiledIndicator[] = [];
  for (const w of v.indicatorWords) {
    const unit = units.get(w.key);
    if (!unit) continue;
    const cues = [...w.vi, ...w.en].map((cue) => cue.split(' + ').map((p) => (p.startsWith('@') ? facetIds(lex, p) : [lex.add(p)])));
    indicators.push({
      key: w.key,
      index: indicators.length,
      unit,
      cues,
      cueIds: new Set(cues.flat(2)),
      not: (w.not ?? []).map((p) => lex.add(p)),
      flow: w.flow ?? false,
      needsFlowMark: w.needsFlowMark ?? false,
      shareOf: w.shareOf,
      partOf: w.partOf,
      sectors: w.sectors ? new Set(w.sectors) : undefined,
      base: w.base,
      generations: w.generations ? new Set(w.generations) : undefined,
    });
  }
  const nounUnits = new Map<number, Set<Unit>>();
  for (const [unit, nouns] of Object.entries(v.unitNouns) as [Unit, string[]][]) {
    for (const n of nouns) {
      const id = lex.add(n);
      let set = nounUnits.get(id);
      if (!set) nounUnits.set(id, (set = new Set()));
      set.add(unit);
    }
  }
  const facets = new Map<number, Facet[]>();
  const addFacet = (p: string, f: Facet): void => {
    const id = lex.add(p);
    const list = facets.get(id);
    if (list) list.push(f);
    else facets.set(id, [f]);
  };
  for (const [value, phrases] of Object.entries(v.sectorWords) as [Sector, string[]][]) for (const p of phrases) addFacet(p, { kind: 'sector', value });
  for (const [value, phrases] of Object.entries(v.baseWords) as [Base, string[]][]) for (const p of phrases) addFacet(p, { kind: 'base', value });
  for (const [value, phrases] of Object.entries(v.generationWords) as [Generation, string[]][]) for (const p of phrases) addFacet(p, { kind: 'generation', value });
  const regionIds = new Map<number, string[]>();
  // an alias that starts with `tỉnh` / `thành phố` / `TP.` is found by its prefix (document.ts): as a phrase it would
  // only slow the scan down at every `tỉnh` of the text
  const prefixed = new RegExp(`^(?:${alt(v.regionPrefixes)})\\s`);
  for (const r of regions) {
    for (const name of new Set([r.name_vi, r.name_en, ...r.aliases].filter((n) => !prefixed.test(fold(n))))) {
      const id = lex.add(name);
      const list = regionIds.get(id);
      if (!list) regionIds.set(id, [r.key]);
      else if (!list.includes(r.key)) list.push(r.key);
    }
  }
  const usedBy = new Map<number, CompiledIndicator[]>();
  for (const ind of indicators) {
    for (const id of new Set([...ind.cues.flat(2), ...ind.not])) {
      const list = usedBy.get(id);
      if (list) list.push(ind);
      else usedBy.set(id, [ind]);
    }
  }
  const words: Words = {
    lex,
    indicators,
    usedBy,
    nounUnits,
    facets,
    regions: regionIds,
    foreign: ids(lex, v.foreignCounters),
    bothKinds: ids(lex, v.bothKinds),
    flow: ids(lex, v.flowMarks),
    stock: ids(lex, v.stockMarks),
    estimate: ids(lex, v.qualifierWords.estimate),
    target: ids(lex, v.qualifierWords.target),
    national: ids(lex, v.nationalScope),
    operators: ids(lex, v.operators),
    singledOut: ids(lex, v.singledOut),
    component: ids(lex, v.componentWords),
    subset: ids(lex, v.subsetWords),
    capacity: ids(lex, v.capacityWords),
    anaphor: ids(lex, v.anaphors),
    otherChannel: ids(lex, v.otherChannels),
    shareVerb: ids(lex, v.shareVerbs),
    shareOpener: ids(lex, v.shareOpeners),
    relative: ids(lex, v.relativeMarkers),
    respectively: ids(lex, v.respectivelyWords),
    leader: ids(lex, v.leaderPhrases),
    former: ids(lex, v.formerMarks),
    regionGroup: ids(lex, v.regionGroups),
    ownReference: ids(lex, v.ownReferences),
    partOpener: ids(lex, v.partOpeners),
    partAfter: ids(lex, v.partAfter),
    ordinals: new Map(Object.entries(v.ordinalNumbers).map(([w, n]) => [lex.add(w), n])),
  };
  cache.set(signature, words);
  return words;
}
