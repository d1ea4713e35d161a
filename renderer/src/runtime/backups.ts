import { describeIdentity } from '../../../shared/identity/identity';
import { proveSnapshot, replaceLogWithSnapshot } from '../../../shared/backups/restore-log';
import { DAY_MS, nextDailyAt } from '../../../shared/backups/retention';
import type { Identity } from '../../../shared/identity/identity';
import type { UpdateStore } from '../../../shared/persistence/update-store';
import { liveQuery } from 'dexie';
import type * as Y from 'yjs';
import type { TandemDb } from './storage/tandem-db';
import { DEFAULT_WORKSPACE_ID, type WorkspaceSession } from './workspace-session';
import { formatTakenAt } from './backup-format';
import { whileRestoring } from './restore-coordination';
import { listSnapshots, newestTakenAt, readSnapshot, takeDailySnapshotIfDue, takeSnapshot, type SnapshotInfo } from './storage/snapshot-store';

/**
 * Local backups of the open workspace: what features call, through the runtime. Snapshots need local storage;
 * in a run without it (storage failed, working in memory) there is nothing to snapshot into and
 * nothing to restore into, which each function says.
 */
export const NO_LOCAL_STORAGE = 'Backups need local storage, which is not available in this run.';
export const OBSERVER_CANNOT_RESTORE = 'Observers can see the backups but not restore them.';

/** Replaces what this laptop stores (a restore): the app closes the workspace, runs it, and reopens. */
export type ReplaceLocal = (replace: (store: UpdateStore, doc: Y.Doc) => Promise<void>) => Promise<void>;

export interface BackupsDeps {
  readonly db: TandemDb | null;
  readonly session: WorkspaceSession;
  readonly identity: Identity;
  readonly setNotice: (notice: string | null) => void;
  readonly replaceLocal: ReplaceLocal;
}

export type SnapshotList =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly snapshots: readonly SnapshotInfo[] }
  | { readonly kind: 'failed'; readonly message: string };

/** At least a minute between daily checks, so a clock that jumps around cannot make this spin. */
const MIN_WAIT_MS = 60_000;

export type Backups = ReturnType<typeof createBackups>;

export function createBackups({ db, session, identity, setNotice, replaceLocal }: BackupsDeps) {
  const takenBy = describeIdentity(identity);
  const { doc } = session;

  /**
   * For the import of a sync file: call right before merging it (session.mergeRemote), with a
   * reason such as `Before importing ${fileName}`. The snapshot holds the workspace as it is at the
   * call, so the import can be undone from Records → Backups.
   *
   * Resolves with the snapshot, or null when this run has no local storage (an in-memory session
   * has no backups to restore into). Rejects with the storage's reason (a full disk, say): the import
   * should then not go ahead, since it could not be undone.
   */
  async function snapshotBeforeImport(reason: string, now: number = Date.now()): Promise<SnapshotInfo | null> {
    if (!db) return null;
    return takeSnapshot(db, doc, { workspaceId: DEFAULT_WORKSPACE_ID, kind: 'before-import', reason, takenBy, now });
  }

  async function takeSnapshotNow(now: number = Date.now()): Promise<SnapshotInfo> {
    if (!db) throw new Error(NO_LOCAL_STORAGE);
    return takeSnapshot(db, doc, { workspaceId: DEFAULT_WORKSPACE_ID, kind: 'manual', reason: 'Taken by hand', takenBy, now });
  }

  /** The daily snapshot, when the newest is a day old or there is none; null when not due. */
  async function takeDailySnapshot(now: number = Date.now()): Promise<SnapshotInfo | null> {
    if (!db) return null;
    return takeDailySnapshotIfDue(db, doc, { workspaceId: DEFAULT_WORKSPACE_ID, reason: 'Daily backup', takenBy, now });
  }

  /**
   * The daily snapshot while the workspace is open: at once if the newest daily one is a day old
   * or more, then every 24 hours. Returns the stop, which the runtime calls on close.
   */
  function startDailySchedule(): () => void {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      if (stopped || !db) return;
      try {
        await takeDailySnapshot();
      } catch (error) {
        setNotice(`The daily backup could not be taken: ${error instanceof Error ? error.message : String(error)}`);
      }
      const newest = await newestTakenAt(db, DEFAULT_WORKSPACE_ID, 'daily').catch(() => null);
      const now = Date.now();
      const wait = Math.min(DAY_MS, Math.max(MIN_WAIT_MS, nextDailyAt(newest, now) - now));
      if (!stopped) timer = setTimeout(() => void check(), wait);
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }

  /**
   * The workspace's snapshots, newest first, kept current: Dexie's liveQuery runs the query again
   * whenever a snapshot is written or pruned, by this window or another (the daily backup, an import).
   */
  function watchSnapshots(listener: (list: SnapshotList) => void): () => void {
    if (!db) return () => {};
    const subscription = liveQuery(() => listSnapshots(db, DEFAULT_WORKSPACE_ID)).subscribe({
      next: (snapshots) => listener({ kind: 'ready', snapshots }),
      error: (error: unknown) => listener({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    });
    return () => subscription.unsubscribe();
  }

  /**
   * Restores a snapshot on this laptop: the workspace as it is now is kept first as a "before
   * restore" snapshot (so the restore can be undone), then the local update log is replaced by the
   * snapshot in one atomic step, and the workspace reopens from it (see AppRuntime.replaceLocalWorkspace).
   *
   * Throws, with nothing changed, for an observer, a snapshot that is gone or damaged, or a run
   * without local storage. Once the workspace has closed for the restore, the outcome (success or
   * failure, and that the workspace is then as it was) is told in the workspace notice, since the
   * screen that asked is gone.
   */
  async function restoreSnapshot(id: number, now: number = Date.now()): Promise<void> {
    if (identity.role === 'observer') throw new Error(OBSERVER_CANNOT_RESTORE);
    if (!db) throw new Error(NO_LOCAL_STORAGE);
    const found = await readSnapshot(db, id);
    if (!found) throw new Error('This snapshot is no longer kept on this laptop.');
    const bytes = proveSnapshot(found.bytes, found.checksum);
    const when = formatTakenAt(found.info.takenAt);
    try {
      await whileRestoring(DEFAULT_WORKSPACE_ID, () =>
        replaceLocal(async (store, current) => {
          await takeSnapshot(db, current, {
            workspaceId: DEFAULT_WORKSPACE_ID, kind: 'before-restore', reason: `Before restoring the snapshot of ${when}`, takenBy, now,
          });
          await replaceLogWithSnapshot(store, bytes, found.checksum);
        }),
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setNotice(`The snapshot of ${when} was not restored; the workspace is as it was. ${reason}`);
      throw error;
    }
    setNotice(
      `Restored the snapshot of ${when} on this laptop. The workspace as it was just before is kept as a ` +
        '“Before restore” snapshot (Records → Backups), so the restore can be undone. Changes that peers ' +
        'already have will come back at the next sync.',
    );
  }

  return { available: db !== null, snapshotBeforeImport, takeSnapshotNow, takeDailySnapshot, startDailySchedule, watchSnapshots, restoreSnapshot };
}
