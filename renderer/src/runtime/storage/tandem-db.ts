import Dexie, { type Table } from 'dexie';
import type { Delegation, Identity, Role } from '../../../../shared/identity/identity';
import type { SnapshotKind } from '../../../../shared/backups/retention';
import type { AuditEntry } from '../../../../shared/review/audit';

/**
 * The local IndexedDB, owned by Dexie. The schema (name, versions, tables, indexes) is exactly the
 * one the app has always opened (renderer/src/storage/tandem-db.ts, which this replaces), so
 * existing laptops' data opens unchanged; a change is a new version, never an edit of an old one.
 * Every transaction asks for strict durability (the commit resolves only once the data is flushed
 * to disk), because an edit the UI shows as saved must survive the app being killed right after.
 *
 *   updates     the append log of each workspace's Yjs updates (and its compacted snapshot)
 *   quarantine  stored records that failed their check on load, kept for recovery and export
 *   settings    local-only settings, such as this laptop's identity
 *   peers       (version 2) who we have exchanged changes with and the state they last reported,
 *               for "changes for a peer" sync files (shared/bundle/known-peers.ts)
 *   snapshots   (version 4) local backups: one row per snapshot of a workspace (when, why, how big), and
 *   snapshotBytes  its full Yjs state, apart so listing the backups never reads the states
 *               (see shared/backups/snapshot-record.ts and retention.ts)
 *   reviewMarks "Mark reviewed": when, by whom, and a snapshot of the actions' fields (version 3)
 *   audit       the audit trail: one row per changed field, as this laptop received it (version 3)
 */
export const DATABASE_NAME = 'tandem';

export interface UpdateRow {
  id?: number;
  workspaceId: string;
  bytes: Uint8Array;
  checksum: number;
  writtenAt: number;
}

/** A quarantined record: the original row's values kept as found, plus why it was set aside. */
export interface QuarantineRow {
  id?: number;
  workspaceId: string;
  originalId: number;
  bytes: unknown;
  checksum: unknown;
  writtenAt: unknown;
  reason: string;
  quarantinedAt: string;
}

/** A review mark (shared/review/review-diff.ts): `snapshot` is checked with parseSnapshot on reading. */
export interface ReviewMarkRow {
  id?: number;
  workspaceId: string;
  at: number;
  reviewer: Identity;
  snapshot: unknown;
}

export interface AuditDbRow extends AuditEntry {
  id?: number;
  workspaceId: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A peer as last seen, keyed by person (delegation and name); see shared/bundle/known-peers.ts. */
export interface PeerRow {
  key: string;
  name: string;
  delegation: Delegation;
  role: Role;
  /** The Yjs client ids they were seen writing under, most recent last (bounded). */
  clientIds: number[];
  /** A Yjs V1 state vector: what they are known to hold, never more (shared/bundle/peer-state.ts). */
  stateVector: Uint8Array;
  seenAt: string;
  via: 'file' | 'peer';
}

/** One local backup of a workspace. */
export interface SnapshotRow {
  id?: number;
  workspaceId: string;
  kind: SnapshotKind;
  /** Why it was taken, in words ("Before importing bundle.tandem"). */
  reason: string;
  /** Milliseconds since the epoch. */
  takenAt: number;
  /** Who was working on this laptop when it was taken, e.g. "Dana Levi (Israel, note-taker)". */
  takenBy: string | null;
  size: number;
  /** CRC-32 of the state, checked before a restore. */
  checksum: number;
}

export interface SnapshotBytesRow {
  /** The id of its SnapshotRow. */
  id: number;
  bytes: Uint8Array;
}

export class TandemDb extends Dexie {
  updates!: Table<UpdateRow, number>;
  quarantine!: Table<QuarantineRow, number>;
  settings!: Table<SettingRow, string>;
  peers!: Table<PeerRow, string>;
  snapshots!: Table<SnapshotRow, number>;
  snapshotBytes!: Table<SnapshotBytesRow, number>;
  reviewMarks!: Table<ReviewMarkRow, number>;
  audit!: Table<AuditDbRow, number>;

  /**
   * `backend` is for Node tests (fake-indexeddb: a fresh IDBFactory per test); the app passes
   * none and Dexie uses the browser's IndexedDB.
   */
  constructor(name: string = DATABASE_NAME, backend?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    super(name, { chromeTransactionDurability: 'strict', ...backend });
    this.version(1).stores({
      updates: '++id, workspaceId',
      quarantine: '++id, workspaceId',
      settings: 'key',
    });
    // Each later version lists only the tables it adds; Dexie keeps the earlier ones.
    this.version(2).stores({ peers: 'key' });
    // Review and audit (issue 6): local to this laptop, queried by workspace and time.
    this.version(3).stores({
      reviewMarks: '++id, [workspaceId+at]',
      audit: '++id, [workspaceId+at]',
    });
    this.version(4).stores({
      snapshots: '++id, workspaceId',
      snapshotBytes: 'id',
    });
  }
}
