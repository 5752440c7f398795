/**
 * Headers of what other sites may frame or load: embed pages, embed.js and chart images. The CSP names
 * `frame-ancestors *`, which tells `securityHeaders` to leave out X-Frame-Options. Nothing here sets cookies.
 */
export const frameableCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

const crossOrigin = {
  'Content-Security-Policy': frameableCsp,
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

export const embedPageHeaders: Record<string, string> = { ...crossOrigin };

export const imageHeaders: Record<string, string> = {
  ...crossOrigin,
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *",
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'public, max-age=300',
};

export const scriptHeaders: Record<string, string> = {
  ...crossOrigin,
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'public, max-age=3600',
};
