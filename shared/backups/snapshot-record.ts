import { crc32 } from '../persistence/crc32';
import { sealUpdate } from '../persistence/record-check';
import { proveSnapshot, SnapshotError } from './restore-log';
import { newestFirst, nextDailyAt, snapshotsToPrune, type SnapshotKind } from './retention';

/**
 * What a stored snapshot is, independent of where it is stored, and the rules every snapshot
 * store applies inside its one transaction: the row written for a new snapshot, which rows the
 * retention policy then prunes, whether a daily one is due, and what a restore writes into the
 * update log. Memory and Dexie both call these, so the policy cannot differ between them.
 */
export interface SnapshotInfo {
  readonly id: number;
  readonly kind: SnapshotKind;
  /** Why it was taken, in words ("Before importing bundle.tandem"). */
  readonly reason: string;
  /** Milliseconds since the epoch. */
  readonly takenAt: number;
  /** Who was working on this laptop when it was taken, e.g. "Dana Levi (Israel, note-taker)". */
  readonly takenBy: string | null;
  readonly size: number;
}

/** The row kept for a snapshot: its info and the CRC-32 of its state, checked before a restore. */
export interface SnapshotMetaRow extends Omit<SnapshotInfo, 'id'> {
  readonly checksum: number;
}

export interface SnapshotDraft {
  readonly kind: SnapshotKind;
  readonly reason: string;
  readonly takenBy: string | null;
  readonly now: number;
  /**
   * The workspace's full state (Y.encodeStateAsUpdate of the document), asked for inside the
   * store's transaction, so the snapshot is the document as it is at that moment.
   */
  readonly state: () => Uint8Array;
}

/** A snapshot as read back: `bytes` and `checksum` as found on disk, proven only by a restore. */
export interface StoredSnapshot {
  readonly info: SnapshotInfo;
  readonly bytes: unknown;
  readonly checksum: unknown;
}

export interface RestoreResult {
  /** The snapshot the update log now holds. */
  readonly restored: SnapshotInfo;
  /** The workspace as it was just before, kept as a "before restore" snapshot. */
  readonly kept: SnapshotInfo;
}

export const SNAPSHOT_GONE = 'This snapshot is no longer kept on this laptop.';

export function snapshotRow(draft: Omit<SnapshotDraft, 'state'>, bytes: Uint8Array): SnapshotMetaRow {
  return {
    kind: draft.kind,
    reason: draft.reason,
    takenAt: draft.now,
    takenBy: draft.takenBy,
    size: bytes.byteLength,
    checksum: crc32(bytes),
  };
}

export function snapshotInfo(id: number, row: SnapshotMetaRow): SnapshotInfo {
  return { id, kind: row.kind, reason: row.reason, takenAt: row.takenAt, takenBy: row.takenBy, size: row.size };
}

/** The ids to delete after a snapshot was added, so each kind keeps its newest (retention.ts). */
export function prunedAfterWrite(rows: readonly { readonly id: number; readonly kind: SnapshotKind; readonly takenAt: number }[]): number[] {
  return snapshotsToPrune(rows.map(({ id, kind, takenAt }) => ({ id, kind, takenAt })));
}

export function dailyIsDue(takenAtOfDailies: readonly number[], now: number): boolean {
  const newest = takenAtOfDailies.length === 0 ? null : Math.max(...takenAtOfDailies);
  return nextDailyAt(newest, now) <= now;
}

export function listedNewestFirst(infos: readonly SnapshotInfo[]): SnapshotInfo[] {
  return infos.slice().sort(newestFirst);
}

/**
 * The log record a restore writes: the snapshot proven (checksum, full V1 decode, applied to a
 * scratch document) and sealed. Throws SnapshotError, before anything is written, when the
 * snapshot is gone or may not replace the log.
 */
export function restoredLogRecord(found: { bytes: unknown; checksum: unknown } | null): { bytes: Uint8Array; checksum: number } {
  if (!found) throw new SnapshotError(SNAPSHOT_GONE);
  return sealUpdate(proveSnapshot(found.bytes, found.checksum));
}
