import { createHash } from 'node:crypto';
import { seededRandom } from '@chiso/shared';
import type { NewFact, NewSource } from '../../apps/api/src/db/schema';

/** A synthetic national dataset: provinces × indicators × years, several sources per figure. Deterministic. */
export const synthetic = {
  provinces: 62,
  firstYear: 1995,
  years: 30,
  sourcesPerYear: 8,
  /** Facts per figure (province, indicator, year): 4 accepted, 8 pending, 4 rejected, spread over the sources. */
  factsPerFigure: 16,
};

export const provinceKey = (p: number) => `tinh-${String(p).padStart(2, '0')}`;

export function provinces(): { key: string; name_vi: string; name_en: string }[] {
  return Array.from({ length: synthetic.provinces }, (_, i) => ({
    key: provinceKey(i + 1),
    name_vi: `Tỉnh ${i + 1}`,
    name_en: `Province ${i + 1}`,
  }));
}

const kinds = ['report', 'dataset', 'article', 'article', 'article', 'article', 'article', 'article'] as const;

export function sourcesOf(province: string, year: number, now: string): NewSource[] {
  return kinds.slice(0, synthetic.sourcesPerYear).map((kind, k) => ({
    kind,
    title: `${kind} ${province} ${year} #${k}`,
    publisher: kind === 'report' ? 'Sở TT&TT' : 'Báo điện tử',
    url: kind === 'report' ? null : `https://example.invalid/${province}/${year}/${k}`,
    published_on: `${year + 1}-${String(k + 1).padStart(2, '0')}-15`,
    region: province,
    report_year: year,
    format: 'text',
    sha256: createHash('sha256').update(`${province}:${year}:${k}`).digest('hex'),
    text: null,
    created_at: now,
  }));
}

const sig = (x: number, d: number) => Number(x.toPrecision(d));

/** The facts of one figure; `sourceIds` are the ids of that province-year's sources, in `sourcesOf` order. */
export function factsOf(p: number, indicator: number, key: string, year: number, sourceIds: number[], now: string): NewFact[] {
  const rnd = seededRandom(p * 1_000_003 + indicator * 10_007 + year);
  const base = 100 * (1 + ((p * 7 + indicator * 13) % 50)) * Math.pow(1.08, year - synthetic.firstYear);
  const conflict = rnd() < 0.05;
  const out: NewFact[] = [];
  for (let f = 0; f < synthetic.factsPerFigure; f++) {
    const status = f < 4 ? 'accepted' : f < 12 ? 'pending' : 'rejected';
    const value = f === 1 ? sig(base, 3) : f === 3 && conflict ? sig(base * 1.12, 4) : f >= 4 ? sig(base * (0.5 + rnd()), 4) : sig(base, 4);
    out.push({
      indicator: key,
      region: provinceKey(p),
      year,
      value,
      value_min: null,
      value_max: null,
      qualifier: f === 3 && year === synthetic.firstYear + synthetic.years - 1 ? 'estimate' : 'actual',
      approx: 'exact',
      change_pct: f === 0 ? 8 : null,
      change_vs_year: null,
      plan_pct: null,
      source_id: sourceIds[f % sourceIds.length]!,
      span_start: null,
      span_end: null,
      quote: `Năm ${year} đạt ${value.toLocaleString('vi-VN')} (chỉ tiêu ${key})`,
      quote_start: null,
      method: 'extracted',
      rule: 'synthetic',
      confidence: status === 'accepted' ? 0.95 : 0.5,
      status,
      note: null,
      seed_key: null,
      created_at: now,
      updated_at: now,
    });
  }
  return out;
}
