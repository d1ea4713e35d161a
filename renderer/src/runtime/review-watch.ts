import type { Identity } from '../../../shared/identity/identity';
import { LOAD_ORIGIN } from '../../../shared/persistence/load-workspace';
import { AuditRecorder, MemoryAuditStore, type AuditStore } from '../../../shared/review/audit-recorder';
import { watchAudit } from '../../../shared/review/audit-watch';
import { watchConflicts } from '../../../shared/review/conflicts';
import { deriveInbox } from '../../../shared/review/inbox';
import { authorsMap, conflictResolutionsMap, conflictsMap } from '../../../shared/workspace/schema';
import { SEED_ORIGIN } from '../../../shared/workspace/seed-update';
import { useTandemStore } from '../state/store';
import type { TandemDb } from './storage/tandem-db';
import { TAB_ORIGIN } from './tab-link';
import { DEFAULT_WORKSPACE_ID, type WorkspaceSession } from './workspace-session';
import { DexieAuditStore } from './storage/dexie-audit-store';
import { reviewMarksFor, type ReviewMarks } from './storage/review-marks';

/**
 * The review features' watchers on an open session: conflict detection on every merge, the
 * audit trail on every change, and the inbox published to the store whenever it (or who is who)
 * changes. One start per session, one stop before the session closes.
 *
 * Audit rows are written as the update writer writes edits: in a microtask after the change, so
 * the write is started before the page can go (a reload right after an edit keeps its row), one
 * batch per task. Typing stays one row per burst (the recorder rewrites it in place).
 */
export interface ReviewWatch {
  readonly audit: AuditStore;
  readonly marks: ReviewMarks;
  /** Stores buffered audit rows; the Audit view calls it before reading. */
  flush(): Promise<void>;
}

/** Changes that are not changes: loading the log, the seed, another window mirroring what it records itself. */
const NOT_CHANGES = new Set<unknown>([LOAD_ORIGIN, SEED_ORIGIN, TAB_ORIGIN]);

let current: (ReviewWatch & { stop(): Promise<void> }) | null = null;
let memoryAudit: MemoryAuditStore | null = null;

export function currentReviewWatch(): ReviewWatch | null {
  return current;
}

export function startReviewWatch(session: WorkspaceSession, db: TandemDb | null, identity: Identity): void {
  const { doc } = session;
  const state = () => useTandemStore.getState();
  const audit = db ? new DexieAuditStore(db, DEFAULT_WORKSPACE_ID) : (memoryAudit ??= new MemoryAuditStore());
  const recorder = new AuditRecorder(audit, (error) => state().setNotice(`The audit trail could not be saved: ${describe(error)}`));
  let scheduled = false;
  const flush = () => recorder.flush();
  const stopConflicts = watchConflicts(doc, (error) => state().setNotice(`Checking a merge for conflicts failed: ${describe(error)}`));
  const stopAudit = watchAudit(doc, {
    record(entries) {
      recorder.record(entries);
      if (scheduled) return;
      scheduled = true;
      void Promise.resolve().then(() => {
        scheduled = false;
        return flush();
      });
    },
  }, { ignore: NOT_CHANGES, localIdentity: () => identity });
  const publish = () => state().setInbox(deriveInbox(doc));
  const observed = [conflictsMap(doc), conflictResolutionsMap(doc), authorsMap(doc)];
  for (const map of observed) map.observe(publish);
  publish();
  current = {
    audit,
    marks: reviewMarksFor(db, DEFAULT_WORKSPACE_ID),
    flush,
    async stop() {
      for (const map of observed) map.unobserve(publish);
      stopAudit();
      stopConflicts();
      await flush();
    },
  };
}

/** Stops the current session's watchers (before the session closes), storing what is buffered. */
export async function stopReviewWatch(): Promise<void> {
  const watch = current;
  current = null;
  await watch?.stop();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
