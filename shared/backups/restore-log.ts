/**
 * Proving a snapshot before it is restored: its checksum, a full V1 decode, then applied to a
 * scratch document, so a damaged snapshot is refused before anything changes. The restore itself
 * (the log replaced by the snapshot in one storage transaction, with the state before kept) is
 * LocalStore's SnapshotStore.restore (shared/local-store/local-store.ts).
 *
 * What this does not do: a CRDT cannot forget. Changes that peers already have come back at the
 * next sync (or the next file import); a restore rewinds this laptop only.
 */
import * as Y from 'yjs';
import { checkRecord } from '../persistence/record-check';

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
