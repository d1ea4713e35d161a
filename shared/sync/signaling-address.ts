/**
 * The signaling server's address as a person types it ("192.168.1.20:4444", "ws://host:4444")
 * and as the app uses it (a ws:// URL with a port). Only ws:// on an explicit host and port: the server is another laptop in the room, never a public service, and TLS has
 * no certificate to check there (the room's passphrase protects the content instead).
 */
export type AddressParse = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string };

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
/**
 * IPv6 literals are refused: the page may connect only to the addresses its Content Security
 * Policy names, and CSP's host-source grammar has no IPv6 literal (Chromium ignores
 * "ws://[::1]:4444" as an invalid source and then blocks the connection).
 */
const IPV6 = /^\[.*\]$/;
/**
 * URL parsers (WHATWG, as WebSocket uses) read a host whose last label is a number as an IPv4
 * address: "1.2.3" is 1.2.0.3, "010" is octal, "0x7f" hex, "4444" is 0.0.17.92, "laptop.1" fails.
 * Such a host is taken only as a plain dotted quad, which reads as itself, so that the page's
 * policy entry names exactly the host the connection goes to.
 */
const NUMERIC_LAST_LABEL = /(^|\.)(\d+|0x[0-9a-f]*)$/i;
/** IDNA reserves labels with "--" in the third and fourth places ("xn--…" punycode): URL parsing may refuse them. */
const RESERVED_LABEL = /(^|\.)[a-z0-9]{2}--/i;
const DOTTED_QUAD = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * Only addresses that cannot lead outside the room: private (10/8, 172.16/12, 192.168/16),
 * link-local (169.254/16) and loopback IPv4, `localhost`, and `.local` names (multicast DNS, answered
 * on the local network only). A public address or an ordinary DNS name (one typo away from a
 * server on the internet) would send the room's topic there in the clear.
 */
function inTheRoom(host: string): boolean {
  const name = host.toLowerCase();
  if (name === 'localhost' || name.endsWith('.local')) return true;
  if (!DOTTED_QUAD.test(name)) return false;
  const [a, b] = name.split('.').map(Number) as [number, number];
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

export function parseSignalingAddress(input: string): AddressParse {
  let text = input.trim();
  if (text.length === 0) return { ok: false, reason: 'Enter the address the host shows, such as 192.168.1.20:4444.' };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (scheme) {
    if (scheme[1]!.toLowerCase() !== 'ws') return { ok: false, reason: `Use a ws:// address; "${scheme[1]}://" is not one the session server speaks.` };
    text = text.slice(scheme[0].length);
  }
  if (text.endsWith('/')) text = text.slice(0, -1);
  if (/[/?#@]/.test(text)) return { ok: false, reason: 'An address is host and port only, such as 192.168.1.20:4444.' };
  const colon = text.lastIndexOf(':');
  if (text.startsWith('[')) return { ok: false, reason: 'IPv6 addresses cannot be used for a session; use the host laptop’s IPv4 address (such as 192.168.1.20:4444).' };
  if (colon < 0) return { ok: false, reason: `Add the port: ${text}:4444, for example.` };
  const host = text.slice(0, colon);
  const portText = text.slice(colon + 1);
  if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
    return { ok: false, reason: `"${portText}" is not a port (1–65535).` };
  }
  const hostOk = !IPV6.test(host) && !RESERVED_LABEL.test(host) && (HOSTNAME.test(host) && (!NUMERIC_LAST_LABEL.test(host) || DOTTED_QUAD.test(host)));
  if (!hostOk) return { ok: false, reason: `"${host}" is not a host name or IP address.` };
  if (!inTheRoom(host)) {
    return { ok: false, reason: `${host} is not an address on a local network. Use the address the host laptop shows (such as 192.168.1.20:4444): a session never reaches outside the room.` };
  }
  return { ok: true, url: `ws://${host.toLowerCase()}:${Number(portText)}` };
}
