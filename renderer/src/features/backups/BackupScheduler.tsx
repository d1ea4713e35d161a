import { useEffect } from 'react';
import { DAY_MS, nextDailyAt } from '../../../../shared/backups/retention';
import { currentDb, reopenWorkspace, suspendWorkspace } from '../../shell/boot';
import { useTandemStore } from '../../state/store';
import { DEFAULT_WORKSPACE_ID } from '../../runtime/workspace-session';
import { takeDailySnapshot } from '../../runtime/backups';
import { listenForRestores } from '../../runtime/restore-coordination';
import { newestTakenAt } from '../../runtime/storage/snapshot-store';

/** At least a minute between checks, so a clock that jumps around cannot make this spin. */
const MIN_WAIT_MS = 60_000;

/**
 * Runs while a workspace is open, and renders nothing: the daily snapshot (when the workspace
 * opens, if the newest daily one is a day old or more, then every 24 hours while it stays open),
 * and this window's part in another window's restore (restore-coordination.ts).
 */
export function BackupScheduler() {
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const db = currentDb();
      if (stopped || !db) return;
      try {
        await takeDailySnapshot();
      } catch (error) {
        useTandemStore.getState().setNotice(`The daily backup could not be taken: ${error instanceof Error ? error.message : String(error)}`);
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
  }, []);
  useEffect(() => listenForRestores(DEFAULT_WORKSPACE_ID, suspendWorkspace, reopenWorkspace), []);
  return null;
}
