import type { MiddlewareHandler } from 'hono';

const appCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** Adds the security headers to a response's headers (also used by the cached-read fast path, off Hono). */
export function applySecurityHeaders(h: { get(name: string): string | null; set(name: string, value: string): void }): void {
  h.set('X-Content-Type-Options', 'nosniff');
  h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  if (!h.get('Content-Security-Policy')) h.set('Content-Security-Policy', appCsp);
  if (!h.get('Content-Security-Policy')?.includes('frame-ancestors *')) h.set('X-Frame-Options', 'SAMEORIGIN');
  h.set('Cross-Origin-Opener-Policy', 'same-origin');
}

/** Security headers on every response; pages may be framed only by the app itself unless a route says otherwise. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    applySecurityHeaders(c.res.headers);
  };
}
