import { parseJoinCode, formatJoinCode, type JoinCode } from '../../../../shared/sync/join-code';
import { parseSignalingAddress } from '../../../../shared/sync/signaling-address';
import type { TandemDb } from './tandem-db';

/**
 * The LAN session this laptop is in, kept in local settings (never synced) so that a reload (to
 * take a new address into the page's security policy) or a restart rejoins it by itself. It
 * holds the passphrase: the same trust as the workspace data beside it on this disk.
 */
const KEY = 'lanSession';

export interface SessionSettings {
  readonly url: string;
  readonly code: JoinCode;
  /** Set when this laptop hosts the session server. */
  readonly hosting: { readonly address: string; readonly port: number } | null;
}

export async function loadSessionSettings(db: TandemDb): Promise<SessionSettings | null> {
  const value = (await db.settings.get(KEY))?.value as { url?: unknown; code?: unknown; hosting?: unknown } | undefined;
  if (!value || typeof value.url !== 'string' || typeof value.code !== 'string') return null;
  const url = parseSignalingAddress(value.url);
  const code = parseJoinCode(value.code);
  if (!url.ok || !code.ok) return null;
  const hosting = value.hosting as { address?: unknown; port?: unknown } | null;
  const validHosting = hosting && typeof hosting.address === 'string' && typeof hosting.port === 'number' ? { address: hosting.address, port: hosting.port } : null;
  return { url: url.url, code: code.code, hosting: validHosting };
}

export async function saveSessionSettings(db: TandemDb, settings: SessionSettings): Promise<void> {
  await db.settings.put({ key: KEY, value: { url: settings.url, code: formatJoinCode(settings.code), hosting: settings.hosting } });
}

export async function clearSessionSettings(db: TandemDb): Promise<void> {
  await db.settings.delete(KEY);
}
