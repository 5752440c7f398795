import { Me } from '@chiso/shared';
import { useSyncExternalStore } from 'react';

/** A signed-in editor: the bearer token and who the API says it belongs to. */
export interface Session {
  token: string;
  me: Me;
}

/** Why the editor was sent back to the sign-in screen, shown there once. */
export type SignOutReason = 'expired' | 'signed-out';

const tokenKey = 'chiso.token';
const meKey = 'chiso.me';
const reasonKey = 'chiso.signout';

const listeners = new Set<() => void>();
let cached: { raw: string; session: Session | null } | null = null;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function notify(): void {
  cached = null;
  for (const l of listeners) l();
}

/**
 * The session of this tab. sessionStorage, not a cookie: the token is sent only by our own code as a header, so
 * another site cannot make the browser send it (no CSRF), and it is gone when the tab closes.
 */
export function readSession(): Session | null {
  const s = storage();
  const token = s?.getItem(tokenKey) ?? null;
  const meRaw = s?.getItem(meKey) ?? null;
  const raw = `${token}\n${meRaw}`;
  if (cached && cached.raw === raw) return cached.session;
  let session: Session | null = null;
  if (token && meRaw) {
    try {
      const me = Me.safeParse(JSON.parse(meRaw));
      if (me.success) session = { token, me: me.data };
    } catch {
      session = null;
    }
  }
  cached = { raw, session };
  return session;
}

export function saveSession(session: Session): void {
  const s = storage();
  s?.setItem(tokenKey, session.token);
  s?.setItem(meKey, JSON.stringify(session.me));
  s?.removeItem(reasonKey);
  notify();
}

export function clearSession(reason: SignOutReason): void {
  const s = storage();
  s?.removeItem(tokenKey);
  s?.removeItem(meKey);
  s?.setItem(reasonKey, reason);
  notify();
}

/** Why the tab was last signed out; forgotten at the next sign-in. */
export function signOutReason(): SignOutReason | null {
  const r = storage()?.getItem(reasonKey) ?? null;
  return r === 'expired' || r === 'signed-out' ? r : null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === tokenKey || e.key === meKey) notify();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, readSession, () => null);
}
