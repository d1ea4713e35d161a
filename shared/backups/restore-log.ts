/**
 * Restoring a snapshot: this laptop's update log is replaced by the snapshot, in one atomic step.
 *
 * The replacement is UpdateStore.compact with a merge that answers the snapshot: inside one
 * storage transaction the log's records are read, deleted and the snapshot written, so a crash or
 * a failure at any point leaves either the whole old log or the snapshot, never an empty or half
 * log. The snapshot is proven first (checksum, a full V1 decode, then applied to a scratch
 * document), so a damaged snapshot is refused with the log untouched.
 *
 * What this does not do: a CRDT cannot forget. Changes that peers already have come back at the
 * next sync (or the next file import); a restore rewinds this laptop only.
 */
import * as Y from 'yjs';
import { checkRecord, sealUpdate } from '../persistence/record-check';
import type { UpdateStore } from '../persistence/update-store';

export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

/** Throws SnapshotError with the reason when the snapshot may not replace the log. */
export function proveSnapshot(bytes: unknown, checksum: unknown): Uint8Array {
  const check = checkRecord({ id: 0, bytes, checksum });
  if (!check.ok) throw new SnapshotError(`The snapshot is damaged and was not restored: ${check.reason}`);
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, check.bytes);
  } catch (error) {
    throw new SnapshotError(`The snapshot cannot be applied and was not restored: ${error instanceof Error ? error.message : String(error)}.`);
  } finally {
    scratch.destroy();
  }
  return check.bytes;
}

/** Replaces the store's log by the (proven) snapshot; resolves once the replacement is on disk. */
export async function replaceLogWithSnapshot(store: UpdateStore, bytes: unknown, checksum: unknown): Promise<void> {
  const proven = proveSnapshot(bytes, checksum);
  const sealed = sealUpdate(proven);
  await store.compact(() => sealed);
}
