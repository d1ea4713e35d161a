import type { Presence } from './presence';

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

export interface SyncProblem {
  readonly message: string;
  readonly at: number;
}

export type { Presence };
