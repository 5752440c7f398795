import type { Approx, Block, Qualifier } from '@chiso/shared';
import type { Doc } from '../document';
import { countUnits, inUnit, type Candidate } from '../facts';
import type { Quantity } from '../numbers';
import type { Span } from '../structure';
import type { CompiledIndicator } from '../words';
import { numberEvidence } from './attributes';
import type { Evidence } from './evidence';
import type { Kind } from './subject';

/** Units must fit: a share is at most 100, a rank an integer within the places it is out of, a score at most 1, a count whole. */
function plausible(v: number, kind: Kind, ind: CompiledIndicator, denominator: number | undefined): boolean {
  if (!(v > 0) || !Number.isFinite(v)) return false;
  if (ind.unit === 'percent') return v <= 100;
  if (ind.unit === 'rank') return Number.isInteger(v) && v <= (denominator ?? 100);
  if (ind.unit === 'score') return v <= 1;
  if (countUnits.has(ind.unit) && ind.unit !== 'per_1000_people') return Number.isInteger(v);
  return kind !== 'percent';
}

export interface Made {
  q: Quantity;
  ind: CompiledIndicator;
  kind: Kind;
  year: number;
  qualifier: Qualifier;
  approx: Approx;
  evidence: Evidence[];
  rule: string;
  denominator?: number;
}

export function makeCandidate(doc: Doc, sent: Span, block: Block, m: Made): Candidate | undefined {
  const { q, ind, kind } = m;
  let value: number | undefined;
  let vmin: number | undefined;
  let vmax: number | undefined;
  if (q.max) {
    vmin = inUnit(q.value, q.scale, ind.unit);
    vmax = inUnit(q.max, q.scale, ind.unit);
    if (!(vmax > vmin)) return undefined;
  } else value = inUnit(q.value, q.scale, ind.unit);
  if (!plausible(value ?? vmax!, kind, ind, m.denominator)) return undefined;
  if (vmin !== undefined && !plausible(vmin, kind, ind, m.denominator)) return undefined;
  const assumedCurrency = kind === 'count' && q.scale >= 6 && !q.currency && ind.unit !== 'documents';
  const foreignStyle = q.style !== undefined && q.style !== doc.convention && !q.ambiguous;
  return {
    indicator: ind.key,
    unit: ind.unit,
    year: m.year,
    value,
    value_min: vmin,
    value_max: vmax,
    qualifier: m.qualifier,
    approx: m.approx,
    // every candidate has the same properties from the start: one object shape for the code that reads them
    change_pct: undefined,
    change_vs_year: undefined,
    plan_pct: undefined,
    start: q.start,
    end: q.end,
    quoteStart: sent.start,
    quoteEnd: sent.end,
    block,
    rule: m.rule,
    evidence: [...m.evidence, ...numberEvidence({ ambiguous: q.ambiguous, foreignStyle, assumedCurrency, approx: m.approx, range: q.max !== undefined })],
    fromTable: false,
  };
}

