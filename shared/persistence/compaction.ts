import { checkRecord, sealUpdate } from './record-check';
import { snapshotOf } from './replay';
import type { StoredRecord } from './update-store';

/**
 * The merge a store runs inside its compaction transaction: the whole log replayed into one
 * snapshot. It declines (null) when any record is damaged: the loader quarantines that record on
 * the next start, and compaction must not silently drop it first.
 */
export function mergeValidRecords(records: readonly StoredRecord[]): { bytes: Uint8Array; checksum: number } | null {
  if (records.length < 2) return null;
  const updates: Uint8Array[] = [];
  for (const record of records) {
    const check = checkRecord(record);
    if (!check.ok) return null;
    updates.push(check.bytes);
  }
  return sealUpdate(snapshotOf(updates));
}
