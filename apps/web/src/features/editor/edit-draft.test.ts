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
  it('reads numbers as editors type them in their language', () => {
    expect(parseNumber('98,1', 'vi')).toBe(98.1);
    expect(parseNumber('98.1', 'vi')).toBe(98.1);
    expect(parseNumber('1.024', 'vi')).toBe(1024);
    expect(parseNumber('1.024,5', 'vi')).toBe(1024.5);
    expect(parseNumber('1,024', 'en')).toBe(1024);
    expect(parseNumber('98.1', 'en')).toBe(98.1);
    expect(parseNumber(' 1024 ', 'vi')).toBe(1024);
    expect(parseNumber('', 'vi')).toBeNull();
    expect(parseNumber('abc', 'vi')).toBe('invalid');
  });

  it('shows a stored figure so that it reads back the same', () => {
    const small = { ...fact, indicator: 'dti_score', value: 0.8123 };
    expect(draftOf(small, 'vi').value).toBe('0,8123');
    expect(patchOf(draftOf(small, 'vi'), small, 'vi')).toEqual({ ok: false, errors: {}, nothing: true });
    expect(patchOf(draftOf(small, 'en'), small, 'en')).toEqual({ ok: false, errors: {}, nothing: true });
  });

  it('sends only what changed, and accepts in the same revision', () => {
    const r = patchOf({ ...draftOf(fact, 'vi'), value: '1100', plan_pct: '105,5', reason: 'the table says 1.100' }, fact, 'vi');
    expect(r).toEqual({ ok: true, patch: { value: 1100, plan_pct: 105.5, reason: 'the table says 1.100', accept: true } });
  });

  it('says when nothing changed', () => {
    expect(patchOf(draftOf(fact, 'vi'), fact, 'vi')).toEqual({ ok: false, errors: {}, nothing: true });
  });

  it('marks each bad field with a message key', () => {
    const r = patchOf({ ...draftOf(fact, 'vi'), year: '20', value: '', change_pct: 'x', change_vs_year: '2019.5' }, fact, 'vi');
    expect(r).toEqual({ ok: false, errors: { year: 'edit.badYear', value: 'edit.required', change_pct: 'edit.notNumber', change_vs_year: 'edit.badYear' } });
  });

  it('keeps a range a range, and refuses one upside down through the shared FactPatch schema', () => {
    const ranged = { ...fact, value: null, value_min: 30, value_max: 35 };
    const draft = draftOf(ranged, 'vi');
    expect(draft.range).toBe(true);
    expect(patchOf({ ...draft, value_max: '40' }, ranged, 'vi')).toEqual({ ok: true, patch: { value_min: 30, value_max: 40, accept: true } });
    const upsideDown = patchOf({ ...draft, value_min: '50' }, ranged, 'vi');
    expect(upsideDown.ok).toBe(false);
    if (!upsideDown.ok) expect(upsideDown.errors.value_min).toBe('err.invalid');
  });

  it('clears a stated change back to nothing', () => {
    const withChange = { ...fact, change_pct: 12, change_vs_year: 2019 };
    expect(patchOf({ ...draftOf(withChange, 'vi'), change_pct: '', change_vs_year: '' }, withChange, 'vi')).toEqual({
      ok: true,
      patch: { change_pct: null, change_vs_year: null, accept: true },
    });
  });
});
