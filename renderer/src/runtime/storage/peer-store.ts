import * as Y from 'yjs';
import type { Identity } from '../../../../shared/identity/identity';
import { nextPeerState } from '../../../../shared/bundle/peer-state';
import type { PeerRow, TandemDb } from './tandem-db';

/**
 * Who this laptop has exchanged changes with, and what each is known to hold: the base of
 * "changes for a peer" sync files. A peer is a person (delegation and name); their laptop reports
 * its state vector in every sync file it sends, and LAN sync reports it when peers meet. The
 * stored state never claims more than the peer holds (shared/bundle/peer-state.ts).
 */
export interface PeerReport extends Identity {
  /** The Yjs client id the report came from. */
  readonly clientId: number;
}

const MAX_CLIENT_IDS = 50;

export function peerKey(peer: Identity): string {
  return `${peer.delegation}:${peer.name}`;
}

/**
 * Records that `peer` holds (at least) `stateVector`. For sync-file imports and for LAN sync alike;
 * one read-write transaction, so two reports at once cannot lose one another.
 */
export async function recordPeerState(db: TandemDb, peer: PeerReport, stateVector: Uint8Array, via: PeerRow['via'] = 'peer', now: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.peers, async () => {
    const key = peerKey(peer);
    const known = await db.peers.get(key);
    const clientIds = [...(known?.clientIds ?? []).filter((id) => id !== peer.clientId), peer.clientId].slice(-MAX_CLIENT_IDS);
    await db.peers.put({
      key,
      name: peer.name,
      delegation: peer.delegation,
      role: peer.role,
      clientIds,
      stateVector: nextPeerState(readable(known?.stateVector), stateVector),
      seenAt: now.toISOString(),
      via,
    });
  });
}

/** Known peers, most recently seen first. */
export async function listPeers(db: TandemDb): Promise<PeerRow[]> {
  const rows = await db.peers.toArray();
  return rows.filter((row) => readable(row.stateVector) !== null).sort((a, b) => (a.seenAt < b.seenAt ? 1 : a.seenAt > b.seenAt ? -1 : 0));
}

/** A stored state vector that no longer decodes is treated as unknown (a whole file then goes). */
function readable(stateVector: unknown): Uint8Array | null {
  if (!(stateVector instanceof Uint8Array)) return null;
  try {
    Y.decodeStateVector(stateVector);
    return stateVector;
  } catch {
    return null;
  }
}
