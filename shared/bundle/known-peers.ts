import * as Y from 'yjs';
import type { Delegation, Identity, Role } from '../identity/identity';
import { nextPeerState } from './peer-state';

/**
 * Who this laptop has exchanged changes with, and what each is known to hold: the base of
 * "changes for a peer" sync files. A peer is a person (delegation and name); their laptop reports
 * its state vector in every sync file it sends, and LAN sync reports it when peers meet. The
 * stored state never claims more than the peer holds (peer-state.ts): these rules are applied by
 * every peer store inside its read-write transaction, so two reports at once cannot lose one another.
 */
export type PeerVia = 'file' | 'peer';

export interface PeerReport extends Identity {
  /** The Yjs client id the report came from. */
  readonly clientId: number;
}

export interface KnownPeer {
  readonly key: string;
  readonly name: string;
  readonly delegation: Delegation;
  readonly role: Role;
  /** The Yjs client ids they were seen writing under, most recent last (bounded). */
  readonly clientIds: readonly number[];
  /** A Yjs V1 state vector: what they are known to hold, never more. */
  readonly stateVector: Uint8Array;
  readonly seenAt: string;
  readonly via: PeerVia;
}

export const MAX_CLIENT_IDS = 50;

export function peerKey(peer: Identity): string {
  return `${peer.delegation}:${peer.name}`;
}

/** Throws, naming the peer, when a reported state vector does not decode; nothing is stored then. */
export function checkReportedState(peer: Identity, stateVector: unknown): Uint8Array {
  const readable = readableStateVector(stateVector);
  if (!readable) throw new TypeError(`The state reported by ${peer.name} is not a readable Yjs state vector; it was not stored.`);
  return readable;
}

/**
 * The stored peer after a report. `known` is the row as found on disk (possibly damaged or from
 * another version): an unreadable state vector counts as unknown, so only the report is kept.
 */
export function nextKnownPeer(known: unknown, peer: PeerReport, stateVector: Uint8Array, via: PeerVia, now: Date): KnownPeer {
  const row = typeof known === 'object' && known !== null ? (known as { clientIds?: unknown; stateVector?: unknown }) : {};
  const earlierIds = Array.isArray(row.clientIds) ? row.clientIds.filter((id): id is number => typeof id === 'number') : [];
  const clientIds = [...earlierIds.filter((id) => id !== peer.clientId), peer.clientId].slice(-MAX_CLIENT_IDS);
  return {
    key: peerKey(peer),
    name: peer.name,
    delegation: peer.delegation,
    role: peer.role,
    clientIds,
    stateVector: nextPeerState(readableStateVector(row.stateVector), stateVector),
    seenAt: now.toISOString(),
    via,
  };
}

/** Rows as listed: those whose state vector still decodes, most recently seen first. */
export function knownPeersInOrder(rows: readonly KnownPeer[]): KnownPeer[] {
  return rows
    .filter((row) => readableStateVector(row.stateVector) !== null)
    .sort((a, b) => (a.seenAt < b.seenAt ? 1 : a.seenAt > b.seenAt ? -1 : 0));
}

/** A stored state vector that no longer decodes is treated as unknown (a whole file then goes). */
export function readableStateVector(stateVector: unknown): Uint8Array | null {
  if (!(stateVector instanceof Uint8Array)) return null;
  try {
    Y.decodeStateVector(stateVector);
    return stateVector;
  } catch {
    return null;
  }
}
