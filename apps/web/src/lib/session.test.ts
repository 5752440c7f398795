import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, readSession, saveSession, signOutReason } from './session';

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

const session = { token: 'chiso_abc', me: { name: 'lan.nguyen', role: 'editor' as const } };

describe('editor session', () => {
  it('keeps the token in sessionStorage only: not localStorage, not a cookie', () => {
    saveSession(session);
    expect(readSession()).toEqual(session);
    expect(sessionStorage.getItem('chiso.token')).toBe('chiso_abc');
    expect(Object.keys(localStorage)).toEqual([]);
    expect(document.cookie).toBe('');
  });

  it('is signed out when nothing or something malformed is stored', () => {
    expect(readSession()).toBeNull();
    sessionStorage.setItem('chiso.token', 'chiso_abc');
    sessionStorage.setItem('chiso.me', '{"name":"x","role":"owner"}');
    expect(readSession()).toBeNull();
    sessionStorage.setItem('chiso.me', 'not json');
    expect(readSession()).toBeNull();
  });

  it('forgets the token on sign-out and remembers why, until the next sign-in', () => {
    saveSession(session);
    clearSession('expired');
    expect(readSession()).toBeNull();
    expect(sessionStorage.getItem('chiso.token')).toBeNull();
    expect(signOutReason()).toBe('expired');
    saveSession(session);
    expect(signOutReason()).toBeNull();
  });
});
