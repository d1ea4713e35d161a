/**
 * The renderer's Content Security Policy, the same in Electron (meta tag and response header) and
 * in browser mode (response header from the Node host).
 *
 * - `script-src 'self'`: no inline script, no eval, nothing from elsewhere.
 * - `connect-src 'self'`: the renderer talks only to its own host; LAN signaling (ws://) is added
 *   by the sync feature for the address the user chooses, never a public server.
 * - `object-src 'none'`, `base-uri 'none'`, `form-action 'none'`, `frame-ancestors 'none'`.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#7-define-a-content-security-policy
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers every renderer response carries, from Electron's app:// protocol and from the
 * browser-mode host alike, so the two modes are hardened the same way.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
