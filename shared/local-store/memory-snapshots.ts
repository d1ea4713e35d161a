import {
  dailyIsDue, listedNewestFirst, prunedAfterWrite, restoredLogRecord, snapshotInfo, snapshotRow,
  type RestoreResult, type SnapshotDraft, type SnapshotInfo, type SnapshotMetaRow, type StoredSnapshot,
} from '../backups/snapshot-record';
import { SnapshotError } from '../backups/restore-log';
import type { SnapshotKind } from '../backups/retention';
import type { AccessProbe } from '../persistence/access-probe';
import type { SnapshotStore } from './local-store';
import type { MemoryUpdateStore } from '../persistence/memory-update-store';
import { guard } from '../persistence/storage-guard';

interface Row extends SnapshotMetaRow {
  readonly id: number;
  readonly workspaceId: string;
}

/** A snapshot written but not yet committed: what it adds and what its retention then prunes. */
interface Staged {
  readonly row: Row;
  readonly bytes: Uint8Array;
  readonly prune: readonly number[];
}

/** The laptop's snapshots in memory: both tables (rows and states), for every workspace. */
export class MemorySnapshotTables {
  readonly rows = new Map<number, Row>();
  readonly bytes = new Map<number, Uint8Array>();
  readonly listeners = new Map<string, Set<() => void>>();
  nextId = 1;
}

/**
 * One workspace's snapshots in memory. Every write goes through the probe in the order the Dexie
 * store makes its requests (row, state, pruned rows, pruned states; then, for a restore, the log),
 * and the tables change only after all of them passed: so a failure anywhere changes nothing.
 */
export class MemorySnapshotStore implements SnapshotStore {
  constructor(
    private readonly tables: MemorySnapshotTables,
    private readonly workspaceId: string,
    private readonly log: MemoryUpdateStore,
    private readonly probe: AccessProbe,
  ) {}

  take(draft: SnapshotDraft): Promise<SnapshotInfo> {
    return guard('take a snapshot', async () => this.commit(this.stage(draft)));
  }

  takeDailyIfDue(draft: Omit<SnapshotDraft, 'kind'>): Promise<SnapshotInfo | null> {
    return guard('take the daily snapshot', async () => {
      const dailies = this.own().filter((row) => row.kind === 'daily').map((row) => row.takenAt);
      if (!dailyIsDue(dailies, draft.now)) return null;
      return this.commit(this.stage({ ...draft, kind: 'daily' }));
    });
  }

  list(): Promise<SnapshotInfo[]> {
    return guard('list the snapshots', async () => listedNewestFirst(this.own().map((row) => snapshotInfo(row.id, row))));
  }

  newestTakenAt(kind: SnapshotKind): Promise<number | null> {
    return guard('read the snapshots', async () => {
      const times = this.own().filter((row) => row.kind === kind).map((row) => row.takenAt);
      return times.length === 0 ? null : Math.max(...times);
    });
  }

  read(id: number): Promise<StoredSnapshot | null> {
    return guard('read the snapshot', async () => this.find(id));
  }

  restore(id: number, keep: Omit<SnapshotDraft, 'kind'>): Promise<RestoreResult> {
    return guard('restore the snapshot', async () => {
      const found = this.find(id);
      const record = restoredLogRecord(found);
      const staged = this.stage({ ...keep, kind: 'before-restore' });
      // The log swap is itself atomic; the kept snapshot is committed only once it succeeded.
      await this.log.compact(() => record);
      return { restored: (found as StoredSnapshot).info, kept: this.commit(staged) };
    }, [SnapshotError]);
  }

  watch(onList: (snapshots: readonly SnapshotInfo[]) => void, onError: (error: unknown) => void): () => void {
    let live = true;
    const emit = () => void this.list().then((list) => live && onList(list), (error: unknown) => live && onError(error));
    const listeners = this.tables.listeners.get(this.workspaceId) ?? new Set();
    this.tables.listeners.set(this.workspaceId, listeners);
    listeners.add(emit);
    emit();
    return () => {
      live = false;
      listeners.delete(emit);
    };
  }

  private own(): Row[] {
    this.probe('snapshots', 'read');
    return [...this.tables.rows.values()].filter((row) => row.workspaceId === this.workspaceId);
  }

  private find(id: number): StoredSnapshot | null {
    this.probe('snapshots', 'read');
    const row = this.tables.rows.get(id);
    if (!row || row.workspaceId !== this.workspaceId) return null;
    this.probe('snapshotBytes', 'read');
    const bytes = this.tables.bytes.get(id);
    return { info: snapshotInfo(id, row), bytes: bytes?.slice(), checksum: row.checksum };
  }

  /** Reserves the id at once: a take may run while a restore awaits its log swap. */
  private stage(draft: SnapshotDraft): Staged {
    const bytes = draft.state().slice();
    const row: Row = { ...snapshotRow(draft, bytes), id: this.tables.nextId++, workspaceId: this.workspaceId };
    this.probe('snapshots', 'add');
    this.probe('snapshotBytes', 'add');
    const prune = prunedAfterWrite([...this.own(), row]);
    if (prune.length > 0) {
      this.probe('snapshots', 'delete');
      this.probe('snapshotBytes', 'delete');
    }
    return { row, bytes, prune };
  }

  private commit({ row, bytes, prune }: Staged): SnapshotInfo {
    this.tables.rows.set(row.id, row);
    this.tables.bytes.set(row.id, bytes);
    for (const id of prune) {
      this.tables.rows.delete(id);
      this.tables.bytes.delete(id);
    }
    for (const listener of this.tables.listeners.get(this.workspaceId) ?? []) listener();
    return snapshotInfo(row.id, row);
  }
}
