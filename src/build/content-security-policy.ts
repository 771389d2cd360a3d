/**
 * The deck's Content-Security-Policy: everything from the page's own origin, nothing remote,
 * no inline script except reveal.js's speaker view (allowed by hash), no eval.
 * Inline styles stay allowed: reveal.js and the speaker view position elements with them.
 */
export function contentSecurityPolicy(speakerViewHash: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${speakerViewHash}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
