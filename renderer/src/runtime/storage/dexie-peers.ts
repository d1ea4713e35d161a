import { checkReportedState, knownPeersInOrder, nextKnownPeer, peerKey, type KnownPeer, type PeerReport, type PeerVia } from '../../../../shared/bundle/known-peers';
import type { PeerStore } from '../../../../shared/local-store/local-store';
import { guard } from '../../../../shared/persistence/storage-guard';
import type { TandemDb } from './tandem-db';

/**
 * Known peers on IndexedDB (table `peers`, keyed by person). The merge rules are
 * shared/bundle/known-peers.ts; the read and the write are one transaction, so two reports at
 * once (a file import and LAN sync) cannot lose one another.
 */
export class DexiePeers implements PeerStore {
  constructor(private readonly db: TandemDb) {}

  async record(peer: PeerReport, stateVector: Uint8Array, via: PeerVia = 'peer', now: Date = new Date()): Promise<void> {
    const reported = checkReportedState(peer, stateVector);
    return guard(`remember what ${peer.name} holds`, () =>
      this.db.transaction('rw', this.db.peers, async () => {
        const next = nextKnownPeer(await this.db.peers.get(peerKey(peer)), peer, reported, via, now);
        await this.db.peers.put({ ...next, clientIds: [...next.clientIds] });
      }),
    );
  }

  list(): Promise<KnownPeer[]> {
    return guard('read the known peers', async () => knownPeersInOrder(await this.db.peers.toArray()));
  }
}
