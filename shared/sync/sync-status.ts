import type { Presence } from './presence';
import type { RelayPhase } from './relay-status';

/**
 * What the status bar says about sync, always: offline (no session), connecting / reconnecting
 * to the session server, waiting for others, syncing (a catch-up is under way or changes are
 * still going out), synced — with how many peers, and whether this laptop hosts the server.
 */
export type SyncPhase = 'offline' | 'connecting' | 'reconnecting' | 'waiting' | 'syncing' | 'synced';

export interface SyncStatus {
  readonly phase: SyncPhase;
  readonly peers: number;
  readonly hosting: boolean;
  /** The session server's address, when in a session. */
  readonly url: string | null;
  readonly room: string | null;
}

export const OFFLINE: SyncStatus = { phase: 'offline', peers: 0, hosting: false, url: null, room: null };

export function describeStatus(status: SyncStatus): string {
  const peers = `${status.peers} ${status.peers === 1 ? 'peer' : 'peers'}`;
  const hosting = status.hosting ? 'Hosting · ' : '';
  switch (status.phase) {
    case 'offline':
      return status.hosting ? 'Hosting · not joined' : 'Offline';
    case 'connecting':
      return `${hosting}Connecting…`;
    case 'reconnecting':
      return `${hosting}Reconnecting…`;
    case 'waiting':
      return `${hosting}Waiting for others`;
    case 'syncing':
      return `${hosting}Syncing with ${peers}…`;
    case 'synced':
      return `${hosting}Synced with ${peers}`;
  }
}

/** The relay's words on their own (no LAN session) and after the LAN's. */
const RELAY_ALONE: Readonly<Record<RelayPhase, string>> = {
  connecting: 'Connecting to the relay…',
  syncing: 'Syncing with the relay…',
  synced: 'Synced with the relay',
  disconnected: 'Relay unreachable · retrying',
  refused: 'Refused by the relay',
  paused: 'Relay paused',
};
const RELAY_AFTER_LAN: Readonly<Record<RelayPhase, string>> = {
  connecting: 'relay connecting…',
  syncing: 'relay syncing…',
  synced: 'relay synced',
  disconnected: 'relay unreachable',
  refused: 'relay refused',
  paused: 'relay paused',
};

/** Whether the top bar names the LAN at all: in a session, or hosting one. */
export function lanIsLive(status: SyncStatus): boolean {
  return status.phase !== 'offline' || status.hosting;
}

/**
 * Which links are live, as the top bar says it: the LAN's words alone (describeStatus), the relay's
 * alone, or both ("Synced with 1 peer · relay synced"). The interface says the same through
 * sync.status, relay.status.only and relay.status.both.
 */
export function describeLinks(status: SyncStatus, relay: RelayPhase | 'off'): string {
  if (relay === 'off') return describeStatus(status);
  if (!lanIsLive(status)) return RELAY_ALONE[relay];
  return `${describeStatus(status)} · ${RELAY_AFTER_LAN[relay]}`;
}

export type { Presence };
