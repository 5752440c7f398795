import type { Fact, Revision } from '@chiso/shared';

export const diffFields = [
  'indicator',
  'year',
  'value',
  'value_min',
  'value_max',
  'qualifier',
  'approx',
  'change_pct',
  'change_vs_year',
  'plan_pct',
  'status',
  'method',
  'note',
] as const satisfies readonly (keyof Fact)[];

export type DiffField = (typeof diffFields)[number];

export interface FieldChange {
  field: DiffField;
  before: Fact[DiffField] | null;
  after: Fact[DiffField];
}

/** The fields a revision changed; for the first revision, the fields it recorded. */
export function revisionChanges(rev: Pick<Revision, 'before' | 'after'>): FieldChange[] {
  const { before, after } = rev;
  return diffFields
    .filter((f) => (before ? before[f] !== after[f] : after[f] !== null))
    .map((field) => ({ field, before: before ? before[field] : null, after: after[field] }));
}
