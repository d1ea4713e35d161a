import { checkReportedState, knownPeersInOrder, nextKnownPeer, peerKey, type KnownPeer, type PeerReport, type PeerVia } from '../bundle/known-peers';
import { NO_PROBE, type AccessKind, type AccessProbe, type LocalTable } from '../persistence/access-probe';
import { MemoryUpdateStore } from '../persistence/memory-update-store';
import { guard } from '../persistence/storage-guard';
import type { AuditStore } from '../review/audit-recorder';
import { checkReviewMark, readReviewMark, type ReviewMark, type StoredReviewMark } from '../review/review-marks';
import { cloneStored } from './clone-stored';
import type { IdentityStore, LocalStore, PeerStore, ReviewMarkStore, SettingsStore, SnapshotStore } from './local-store';
import { ProbedAuditStore } from './memory-audit';
import { MemorySnapshotStore, MemorySnapshotTables } from './memory-snapshots';
import { identityStoreOver, settingsStoreOver, type KeyValueTable } from './typed-settings';

/**
 * The LocalStore in memory: for unit tests, and for a run whose local storage failed (then it
 * lives as long as the run, and the app says so). Per workspace, the same store object is
 * returned every time, so what one part of the app writes another reads.
 *
 * `probe` (tests) sees every access before it is made and may fail it; after close() every
 * access fails, as a closed database does.
 */
export class MemoryLocalStore implements LocalStore {
  readonly peers: PeerStore;
  readonly identity: IdentityStore;
  readonly settings: SettingsStore;
  private readonly logs = new Map<string, MemoryUpdateStore>();
  private readonly audits = new Map<string, ProbedAuditStore>();
  private readonly marks = new Map<string, MemoryReviewMarks>();
  private readonly snapshotTables = new MemorySnapshotTables();
  private readonly keyValues: KeyValueTable;
  private closed = false;
  private readonly probe: AccessProbe;

  constructor(probe: AccessProbe = NO_PROBE) {
    this.probe = (table: LocalTable, kind: AccessKind) => {
      if (this.closed) throw new Error('The local store is closed.');
      probe(table, kind);
    };
    this.keyValues = new MemoryKeyValues(this.probe);
    this.peers = new MemoryPeers(this.probe);
    this.identity = identityStoreOver(this.keyValues);
    this.settings = settingsStoreOver(this.keyValues);
  }

  /** For tests: the tables underneath, written as given (a damaged disk, another version). */
  get raw(): { readonly settings: KeyValueTable; readonly snapshots: MemorySnapshotTables } {
    return { settings: this.keyValues, snapshots: this.snapshotTables };
  }

  updates(workspaceId: string): MemoryUpdateStore {
    return once(this.logs, workspaceId, () => new MemoryUpdateStore(this.probe));
  }

  snapshots(workspaceId: string): SnapshotStore {
    return new MemorySnapshotStore(this.snapshotTables, workspaceId, this.updates(workspaceId), this.probe);
  }

  reviewMarks(workspaceId: string): ReviewMarkStore {
    return once(this.marks, workspaceId, () => new MemoryReviewMarks(this.probe));
  }

  audit(workspaceId: string): AuditStore {
    return once(this.audits, workspaceId, () => new ProbedAuditStore(this.probe));
  }

  close(): void {
    this.closed = true;
    this.snapshotTables.listeners.clear();
  }
}

function once<T>(map: Map<string, T>, key: string, make: () => T): T {
  const found = map.get(key);
  if (found) return found;
  const made = make();
  map.set(key, made);
  return made;
}

class MemoryKeyValues implements KeyValueTable {
  private readonly values = new Map<string, unknown>();
  constructor(private readonly probe: AccessProbe) {}
  get(key: string): Promise<unknown> {
    return guard(`read the setting "${key}"`, async () => {
      this.probe('settings', 'read');
      return cloneStored(this.values.get(key));
    });
  }
  put(key: string, value: unknown): Promise<void> {
    return guard(`save the setting "${key}"`, async () => {
      this.probe('settings', 'put');
      this.values.set(key, cloneStored(value));
    });
  }
  delete(key: string): Promise<void> {
    return guard(`clear the setting "${key}"`, async () => {
      this.probe('settings', 'delete');
      this.values.delete(key);
    });
  }
}

class MemoryPeers implements PeerStore {
  private readonly rows = new Map<string, KnownPeer>();
  constructor(private readonly probe: AccessProbe) {}
  async record(peer: PeerReport, stateVector: Uint8Array, via: PeerVia = 'peer', now: Date = new Date()): Promise<void> {
    const reported = checkReportedState(peer, stateVector);
    return guard(`remember what ${peer.name} holds`, async () => {
      this.probe('peers', 'read');
      const next = nextKnownPeer(this.rows.get(peerKey(peer)), peer, reported, via, now);
      this.probe('peers', 'put');
      this.rows.set(next.key, cloneStored(next));
    });
  }
  list(): Promise<KnownPeer[]> {
    return guard('read the known peers', async () => {
      this.probe('peers', 'read');
      return knownPeersInOrder([...this.rows.values()].map(cloneStored));
    });
  }
}

class MemoryReviewMarks implements ReviewMarkStore {
  /** In the order saved; the latest is the one with the greatest time, of equal times the last saved. */
  private readonly rows: StoredReviewMark[] = [];
  constructor(private readonly probe: AccessProbe) {}
  latest(): Promise<ReviewMark | null> {
    return guard('read the last review mark', async () => {
      this.probe('reviewMarks', 'read');
      let latest: StoredReviewMark | undefined;
      for (const row of this.rows) if (!latest || (row.at as number) >= (latest.at as number)) latest = row;
      return readReviewMark(cloneStored(latest));
    });
  }
  async save(mark: ReviewMark): Promise<void> {
    checkReviewMark(mark);
    return guard('save the review mark', async () => {
      this.probe('reviewMarks', 'add');
      this.rows.push(cloneStored({ at: mark.at, reviewer: mark.reviewer, snapshot: mark.snapshot }));
    });
  }
}
