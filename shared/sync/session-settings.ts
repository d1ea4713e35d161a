import { formatJoinCode, parseJoinCode, type JoinCode } from './join-code';
import { parseSignalingAddress } from './signaling-address';

/**
 * The LAN session this laptop is in, kept in local settings (never synced) so that a reload (to
 * take a new address into the page's security policy) or a restart rejoins it by itself. It
 * holds the passphrase: the same trust as the workspace data beside it on this disk.
 *
 * Stored as { url, code (formatted), hosting }; read back through parseSessionSettings, which
 * answers null for anything that is not a complete, valid session (a damaged or older value).
 */
export interface SessionSettings {
  readonly url: string;
  readonly code: JoinCode;
  /** Set when this laptop hosts the session server. */
  readonly hosting: { readonly address: string; readonly port: number } | null;
}

export interface StoredSessionSettings {
  readonly url: string;
  readonly code: string;
  readonly hosting: { readonly address: string; readonly port: number } | null;
}

export function encodeSessionSettings(settings: SessionSettings): StoredSessionSettings {
  const hosting = settings.hosting ? { address: settings.hosting.address, port: settings.hosting.port } : null;
  return { url: settings.url, code: formatJoinCode(settings.code), hosting };
}

export function parseSessionSettings(stored: unknown): SessionSettings | null {
  const value = typeof stored === 'object' && stored !== null ? (stored as { url?: unknown; code?: unknown; hosting?: unknown }) : null;
  if (!value || typeof value.url !== 'string' || typeof value.code !== 'string') return null;
  const url = parseSignalingAddress(value.url);
  const code = parseJoinCode(value.code);
  if (!url.ok || !code.ok) return null;
  const hosting = typeof value.hosting === 'object' && value.hosting !== null ? (value.hosting as { address?: unknown; port?: unknown }) : null;
  const validHosting = hosting && typeof hosting.address === 'string' && typeof hosting.port === 'number' ? { address: hosting.address, port: hosting.port } : null;
  return { url: url.url, code: code.code, hosting: validHosting };
}
