import { createHash } from 'node:crypto';

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

/**
 * The one-file deck's policy (npm run export → <slug>.html). Opened from disk its origin is
 * opaque ('null'), so 'self' would allow nothing it needs: each source is named instead. Its
 * scripts are all inline, each allowed by its hash (the deck's bundle, and the speaker view's
 * script, which runs in a window that inherits this policy); styles are inline; fonts and images
 * are data: URLs. The speaker view shows the deck in two frames, loaded from the file itself:
 * hence `frame-src file:` (a frame needs a URL; nothing else may be framed when served).
 */
export function oneFileContentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    'frame-src file:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A CSP hash source for an inline script's exact text: 'sha256-…'. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}
