import { describe, expect, it } from 'vitest';
import { draftOf, parseNumber, patchOf } from './edit-draft';

const fact = {
  indicator: 'public_wifi_stations',
  year: 2020,
  value: 1024,
  value_min: null,
  value_max: null,
  qualifier: 'actual' as const,
  approx: 'exact' as const,
  change_pct: null,
  change_vs_year: null,
  plan_pct: null,
};

describe('edit form validation', () => {
  it('reads numbers as editors type them, with a dot or the Vietnamese decimal comma', () => {
    expect(parseNumber('98.1')).toBe(98.1);
    expect(parseNumber('98,1')).toBe(98.1);
    expect(parseNumber(' 1024 ')).toBe(1024);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('1.024,5')).toBe('invalid');
    expect(parseNumber('abc')).toBe('invalid');
  });

  it('sends only what changed, and accepts in the same revision', () => {
    const r = patchOf({ ...draftOf(fact), value: '1100', plan_pct: '105,5', reason: 'the table says 1.100' }, fact);
    expect(r).toEqual({ ok: true, patch: { value: 1100, plan_pct: 105.5, reason: 'the table says 1.100', accept: true } });
  });

  it('says when nothing changed', () => {
    expect(patchOf(draftOf(fact), fact)).toEqual({ ok: false, errors: {}, nothing: true });
  });

  it('marks each bad field with a message key', () => {
    const r = patchOf({ ...draftOf(fact), year: '20', value: '', change_pct: 'x', change_vs_year: '2019.5' }, fact);
    expect(r).toEqual({ ok: false, errors: { year: 'edit.badYear', value: 'edit.required', change_pct: 'edit.notNumber', change_vs_year: 'edit.badYear' } });
  });

  it('keeps a range a range, and refuses one upside down through the shared FactPatch schema', () => {
    const ranged = { ...fact, value: null, value_min: 30, value_max: 35 };
    const draft = draftOf(ranged);
    expect(draft.range).toBe(true);
    expect(patchOf({ ...draft, value_max: '40' }, ranged)).toEqual({ ok: true, patch: { value_min: 30, value_max: 40, accept: true } });
    const upsideDown = patchOf({ ...draft, value_min: '50' }, ranged);
    expect(upsideDown.ok).toBe(false);
    if (!upsideDown.ok) expect(upsideDown.errors.value_min).toBe('err.invalid');
  });

  it('clears a stated change back to nothing', () => {
    const withChange = { ...fact, change_pct: 12, change_vs_year: 2019 };
    expect(patchOf({ ...draftOf(withChange), change_pct: '', change_vs_year: '' }, withChange)).toEqual({
      ok: true,
      patch: { change_pct: null, change_vs_year: null, accept: true },
    });
  });
});
