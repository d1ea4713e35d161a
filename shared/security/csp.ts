/**
 * The renderer's Content Security Policy, the same in Electron (meta tag and response header) and
 * in browser mode (response header from the Node host).
 *
 * - `script-src 'self'`: no inline script, no eval, nothing from elsewhere.
 * - `connect-src 'self'`: the renderer talks only to its own host. The LAN session server's
 *   address (ws://host:port) is added per address the user chose to host or join
 *   (`contentSecurityPolicy(urls)`), never a pattern and never a public server. Hosts send the
 *   policy as a header built per response; the build's <meta> copy allows `ws:` (META_CONNECT),
 *   because every policy present must allow a connection and the header is the one that narrows.
 * - `object-src 'none'`, `base-uri 'none'`, `form-action 'none'`, `frame-ancestors 'none'`.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#7-define-a-content-security-policy
 */
export function contentSecurityPolicy(signalingUrls: readonly string[] = []): string {
  for (const url of signalingUrls) {
    if (!/^ws:\/\/[a-z0-9.\-[\]:]+:\d+$/i.test(url)) throw new RangeError(`Not a session server address for the security policy: ${url}`);
  }
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...signalingUrls].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** The build's <meta> policy: as the header, but any ws: address (see above). */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' ws:");

/**
 * Headers every renderer response carries, from Electron's app:// protocol and from the
 * browser-mode host alike, so the two modes are hardened the same way.
 */
export function securityHeaders(signalingUrls: readonly string[] = []): Readonly<Record<string, string>> {
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': contentSecurityPolicy(signalingUrls) };
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
