import * as Y from 'yjs';
import { crc32 } from '../../../../shared/persistence/crc32';
import { nextDailyAt, snapshotsToPrune, type SnapshotKind } from '../../../../shared/backups/retention';
import type { SnapshotRow, TandemDb } from './tandem-db';

/**
 * Snapshots on IndexedDB. Each is taken in one strict-durability transaction that writes its row
 * and its state and prunes its kind to the retention policy, so a crash never leaves a row
 * without its state, and the policy holds after every snapshot.
 */
export interface SnapshotInfo {
  readonly id: number;
  readonly kind: SnapshotKind;
  readonly reason: string;
  readonly takenAt: number;
  readonly takenBy: string | null;
  readonly size: number;
}

export interface SnapshotRequest {
  readonly workspaceId: string;
  readonly kind: SnapshotKind;
  readonly reason: string;
  readonly takenBy: string | null;
  readonly now: number;
}

/** The state is encoded inside the transaction: it is the document as it is at that moment. */
export function takeSnapshot(db: TandemDb, doc: Y.Doc, request: SnapshotRequest): Promise<SnapshotInfo> {
  return db.transaction('rw', db.snapshots, db.snapshotBytes, () => write(db, Y.encodeStateAsUpdate(doc), request));
}

/**
 * A daily snapshot, unless one was taken less than a day ago (by this window or another): the
 * check and the write are one transaction, so two windows opening together take one, not two.
 */
export function takeDailySnapshotIfDue(db: TandemDb, doc: Y.Doc, request: Omit<SnapshotRequest, 'kind'>): Promise<SnapshotInfo | null> {
  return db.transaction('rw', db.snapshots, db.snapshotBytes, async () => {
    if (nextDailyAt(await newestTakenAt(db, request.workspaceId, 'daily'), request.now) > request.now) return null;
    return write(db, Y.encodeStateAsUpdate(doc), { ...request, kind: 'daily' });
  });
}

async function write(db: TandemDb, bytes: Uint8Array, request: SnapshotRequest): Promise<SnapshotInfo> {
  const row: SnapshotRow = {
    workspaceId: request.workspaceId,
    kind: request.kind,
    reason: request.reason,
    takenAt: request.now,
    takenBy: request.takenBy,
    size: bytes.byteLength,
    checksum: crc32(bytes),
  };
  const id = await db.snapshots.add(row);
  await db.snapshotBytes.add({ id, bytes });
  const all = await db.snapshots.where('workspaceId').equals(request.workspaceId).toArray();
  const prune = snapshotsToPrune(all.map((snapshot) => ({ id: snapshot.id as number, kind: snapshot.kind, takenAt: snapshot.takenAt })));
  await db.snapshots.bulkDelete(prune);
  await db.snapshotBytes.bulkDelete(prune);
  return toInfo({ ...row, id });
}

export async function newestTakenAt(db: TandemDb, workspaceId: string, kind: SnapshotKind): Promise<number | null> {
  const rows = await db.snapshots.where('workspaceId').equals(workspaceId).filter((row) => row.kind === kind).toArray();
  return rows.length === 0 ? null : Math.max(...rows.map((row) => row.takenAt));
}

/** Newest first. Reads the rows only, never the states. */
export async function listSnapshots(db: TandemDb, workspaceId: string): Promise<SnapshotInfo[]> {
  const rows = await db.snapshots.where('workspaceId').equals(workspaceId).toArray();
  return rows.map(toInfo).sort((a, b) => b.takenAt - a.takenAt || b.id - a.id);
}

/** A snapshot's state and the checksum it was written with; null when it is gone. */
export async function readSnapshot(db: TandemDb, id: number): Promise<{ info: SnapshotInfo; bytes: unknown; checksum: unknown } | null> {
  return db.transaction('r', db.snapshots, db.snapshotBytes, async () => {
    const row = await db.snapshots.get(id);
    if (!row) return null;
    const stored = await db.snapshotBytes.get(id);
    return { info: toInfo(row), bytes: stored?.bytes, checksum: row.checksum };
  });
}

function toInfo(row: SnapshotRow): SnapshotInfo {
  return {
    id: row.id as number,
    kind: row.kind,
    reason: row.reason,
    takenAt: row.takenAt,
    takenBy: row.takenBy,
    size: row.size,
  };
}
