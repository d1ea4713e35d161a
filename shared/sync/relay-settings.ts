import { formatJoinCode, parseJoinCode, type JoinCode } from './join-code';
import { parseSignalingAddress } from './signaling-address';

/**
 * The relay a workspace syncs through, kept in local settings (never synced) under
 * `relaySettingsKey(workspace)`, so a reload (to take the relay's address into the page's security
 * policy) or a restart connects again by itself. It holds the relay's join code, the same trust as
 * the LAN session settings beside it.
 *
 * Stored as { url, code (formatted), linked }; read back through parseRelaySettings, which answers
 * null for anything that is not a complete, valid value. After a Disconnect the relay stays, not
 * linked, to fill the form again (one click to connect back, as a recent LAN session).
 */
export interface RelaySettings {
  readonly url: string;
  readonly code: JoinCode;
  /** Connected at the next start; false once disconnected. */
  readonly linked: boolean;
}

export function relaySettingsKey(workspaceId: string): string {
  return `relay:${workspaceId}`;
}

export function encodeRelaySettings(settings: RelaySettings): { readonly url: string; readonly code: string; readonly linked: boolean } {
  return { url: settings.url, code: formatJoinCode(settings.code), linked: settings.linked };
}

export function parseRelaySettings(stored: unknown): RelaySettings | null {
  const value = typeof stored === 'object' && stored !== null ? (stored as { url?: unknown; code?: unknown; linked?: unknown }) : null;
  if (!value || typeof value.url !== 'string' || typeof value.code !== 'string') return null;
  const url = parseSignalingAddress(value.url);
  const code = parseJoinCode(value.code);
  return url.ok && code.ok ? { url: url.url, code: code.code, linked: value.linked === true } : null;
}
