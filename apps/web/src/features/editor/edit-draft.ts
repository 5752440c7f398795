import { FactPatch, formatPlain, parseTypedNumber, type Approx, type Fact, type Lang, type Qualifier } from '@chiso/shared';
import type { MessageKey } from '../../lib/messages';

/** The edit form as typed: every field a string, a range when the fact was read as one. */
export interface EditDraft {
  indicator: string;
  year: string;
  value: string;
  value_min: string;
  value_max: string;
  range: boolean;
  qualifier: Qualifier;
  approx: Approx;
  change_pct: string;
  change_vs_year: string;
  plan_pct: string;
  reason: string;
}

export type DraftField = Exclude<keyof EditDraft, 'range'>;

type EditableFact = Pick<
  Fact,
  'indicator' | 'year' | 'value' | 'value_min' | 'value_max' | 'qualifier' | 'approx' | 'change_pct' | 'change_vs_year' | 'plan_pct'
>;

/** The form shows numbers as the reader writes them (`98,1` in Vietnamese), so they read back the same. */
export function draftOf(fact: EditableFact, lang: Lang): EditDraft {
  const text = (n: number | null) => (n === null ? '' : formatPlain(n, lang));
  return {
    indicator: fact.indicator,
    year: String(fact.year),
    value: text(fact.value),
    value_min: text(fact.value_min),
    value_max: text(fact.value_max),
    range: fact.value === null && fact.value_min !== null && fact.value_max !== null,
    qualifier: fact.qualifier,
    approx: fact.approx,
    change_pct: text(fact.change_pct),
    change_vs_year: text(fact.change_vs_year),
    plan_pct: text(fact.plan_pct),
    reason: '',
  };
}

/** A number as an editor types it in their language (`1.024` is 1024 in Vietnamese); empty is null. */
export function parseNumber(s: string, lang: Lang): number | null | 'invalid' {
  const n = parseTypedNumber(s, lang);
  return n !== null && Number.isNaN(n) ? 'invalid' : n;
}

export type DraftResult =
  | { ok: true; patch: FactPatch }
  | { ok: false; errors: Partial<Record<DraftField, MessageKey>>; nothing?: boolean };

/**
 * The PATCH for what changed, checked with the API's own schema (`FactPatch`), accepting the fact in the same
 * revision. Field errors are message keys, so the form speaks the reader's language.
 */
export function patchOf(draft: EditDraft, fact: EditableFact, lang: Lang): DraftResult {
  const errors: Partial<Record<DraftField, MessageKey>> = {};
  const raw: Record<string, unknown> = {};

  const num = (field: DraftField, required: boolean): number | null | undefined => {
    const v = parseNumber(draft[field] as string, lang);
    if (v === 'invalid') errors[field] = 'edit.notNumber';
    else if (v === null && required) errors[field] = 'edit.required';
    else return v;
    return undefined;
  };

  if (draft.indicator !== fact.indicator) raw.indicator = draft.indicator;
  const year = num('year', true);
  if (typeof year === 'number') {
    if (!Number.isInteger(year) || year < 1900 || year > 2100) errors.year = 'edit.badYear';
    else if (year !== fact.year) raw.year = year;
  }
  if (draft.range) {
    const min = num('value_min', true);
    const max = num('value_max', true);
    if (typeof min === 'number' && typeof max === 'number' && (min !== fact.value_min || max !== fact.value_max || fact.value !== null)) {
      raw.value_min = min;
      raw.value_max = max;
    }
  } else {
    const value = num('value', true);
    if (typeof value === 'number' && value !== fact.value) raw.value = value;
  }
  if (draft.qualifier !== fact.qualifier) raw.qualifier = draft.qualifier;
  if (draft.approx !== fact.approx) raw.approx = draft.approx;
  const change = num('change_pct', false);
  if (change !== undefined && change !== fact.change_pct) raw.change_pct = change;
  const vs = num('change_vs_year', false);
  if (typeof vs === 'number' && (!Number.isInteger(vs) || vs < 1900 || vs > 2100)) errors.change_vs_year = 'edit.badYear';
  else if (vs !== undefined && vs !== fact.change_vs_year) raw.change_vs_year = vs;
  const plan = num('plan_pct', false);
  if (plan !== undefined && plan !== fact.plan_pct) raw.plan_pct = plan;
  if (draft.reason.trim()) raw.reason = draft.reason.trim();

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const changed = Object.keys(raw).some((k) => k !== 'reason');
  if (!changed) return { ok: false, errors: {}, nothing: true };

  const parsed = FactPatch.safeParse({ ...raw, accept: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && field in draft && field !== 'range') errors[field as DraftField] = 'err.invalid';
    }
    return { ok: false, errors: Object.keys(errors).length ? errors : { indicator: 'err.invalid' } };
  }
  return { ok: true, patch: parsed.data };
}
