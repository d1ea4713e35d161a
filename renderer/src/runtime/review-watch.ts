import type { Identity } from '../../../shared/identity/identity';
import { AuditRecorder, type AuditStore } from '../../../shared/review/audit-recorder';
import { watchAudit } from '../../../shared/review/audit-watch';
import { watchMeetingAudit } from '../../../shared/review/meeting-audit';
import { watchConflicts } from '../../../shared/review/conflicts';
import { deriveInbox } from '../../../shared/review/inbox';
import { authorsMap, conflictResolutionsMap, conflictsMap } from '../../../shared/workspace/schema';
import type { ReviewMarkStore } from '../../../shared/local-store/local-store';
import type { ReviewSnapshot } from '../../../shared/review/review-diff';
import { setupBaseline } from '../../../shared/review/setup-baseline';
import type { RuntimeSink } from './runtime-sink';
import type { WorkspaceSession } from './workspace-session';

/**
 * The review features' watchers on an open session: conflict detection on every merge, the
 * audit trail on every change, and the inbox published whenever it (or who is who) changes.
 * Which transactions each one looks at is the origin table's call (workspace/origins.ts).
 *
 * Audit rows are written as the update writer writes edits: in a microtask after the change, so
 * the write is started before the page can go (a reload right after an edit keeps its row), one
 * batch per task. Typing stays one row per burst (the recorder rewrites it in place).
 */
export interface ReviewWatch {
  readonly audit: AuditStore;
  readonly marks: ReviewMarkStore;
  /** The workspace as it was set up (the seed alone): a review before any mark is measured from it. */
  baseline(): ReviewSnapshot;
  /** Stores buffered audit rows; the Audit view calls it before reading. */
  flush(): Promise<void>;
  /** Stops every watcher and stores what is buffered; before the session closes. */
  stop(): Promise<void>;
}

export function startReviewWatch(
  session: WorkspaceSession,
  stores: { readonly audit: AuditStore; readonly marks: ReviewMarkStore },
  identity: Identity,
  sink: Pick<RuntimeSink, 'setNotice' | 'setInbox'>,
  seedUpdate: Uint8Array,
): ReviewWatch {
  let baseline: ReviewSnapshot | null = null;
  const { doc } = session;
  const recorder = new AuditRecorder(stores.audit, (error) => sink.setNotice(`The audit trail could not be saved: ${describe(error)}`));
  let scheduled = false;
  const flush = () => recorder.flush();
  const stopConflicts = watchConflicts(doc, (error) => sink.setNotice(`Checking a merge for conflicts failed: ${describe(error)}`));
  const scheduledRecorder = {
    record(entries: Parameters<AuditRecorder['record']>[0]) {
      recorder.record(entries);
      if (scheduled) return;
      scheduled = true;
      void Promise.resolve().then(() => {
        scheduled = false;
        return flush();
      });
    },
  };
  const stopAudit = watchAudit(doc, scheduledRecorder, { localIdentity: () => identity, pipeline: session.actions });
  const stopMeetingAudit = watchMeetingAudit(doc, scheduledRecorder, { localIdentity: () => identity });
  const publish = () => sink.setInbox(deriveInbox(doc));
  const observed = [conflictsMap(doc), conflictResolutionsMap(doc), authorsMap(doc)];
  for (const map of observed) map.observe(publish);
  publish();
  return {
    audit: stores.audit,
    marks: stores.marks,
    baseline: () => (baseline ??= setupBaseline(seedUpdate)),
    flush,
    async stop() {
      for (const map of observed) map.unobserve(publish);
      stopAudit();
      stopMeetingAudit();
      stopConflicts();
      await flush();
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
