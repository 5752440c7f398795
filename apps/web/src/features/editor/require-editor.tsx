import type { ReactNode } from 'react';
import { Redirect } from 'wouter';
import { useSession, type Session } from '../../lib/session';

/** Editor pages: the signed-in session, or a trip to the sign-in screen that comes back here afterwards. */
export function RequireEditor({ children }: { children: (session: Session) => ReactNode }) {
  const session = useSession();
  if (!session) {
    const next = `${window.location.pathname}${window.location.search}`;
    return <Redirect to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children(session)}</>;
}

/** Only same-site paths: a `next` pointing elsewhere would make the sign-in screen an open redirect. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/review';
}
