import { describeIdentity } from '../../../shared/identity/identity';
import { proveSnapshot, replaceLogWithSnapshot } from '../../../shared/backups/restore-log';
import { currentSession, currentDb, replaceLocalWorkspace } from '../shell/boot';
import { useTandemStore } from '../state/store';
import type { TandemDb } from './storage/tandem-db';
import { DEFAULT_WORKSPACE_ID, type WorkspaceSession } from './workspace-session';
import { formatTakenAt } from './backup-format';
import { whileRestoring } from './restore-coordination';
import { readSnapshot, takeDailySnapshotIfDue, takeSnapshot, type SnapshotInfo } from './storage/snapshot-store';

/**
 * Local backups of the open workspace: what other features call. Snapshots need local storage;
 * in a run without it (storage failed, working in memory) there is nothing to snapshot into and
 * nothing to restore into, which each function says.
 */
export const NO_LOCAL_STORAGE = 'Backups need local storage, which is not available in this run.';
export const OBSERVER_CANNOT_RESTORE = 'Observers can see the backups but not restore them.';

function open(): { db: TandemDb; session: WorkspaceSession } | null {
  const db = currentDb();
  const session = currentSession();
  return db && session ? { db, session } : null;
}

function takenBy(): string | null {
  const identity = useTandemStore.getState().identity;
  return identity ? describeIdentity(identity) : null;
}

/**
 * For the import of a sync file: call right before merging it (session.mergeRemote), with a
 * reason such as `Before importing ${fileName}`. The snapshot holds the workspace as it is at the
 * call, so the import can be undone from Records → Backups.
 *
 * Resolves with the snapshot, or null when this run has no local storage (an in-memory session
 * has no backups to restore into). Rejects with the storage's reason (a full disk, say): the import
 * should then not go ahead, since it could not be undone.
 */
export async function snapshotBeforeImport(reason: string, now: number = Date.now()): Promise<SnapshotInfo | null> {
  const context = open();
  if (!context) return null;
  return takeSnapshot(context.db, context.session.doc, {
    workspaceId: DEFAULT_WORKSPACE_ID, kind: 'before-import', reason, takenBy: takenBy(), now,
  });
}

export async function takeSnapshotNow(now: number = Date.now()): Promise<SnapshotInfo> {
  const context = open();
  if (!context) throw new Error(NO_LOCAL_STORAGE);
  return takeSnapshot(context.db, context.session.doc, {
    workspaceId: DEFAULT_WORKSPACE_ID, kind: 'manual', reason: 'Taken by hand', takenBy: takenBy(), now,
  });
}

/** The daily snapshot, when the newest is a day old or there is none; null when not due. */
export async function takeDailySnapshot(now: number = Date.now()): Promise<SnapshotInfo | null> {
  const context = open();
  if (!context) return null;
  return takeDailySnapshotIfDue(context.db, context.session.doc, {
    workspaceId: DEFAULT_WORKSPACE_ID, reason: 'Daily backup', takenBy: takenBy(), now,
  });
}

/**
 * Restores a snapshot on this laptop: the workspace as it is now is kept first as a "before
 * restore" snapshot (so the restore can be undone), then the local update log is replaced by the
 * snapshot in one atomic step, and the workspace reopens from it (see replaceLocalWorkspace).
 *
 * Throws, with nothing changed, for an observer, a snapshot that is gone or damaged, or a run
 * without local storage. Once the workspace has closed for the restore, the outcome (success or
 * failure, and that the workspace is then as it was) is told in the workspace notice, since the
 * screen that asked is gone.
 */
export async function restoreSnapshot(id: number, now: number = Date.now()): Promise<void> {
  if (useTandemStore.getState().identity?.role === 'observer') throw new Error(OBSERVER_CANNOT_RESTORE);
  const context = open();
  if (!context) throw new Error(NO_LOCAL_STORAGE);
  const { db } = context;
  const found = await readSnapshot(db, id);
  if (!found) throw new Error('This snapshot is no longer kept on this laptop.');
  const bytes = proveSnapshot(found.bytes, found.checksum);
  const when = formatTakenAt(found.info.takenAt);
  const notice = useTandemStore.getState().setNotice;
  try {
    await whileRestoring(DEFAULT_WORKSPACE_ID, () =>
      replaceLocalWorkspace(async (store, doc) => {
        await takeSnapshot(db, doc, {
          workspaceId: DEFAULT_WORKSPACE_ID, kind: 'before-restore', reason: `Before restoring the snapshot of ${when}`, takenBy: takenBy(), now,
        });
        await replaceLogWithSnapshot(store, bytes, found.checksum);
      }),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    notice(`The snapshot of ${when} was not restored; the workspace is as it was. ${reason}`);
    throw error;
  }
  notice(
    `Restored the snapshot of ${when} on this laptop. The workspace as it was just before is kept as a ` +
      '“Before restore” snapshot (Records → Backups), so the restore can be undone. Changes that peers ' +
      'already have will come back at the next sync.',
  );
}
