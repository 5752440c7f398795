import type { Approx, Indicator, Unit } from '@chiso/shared';
import { Lexicon } from './lexicon';
import {
  approxWords,
  componentWords,
  flowMarks,
  foreignCounters,
  indicatorWords,
  nationalScope,
  operators,
  provinces,
  qualifierWords,
  stockMarks,
  subsetWords,
  unitNouns,
  multiYearWords,
} from './vocabulary';

/** The vocabulary of `vocabulary.ts` compiled into one lexicon for a catalogue. */
export interface CompiledIndicator {
  key: string;
  unit: Unit;
  /** Each cue: the lexicon ids that must all be near the number. */
  cues: number[][];
  not: number[];
  flow: boolean;
  needsFlowMark: boolean;
  shareOf?: string;
}

export interface Words {
  lex: Lexicon;
  indicators: CompiledIndicator[];
  /** Phrase id → the indicators with a cue or a `not` that uses it. */
  usedBy: Map<number, CompiledIndicator[]>;
  byKey: Map<string, CompiledIndicator>;
  nounUnits: Map<number, Set<Unit>>;
  foreign: Set<number>;
  flow: Set<number>;
  stock: Set<number>;
  estimate: Set<number>;
  target: Set<number>;
  targetNegation: Set<number>;
  approx: Map<number, Approx>;
  provinces: Set<number>;
  national: Set<number>;
  operators: Set<number>;
  component: Set<number>;
  subset: Set<number>;
  multiYear: Set<number>;
  anaphor: Set<number>;
  shareVerb: Set<number>;
  respectively: Set<number>;
  rankVerb: Set<number>;
  leader: Set<number>;
}

const ids = (lex: Lexicon, phrases: string[]): Set<number> => new Set(phrases.map((p) => lex.add(p)));

const cache = new Map<string, Words>();

export function compileWords(catalogue: Indicator[]): Words {
  const signature = catalogue.map((i) => `${i.key}:${i.unit}`).join(',');
  const known = cache.get(signature);
  if (known) return known;
  const lex = new Lexicon();
  const units = new Map(catalogue.map((i) => [i.key, i.unit]));
  const indicators: CompiledIndicator[] = [];
  for (const w of indicatorWords) {
    const unit = units.get(w.key);
    if (!unit) continue;
    const cues = [...w.vi, ...w.en].map((cue) => cue.split(' + ').map((p) => lex.add(p)));
    indicators.push({
      key: w.key,
      unit,
      cues,
      not: (w.not ?? []).map((p) => lex.add(p)),
      flow: w.flow ?? false,
      needsFlowMark: w.needsFlowMark ?? false,
      shareOf: w.shareOf,
    });
  }
  const nounUnits = new Map<number, Set<Unit>>();
  for (const [unit, nouns] of Object.entries(unitNouns) as [Unit, string[]][]) {
    for (const n of nouns) {
      const id = lex.add(n);
      let set = nounUnits.get(id);
      if (!set) nounUnits.set(id, (set = new Set()));
      set.add(unit);
    }
  }
  const usedBy = new Map<number, CompiledIndicator[]>();
  for (const ind of indicators) {
    for (const id of new Set([...ind.cues.flat(), ...ind.not])) {
      const list = usedBy.get(id);
      if (list) list.push(ind);
      else usedBy.set(id, [ind]);
    }
  }
  const approx = new Map<number, Approx>();
  for (const [kind, phrases] of Object.entries(approxWords) as [Approx, string[]][]) for (const p of phrases) approx.set(lex.add(p), kind);
  const words: Words = {
    lex,
    indicators,
    usedBy,
    byKey: new Map(indicators.map((i) => [i.key, i])),
    nounUnits,
    foreign: ids(lex, foreignCounters),
    flow: ids(lex, flowMarks),
    stock: ids(lex, stockMarks),
    estimate: ids(lex, qualifierWords.estimate),
    target: ids(lex, qualifierWords.target),
    targetNegation: ids(lex, qualifierWords.targetNegations),
    approx,
    provinces: ids(lex, provinces),
    national: ids(lex, nationalScope),
    operators: ids(lex, operators),
    component: ids(lex, componentWords),
    subset: ids(lex, subsetWords),
    multiYear: ids(lex, multiYearWords),
    anaphor: ids(lex, ['con số này', 'con số', 'số này', 'mức này', 'this figure', 'the figure', 'that figure']),
    shareVerb: ids(lex, ['chiếm', 'đạt tỷ lệ', 'tỷ lệ', 'tương đương', 'bằng', 'đạt', 'accounting for', 'accounted for', 'or', 'share of', 'equal to']),
    respectively: ids(lex, ['lần lượt', 'tương ứng', 'respectively']),
    rankVerb: ids(lex, ['xếp thứ', 'xếp hạng', 'đứng thứ', 'xếp vị trí thứ', 'vị trí thứ', 'hạng', 'thứ hạng', 'ranked', 'ranks', 'ranking', 'placed', 'came']),
    leader: ids(lex, ['dẫn đầu', 'đứng đầu', 'xếp hạng nhất', 'xếp thứ nhất', 'giữ vị trí dẫn đầu', 'vị trí dẫn đầu', 'topped', 'led', 'leads', 'top spot', 'ranked first', 'first place']),
  };
  cache.set(signature, words);
  return words;
}
