/**
 * Everything this laptop keeps, behind one interface (AFFiNE's DocStorage idea, widened to the
 * whole laptop): a Dexie implementation in the renderer (renderer/src/runtime/storage/), a memory
 * one for unit tests and for a run without local storage (memory-local-store.ts), and one
 * contract suite run against both (tests/unit/persistence/local-store.contract.ts).
 *
 *   per workspace   updates(id)      the Yjs update log, its compaction and quarantine
 *                   snapshots(id)    local backups, their retention, and restore
 *                   reviewMarks(id)  "Mark reviewed"
 *                   audit(id)        the audit trail
 *   per laptop      peers            who we exchanged changes with, and what they hold
 *                   identity         who works on this laptop
 *                   settings         the LAN session, and other local key/values
 *
 * Why a folder of its own, above persistence/: it gathers the concerns of backups/, review/,
 * bundle/, sync/ and identity/, while backups/ already builds on persistence/ (the record checks);
 * inside persistence/ it would close a folder-level cycle (persistence -> backups -> persistence).
 *
 * Every method is one storage transaction: it happens whole or not at all. Every failure of the
 * storage (quota, disk full, closed database, an aborted transaction) rejects with a StorageError
 * that says what could not be done; nothing is swallowed, and what was stored before is intact.
 * Bad input (an invalid identity, an unreadable state vector) is refused before anything is written.
 */
import type { SnapshotKind } from '../backups/retention';
import type { RestoreResult, SnapshotDraft, SnapshotInfo, StoredSnapshot } from '../backups/snapshot-record';
import type { KnownPeer, PeerReport, PeerVia } from '../bundle/known-peers';
import type { Identity } from '../identity/identity';
import type { AuditStore } from '../review/audit-recorder';
import type { ReviewMark } from '../review/review-marks';
import type { SessionSettings } from '../sync/session-settings';
import type { UpdateStore } from '../persistence/update-store';

export interface LocalStore {
  updates(workspaceId: string): UpdateStore;
  snapshots(workspaceId: string): SnapshotStore;
  reviewMarks(workspaceId: string): ReviewMarkStore;
  audit(workspaceId: string): AuditStore;
  readonly peers: PeerStore;
  readonly identity: IdentityStore;
  readonly settings: SettingsStore;
  /** Closes the storage; every later call rejects with a StorageError. */
  close(): void;
}

export interface SnapshotStore {
  /** Writes the snapshot and prunes its kind to the retention policy, in one transaction. */
  take(draft: SnapshotDraft): Promise<SnapshotInfo>;
  /**
   * A daily snapshot unless one was taken less than a day ago (by this window or another): the
   * check and the write are one transaction, so two windows opening together take one, not two.
   */
  takeDailyIfDue(draft: Omit<SnapshotDraft, 'kind'>): Promise<SnapshotInfo | null>;
  /** Newest first; reads the rows only, never the states. */
  list(): Promise<SnapshotInfo[]>;
  newestTakenAt(kind: SnapshotKind): Promise<number | null>;
  /** A snapshot's state and checksum as stored; null when it is gone (or of another workspace). */
  read(id: number): Promise<StoredSnapshot | null>;
  /**
   * Restores snapshot `id`, in ONE transaction over the log and the snapshots: the snapshot is
   * read and proven (shared/backups/restore-log.ts), the workspace as it is (`keep.state()`) is
   * kept as a "before restore" snapshot, and the update log is replaced by the snapshot. A
   * failure at any point leaves the old log and the old snapshots exactly as they were. Throws
   * SnapshotError (gone, damaged) or StorageError.
   */
  restore(id: number, keep: Omit<SnapshotDraft, 'kind'>): Promise<RestoreResult>;
  /**
   * Calls `onList` with the list now and after every change to it (by this window or, in Dexie,
   * another); returns the unsubscribe. Once the store is closed a watcher is told nothing more
   * (Dexie's liveQuery stays quiet on a closed database, which may open again).
   */
  watch(onList: (snapshots: readonly SnapshotInfo[]) => void, onError: (error: unknown) => void): () => void;
}

export interface PeerStore {
  /** Records that `peer` holds (at least) `stateVector`, never claiming more than it does. */
  record(peer: PeerReport, stateVector: Uint8Array, via?: PeerVia, now?: Date): Promise<void>;
  /** Known peers with a readable state, most recently seen first. */
  list(): Promise<KnownPeer[]>;
}

export interface ReviewMarkStore {
  /** The latest mark, or null (none, or the latest is not readable by this version). */
  latest(): Promise<ReviewMark | null>;
  save(mark: ReviewMark): Promise<void>;
}

export interface IdentityStore {
  /** This laptop's identity, or null when none is stored (or the stored one is not valid). */
  load(): Promise<Identity | null>;
  /** Refuses (Error naming the fields) an identity that parseIdentity does not accept. */
  save(identity: Identity): Promise<void>;
}

export interface SettingsStore {
  loadSession(): Promise<SessionSettings | null>;
  saveSession(settings: SessionSettings): Promise<void>;
  clearSession(): Promise<void>;
  /** Other local key/values; keys used by the typed accessors above (and identity) are refused. */
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}
