import { createHash } from 'node:crypto';

/**
 * The page's only inline style, used when scripting is off: controls that need the player stay
 * hidden. The page holds the first lesson only (the others are scripts), so that lesson and the
 * notice saying so are what a visitor without scripting sees. Kept here so its hash in the policy
 * always matches what the page holds.
 */
export const noscriptCss = '.cw-needs-js{display:none!important}';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy every page carries in a `<meta>` element: a second wall behind the
 * sanitizer, so that if author text ever smuggled markup into the page, it still could not run
 * or load anything. The course data sits in `<script type="application/json">`, which browsers
 * never execute, so `script-src 'self'` (the player file only) is enough.
 *
 * - Pictures and media: the course, `data:` (the stylesheet's icons) and any `https:` site, because
 *   authors may show pictures from the web (docs/security.md explains the privacy cost).
 * - Network requests: the LMS's own site and any `https:` learning record store the xAPI or cmi5
 *   launch names at run time, plus plain http on this computer (`127.0.0.1`, `localhost`) for
 *   LRSs under test; an LRS over plain http on another machine is refused.
 * - The SCORM API is reached through `window.parent`, which a CSP does not restrict.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${sha256(noscriptCss)}`,
  "img-src 'self' data: https:",
  "media-src 'self' data: https:",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
