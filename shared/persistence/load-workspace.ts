import type * as Y from 'yjs';
import { checkRecord } from './record-check';
import { replayUpdates } from './replay';
import type { Quarantine, UpdateStore } from './update-store';

/** Transaction origin of updates applied from local storage; the writer never stores them again. */
export const LOAD_ORIGIN = Symbol('tandem:load');

export interface LoadReport {
  readonly loadedRecords: number;
  /** Records set aside in this load, with why; earlier quarantines are in the store's quarantine. */
  readonly quarantined: readonly { readonly id: number; readonly reason: string }[];
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
 * is checked, the bad ones are moved to quarantine and reported, and the good ones are applied in
 * one transaction.
 */
export async function loadWorkspace(store: UpdateStore, doc: Y.Doc, now: Date = new Date()): Promise<LoadReport> {
  const records = await store.readAll();
  const good: Uint8Array[] = [];
  const bad: Quarantine[] = [];
  for (const record of records) {
    const check = checkRecord(record);
    if (check.ok) good.push(check.bytes);
    else bad.push({ record, reason: check.reason });
  }
  if (bad.length > 0) await store.quarantine(bad, now);
  replayUpdates(doc, good, LOAD_ORIGIN);
  return {
    loadedRecords: good.length,
    quarantined: bad.map(({ record, reason }) => ({ id: record.id, reason })),
    waitingForMissing: doc.store.pendingStructs !== null || doc.store.pendingDs !== null,
  };
}
