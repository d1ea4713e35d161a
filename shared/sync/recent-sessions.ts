import { formatJoinCode, parseJoinCode, type JoinCode } from './join-code';
import { parseSignalingAddress } from './signaling-address';
import type { SessionSettings } from './session-settings';

/**
 * The LAN sessions this laptop was in, per workspace, newest first: so a room that meets again
 * rejoins in one click, and a host can keep the code the room has already read out. Kept in local
 * settings (never synced), with the passphrase: the same trust as the session settings beside it.
 *
 * Stored as [{ url, code (formatted), hosting, at }] under `recentSessionsKey(workspace)`; read
 * back through parseRecentSessions, which keeps only valid entries, one per address and room (the
 * newest), at most MAX_RECENT_SESSIONS, newest first, whatever the stored value holds.
 */
export const MAX_RECENT_SESSIONS = 8;

export interface RecentSession extends SessionSettings {
  /** When this laptop last started it (ISO). */
  readonly at: string;
}

export interface StoredRecentSession {
  readonly url: string;
  readonly code: string;
  readonly hosting: { readonly address: string; readonly port: number } | null;
  readonly at: string;
}

export function recentSessionsKey(workspaceId: string): string {
  return `recentSessions:${workspaceId}`;
}

/** Whether two entries are the same session: one address, one room (the passphrase follows the room). */
export function sameSession(a: SessionSettings, b: SessionSettings): boolean {
  return a.url === b.url && a.code.room === b.code.room;
}

/** `started` first, any older entry for the same session dropped, bounded. */
export function rememberSession(list: readonly RecentSession[], started: SessionSettings, at: Date): RecentSession[] {
  const entry: RecentSession = { url: started.url, code: started.code, hosting: started.hosting, at: at.toISOString() };
  return [entry, ...list.filter((old) => !sameSession(old, entry))].slice(0, MAX_RECENT_SESSIONS);
}

export function encodeRecentSessions(list: readonly RecentSession[]): StoredRecentSession[] {
  return list.slice(0, MAX_RECENT_SESSIONS).map((entry) => ({
    url: entry.url,
    code: formatJoinCode(entry.code),
    hosting: entry.hosting ? { address: entry.hosting.address, port: entry.hosting.port } : null,
    at: entry.at,
  }));
}

export function parseRecentSessions(stored: unknown): RecentSession[] {
  if (!Array.isArray(stored)) return [];
  const valid = stored.map(parseEntry).filter((entry): entry is RecentSession => entry !== null);
  valid.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const kept: RecentSession[] = [];
  for (const entry of valid) {
    if (kept.length === MAX_RECENT_SESSIONS) break;
    if (!kept.some((other) => sameSession(other, entry))) kept.push(entry);
  }
  return kept;
}

function parseEntry(stored: unknown): RecentSession | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const value = stored as { url?: unknown; code?: unknown; hosting?: unknown; at?: unknown };
  if (typeof value.url !== 'string' || typeof value.code !== 'string' || typeof value.at !== 'string') return null;
  const url = parseSignalingAddress(value.url);
  const code = parseJoinCode(value.code);
  const at = Date.parse(value.at);
  if (!url.ok || !code.ok || !Number.isFinite(at)) return null;
  let hosting: RecentSession['hosting'] = null;
  if (value.hosting !== null && value.hosting !== undefined) {
    const h = value.hosting as { address?: unknown; port?: unknown };
    if (typeof h !== 'object' || typeof h.address !== 'string' || !Number.isInteger(h.port) || (h.port as number) < 1 || (h.port as number) > 65535) return null;
    hosting = { address: h.address, port: h.port as number };
  }
  return { url: url.url, code: code.code, hosting, at: new Date(at).toISOString() };
}

/** The code as a list shows it: the room, the passphrase hidden (Rejoin uses the whole code). */
export function maskJoinCode(code: JoinCode): string {
  return `${code.room}-${code.passphrase.replace(/[^-]/g, '•')}`;
}
