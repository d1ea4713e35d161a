import type * as Y from 'yjs';
import { isWaitingForMissing } from '../yjs/internals';
import { checkRecord } from './record-check';
import { replayUpdates } from './replay';
import type { Quarantine, StoredRecord, UpdateStore } from './update-store';

/** Transaction origin of updates applied from local storage; the writer never stores them again. */
import { LOAD_ORIGIN } from '../workspace/origins';

export { LOAD_ORIGIN };

export interface LoadReport {
  readonly loadedRecords: number;
  /** Records set aside in this load, with why; earlier quarantines are in the store's quarantine. */
  readonly quarantined: readonly { readonly id: number; readonly reason: string }[];
  /**
   * Why the damaged records could not be moved to the quarantine (a full disk, say), or null.
   * They then stay in the log, are skipped again on the next load, and nothing is lost.
   */
  readonly quarantineError: string | null;
  /**
   * True when some loaded changes build on content that is missing (typically a quarantined
   * record written earlier in the same session: Yjs integrates a client's changes only in clock
   * order). Yjs holds them pending, and they stay in the log, so they appear as soon as the
   * missing content arrives from a peer or a file; nothing is deleted.
   */
  readonly waitingForMissing: boolean;
}

/**
 * Loads a workspace from the store into `doc`. Loading never stops at one bad record: each record
 * is checked, the good ones are applied in one transaction, and the bad ones (failing the check,
 * or failing to apply) are moved to quarantine and reported.
 */
export async function loadWorkspace(store: UpdateStore, doc: Y.Doc, now: Date = new Date()): Promise<LoadReport> {
  const records = await store.readAll();
  const good: { record: StoredRecord; bytes: Uint8Array }[] = [];
  const bad: Quarantine[] = [];
  for (const record of records) {
    const check = checkRecord(record);
    if (check.ok) good.push({ record, bytes: check.bytes });
    else bad.push({ record, reason: check.reason });
  }
  const failures = replayUpdates(doc, good.map((entry) => entry.bytes), LOAD_ORIGIN);
  for (const { index, reason } of failures) bad.push({ record: (good[index] as { record: StoredRecord }).record, reason });
  let quarantineError: string | null = null;
  if (bad.length > 0) {
    try {
      await store.quarantine(bad, now);
    } catch (error) {
      quarantineError = error instanceof Error ? error.message : String(error);
    }
  }
  return {
    loadedRecords: good.length - failures.length,
    quarantined: bad.map(({ record, reason }) => ({ id: record.id, reason })),
    quarantineError,
    waitingForMissing: isWaitingForMissing(doc),
  };
}
