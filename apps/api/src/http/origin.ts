import type { Context } from 'hono';
import { HttpProblem } from './problem';

export interface OriginOptions {
  /** `PUBLIC_URL`: the site's address as the public sees it; when set, no request header is read. */
  publicUrl?: string | undefined;
  /** `TRUST_PROXY`: a reverse proxy in front sets X-Forwarded-Host and X-Forwarded-Proto. */
  trustProxy: boolean;
}

/** A host name or an IPv4 or bracketed IPv6 address, with an optional port: nothing else may become a link. */
const hostPattern = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/** The last value of a header a proxy may have appended to (the proxy's own is last). */
const lastOf = (v: string | undefined) => v?.split(',').at(-1)?.trim().toLowerCase() || undefined;

/** The origin of `PUBLIC_URL` (validated at start-up): scheme, host and port, nothing else. */
export function originOfPublicUrl(url: string): string {
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`PUBLIC_URL must be http:// or https:// (got ${u.protocol})`);
  if (u.pathname !== '/' || u.search || u.hash) throw new Error(`PUBLIC_URL is an origin only, without a path (got ${url})`);
  return u.origin;
}

/**
 * The public origin that links in a body (embed pages, preview tags, chart links, oEmbed) are written with:
 * `PUBLIC_URL` when set; otherwise the Host header, or behind a trusted proxy X-Forwarded-Host and
 * X-Forwarded-Proto, each checked to be a plain host and scheme. A body that uses it is cached per origin
 * (http/route.ts), so one client's Host never reaches another client's answer.
 */
export function publicOrigin(opts: OriginOptions): (c: Context) => string {
  if (opts.publicUrl) {
    const fixed = originOfPublicUrl(opts.publicUrl);
    return () => fixed;
  }
  return (c) => {
    // The request URL's host is the Host header (Node's adapter builds the URL from it), already parsed.
    const host = (opts.trustProxy ? lastOf(c.req.header('x-forwarded-host')) : undefined) ?? new URL(c.req.url).host;
    if (!host || !hostPattern.test(host)) {
      throw new HttpProblem(400, 'The Host header is not a host name: send the address of this site (or set PUBLIC_URL on the server).');
    }
    const forwarded = opts.trustProxy ? lastOf(c.req.header('x-forwarded-proto')) : undefined;
    if (forwarded !== undefined && forwarded !== 'http' && forwarded !== 'https') {
      throw new HttpProblem(400, 'X-Forwarded-Proto must be http or https.');
    }
    const scheme = forwarded ?? (c.req.url.startsWith('https:') ? 'https' : 'http');
    return `${scheme}://${host}`;
  };
}
