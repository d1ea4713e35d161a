import { liveQuery } from 'dexie';
import { SnapshotError } from '../../../../shared/backups/restore-log';
import type { SnapshotKind } from '../../../../shared/backups/retention';
import {
  dailyIsDue, listedNewestFirst, prunedAfterWrite, restoredLogRecord, snapshotInfo, snapshotRow,
  type RestoreResult, type SnapshotDraft, type SnapshotInfo, type StoredSnapshot,
} from '../../../../shared/backups/snapshot-record';
import type { SnapshotStore } from '../../../../shared/local-store/local-store';
import { guard, storageFailure } from '../../../../shared/persistence/storage-guard';
import { swapLog } from './dexie-update-log';
import type { SnapshotRow, TandemDb } from './tandem-db';

/**
 * One workspace's snapshots on IndexedDB (as features/backups/snapshot-store.ts, which this
 * replaces). Each snapshot is taken in one strict-durability transaction that writes its row and
 * its state and prunes its kind to the retention policy, so a crash never leaves a row without
 * its state, and the policy holds after every snapshot. A restore adds the update log to that
 * same transaction.
 */
export class DexieSnapshots implements SnapshotStore {
  constructor(
    private readonly db: TandemDb,
    private readonly workspaceId: string,
  ) {}

  take(draft: SnapshotDraft): Promise<SnapshotInfo> {
    return guard('take a snapshot', () => this.db.transaction('rw', this.db.snapshots, this.db.snapshotBytes, () => this.write(draft)));
  }

  takeDailyIfDue(draft: Omit<SnapshotDraft, 'kind'>): Promise<SnapshotInfo | null> {
    return guard('take the daily snapshot', () =>
      this.db.transaction('rw', this.db.snapshots, this.db.snapshotBytes, async () => {
        const dailies = (await this.rows()).filter((row) => row.kind === 'daily').map((row) => row.takenAt);
        return dailyIsDue(dailies, draft.now) ? this.write({ ...draft, kind: 'daily' }) : null;
      }),
    );
  }

  list(): Promise<SnapshotInfo[]> {
    return guard('list the snapshots', () => this.listRows());
  }

  newestTakenAt(kind: SnapshotKind): Promise<number | null> {
    return guard('read the snapshots', async () => {
      const times = (await this.rows()).filter((row) => row.kind === kind).map((row) => row.takenAt);
      return times.length === 0 ? null : Math.max(...times);
    });
  }

  read(id: number): Promise<StoredSnapshot | null> {
    return guard('read the snapshot', () => this.db.transaction('r', this.db.snapshots, this.db.snapshotBytes, () => this.find(id)));
  }

  restore(id: number, keep: Omit<SnapshotDraft, 'kind'>): Promise<RestoreResult> {
    return guard('restore the snapshot', () =>
      this.db.transaction('rw', this.db.updates, this.db.snapshots, this.db.snapshotBytes, async () => {
        const found = await this.find(id);
        // Proven before any write: a damaged snapshot aborts the transaction with nothing changed.
        const record = restoredLogRecord(found);
        const kept = await this.write({ ...keep, kind: 'before-restore' });
        await swapLog(this.db, this.workspaceId, () => record);
        return { restored: (found as StoredSnapshot).info, kept };
      }),
      [SnapshotError],
    );
  }

  /** Dexie's liveQuery runs the list again whenever a snapshot is written or pruned, by any window. */
  watch(onList: (snapshots: readonly SnapshotInfo[]) => void, onError: (error: unknown) => void): () => void {
    const subscription = liveQuery(() => this.listRows()).subscribe({
      next: onList,
      error: (error: unknown) => onError(storageFailure('list the snapshots', error)),
    });
    return () => subscription.unsubscribe();
  }

  private rows(): Promise<SnapshotRow[]> {
    return this.db.snapshots.where('workspaceId').equals(this.workspaceId).toArray();
  }

  private async listRows(): Promise<SnapshotInfo[]> {
    return listedNewestFirst((await this.rows()).map((row) => snapshotInfo(row.id as number, row)));
  }

  private async find(id: number): Promise<StoredSnapshot | null> {
    const row = await this.db.snapshots.get(id);
    if (!row || row.workspaceId !== this.workspaceId) return null;
    const stored = await this.db.snapshotBytes.get(id);
    return { info: snapshotInfo(id, row), bytes: stored?.bytes, checksum: row.checksum };
  }

  /** Inside a transaction over both snapshot tables: the state is encoded at this moment. */
  private async write(draft: SnapshotDraft): Promise<SnapshotInfo> {
    const bytes = draft.state();
    const row: SnapshotRow = { workspaceId: this.workspaceId, ...snapshotRow(draft, bytes) };
    const id = await this.db.snapshots.add(row);
    await this.db.snapshotBytes.add({ id, bytes });
    const prune = prunedAfterWrite((await this.rows()).map((snapshot) => ({ id: snapshot.id as number, kind: snapshot.kind, takenAt: snapshot.takenAt })));
    if (prune.length > 0) {
      await this.db.snapshots.bulkDelete(prune);
      await this.db.snapshotBytes.bulkDelete(prune);
    }
    return snapshotInfo(id, row);
  }
}
