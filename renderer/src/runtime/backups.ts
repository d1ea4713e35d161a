import * as Y from 'yjs';
import { describeIdentity, type Identity } from '../../../shared/identity/identity';
import { proveSnapshot } from '../../../shared/backups/restore-log';
import { DAY_MS, nextDailyAt } from '../../../shared/backups/retention';
import { SNAPSHOT_GONE, type SnapshotInfo } from '../../../shared/backups/snapshot-record';
import type { SnapshotStore } from '../../../shared/local-store/local-store';
import { DEFAULT_WORKSPACE_ID, type WorkspaceSession } from './workspace-session';
import { formatTakenAt } from './backup-format';
import { whileRestoring } from './restore-coordination';

/**
 * Local backups of the open workspace: what features call, through the runtime. Snapshots need local storage;
 * in a run without it (storage failed, working in memory) there is nothing to snapshot into and
 * nothing to restore into, which each function says.
 */
export const NO_LOCAL_STORAGE = 'Backups need local storage, which is not available in this run.';
export const OBSERVER_CANNOT_RESTORE = 'Observers can see the backups but not restore them.';

/** Replaces what this laptop stores (a restore): the app closes the workspace, runs `replace` with its document, and reopens. */
export type ReplaceLocal = (replace: (doc: Y.Doc) => Promise<void>) => Promise<void>;

export interface BackupsDeps {
  /** The workspace's snapshots; null in a run without local storage. */
  readonly snapshots: SnapshotStore | null;
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

export function createBackups({ snapshots, session, identity, setNotice, replaceLocal }: BackupsDeps) {
  const takenBy = describeIdentity(identity);
  const stateOf = (doc: Y.Doc) => () => Y.encodeStateAsUpdate(doc);
  const state = stateOf(session.doc);

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
    if (!snapshots) return null;
    return snapshots.take({ kind: 'before-import', reason, takenBy, now, state });
  }

  async function takeSnapshotNow(now: number = Date.now()): Promise<SnapshotInfo> {
    if (!snapshots) throw new Error(NO_LOCAL_STORAGE);
    return snapshots.take({ kind: 'manual', reason: 'Taken by hand', takenBy, now, state });
  }

  /** The daily snapshot, when the newest is a day old or there is none; null when not due. */
  async function takeDailySnapshot(now: number = Date.now()): Promise<SnapshotInfo | null> {
    if (!snapshots) return null;
    return snapshots.takeDailyIfDue({ reason: 'Daily backup', takenBy, now, state });
  }

  /**
   * The daily snapshot while the workspace is open: at once if the newest daily one is a day old
   * or more, then every 24 hours. Returns the stop, which the runtime calls on close.
   */
  function startDailySchedule(): () => void {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      if (stopped || !snapshots) return;
      try {
        await takeDailySnapshot();
      } catch (error) {
        setNotice(`The daily backup could not be taken: ${error instanceof Error ? error.message : String(error)}`);
      }
      const newest = await snapshots.newestTakenAt('daily').catch(() => null);
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

  /** The workspace's snapshots, newest first, kept current (a write or prune by this window or another). */
  function watchSnapshots(listener: (list: SnapshotList) => void): () => void {
    if (!snapshots) return () => {};
    return snapshots.watch(
      (list) => listener({ kind: 'ready', snapshots: list }),
      (error: unknown) => listener({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }

  /**
   * Restores a snapshot on this laptop. The workspace closes (AppRuntime.replaceLocalWorkspace), and
   * in one storage transaction the snapshot is proven, the workspace as it was is kept as a "before
   * restore" snapshot (so the restore can be undone) and the update log is replaced by the
   * snapshot; then the workspace reopens from it.
   *
   * Throws, with nothing changed, for an observer, a snapshot that is gone or damaged, or a run
   * without local storage. Once the workspace has closed for the restore, the outcome (success or
   * failure, and that the workspace is then as it was) is told in the workspace notice, since the
   * screen that asked is gone.
   */
  async function restoreSnapshot(id: number, now: number = Date.now()): Promise<void> {
    if (identity.role === 'observer') throw new Error(OBSERVER_CANNOT_RESTORE);
    if (!snapshots) throw new Error(NO_LOCAL_STORAGE);
    // Proven before anything closes; the store proves it again inside its transaction.
    const found = await snapshots.read(id);
    if (!found) throw new Error(SNAPSHOT_GONE);
    proveSnapshot(found.bytes, found.checksum);
    const when = formatTakenAt(found.info.takenAt);
    try {
      await whileRestoring(DEFAULT_WORKSPACE_ID, () =>
        replaceLocal(async (current) => {
          await snapshots.restore(id, { reason: `Before restoring the snapshot of ${when}`, takenBy, now, state: stateOf(current) });
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

  return { available: snapshots !== null, snapshotBeforeImport, takeSnapshotNow, takeDailySnapshot, startDailySchedule, watchSnapshots, restoreSnapshot };
}
