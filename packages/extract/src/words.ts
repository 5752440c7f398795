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

/**
 * Phrase ids of one kind (flow marks, target words, …), asked of every phrase near every figure: flags indexed by id,
 * cheaper to ask than a `Set`.
 */
export class PhraseIds {
  private readonly flags: Uint8Array;

  constructor(ids: Iterable<number>) {
    const list = [...ids];
    this.flags = new Uint8Array(list.length ? Math.max(...list) + 1 : 0);
    for (const id of list) this.flags[id] = 1;
  }

  has(id: number): boolean {
    return this.flags[id] === 1;
  }
}

/** What phrases of the lexicon stand for (indicators, facets, regions, …), by phrase id: an array, cheaper to ask than a `Map`. */
export class PhraseTable<T> {
  private readonly values: (T | undefined)[] = [];

  set(id: number, value: T): void {
    while (this.values.length <= id) this.values.push(undefined);
    this.values[id] = value;
  }

  get(id: number): T | undefined {
    return id < this.values.length ? this.values[id] : undefined;
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }
}

export type Facet = { kind: 'sector'; value: Sector } | { kind: 'base'; value: Base } | { kind: 'generation'; value: Generation };

export interface Words {
  lex: Lexicon;
  indicators: CompiledIndicator[];
  /** Phrase id → the indicators with a cue or a `not` that uses it. */
  usedBy: PhraseTable<CompiledIndicator[]>;
  nounUnits: PhraseTable<Set<Unit>>;
  /** Phrase id → the facets it names (a word may name a sector and a base: `doanh nghiệp`). */
  facets: PhraseTable<Facet[]>;
  /** Phrase id → the keys of the regions it names (a name or an alias of `data/regions.csv`). */
  regions: PhraseTable<string[]>;
  foreign: PhraseIds;
  flow: PhraseIds;
  stock: PhraseIds;
  estimate: PhraseIds;
  target: PhraseIds;
  national: PhraseIds;
  operators: PhraseIds;
  singledOut: PhraseIds;
  component: PhraseIds;
  subset: PhraseIds;
  anaphor: PhraseIds;
  shareVerb: PhraseIds;
  shareOpener: PhraseIds;
  relative: PhraseIds;
  respectively: PhraseIds;
  leader: PhraseIds;
  former: PhraseIds;
  regionGroup: PhraseIds;
  ownReference: PhraseIds;
  partOpener: PhraseIds;
  partAfter: PhraseIds;
  /** Phrase id → the rank an ordinal word stands for (`ninth` → 9). */
  ordinals: PhraseTable<number>;
}

const ids = (lex: Lexicon, phrases: readonly string[]): PhraseIds => new PhraseIds(phrases.map((p) => lex.add(p)));

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

function ordinalIds(lex: Lexicon): PhraseTable<number> {
  const table = new PhraseTable<number>();
  for (const [w, n] of Object.entries(v.ordinalNumbers)) table.set(lex.add(w), n);
  return table;
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
  const nounUnits = new PhraseTable<Set<Unit>>();
  for (const [unit, nouns] of Object.entries(v.unitNouns) as [Unit, string[]][]) {
    for (const n of nouns) {
      const id = lex.add(n);
      let set = nounUnits.get(id);
      if (!set) nounUnits.set(id, (set = new Set()));
      set.add(unit);
    }
  }
  const facets = new PhraseTable<Facet[]>();
  const addFacet = (p: string, f: Facet): void => {
    const id = lex.add(p);
    const list = facets.get(id);
    if (list) list.push(f);
    else facets.set(id, [f]);
  };
  for (const [value, phrases] of Object.entries(v.sectorWords) as [Sector, string[]][]) for (const p of phrases) addFacet(p, { kind: 'sector', value });
  for (const [value, phrases] of Object.entries(v.baseWords) as [Base, string[]][]) for (const p of phrases) addFacet(p, { kind: 'base', value });
  for (const [value, phrases] of Object.entries(v.generationWords) as [Generation, string[]][]) for (const p of phrases) addFacet(p, { kind: 'generation', value });
  const regionIds = new PhraseTable<string[]>();
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
  const usedBy = new PhraseTable<CompiledIndicator[]>();
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
    flow: ids(lex, v.flowMarks),
    stock: ids(lex, v.stockMarks),
    estimate: ids(lex, v.qualifierWords.estimate),
    target: ids(lex, v.qualifierWords.target),
    national: ids(lex, v.nationalScope),
    operators: ids(lex, v.operators),
    singledOut: ids(lex, v.singledOut),
    component: ids(lex, v.componentWords),
    subset: ids(lex, v.subsetWords),
    anaphor: ids(lex, v.anaphors),
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
    ordinals: ordinalIds(lex),
  };
  cache.set(signature, words);
  return words;
}
