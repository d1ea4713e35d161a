import type { CompactResult, Quarantine, QuarantinedRecord, StoredRecord, UpdateStore } from '../../../../shared/persistence/update-store';
import { guard } from '../../../../shared/persistence/storage-guard';
import type { TandemDb, UpdateRow } from './tandem-db';

const UPDATES_TABLE = 'updates';

/**
 * One workspace's update log on IndexedDB (as renderer/src/storage/dexie-update-store.ts, which
 * this replaces). Each method is one Dexie transaction (strict durability, set on the database),
 * so a crash leaves either the old state or the new one. Failures come out as StorageError with
 * the browser's reason (quota, closed database), never swallowed.
 */
export class DexieUpdateLog implements UpdateStore {
  constructor(
    private readonly db: TandemDb,
    private readonly workspaceId: string,
  ) {}

  readAll(): Promise<readonly StoredRecord[]> {
    return guard('read the workspace', () => logRows(this.db, this.workspaceId).then((rows) => rows.map(toStored)));
  }

  /**
   * The one write on the typing path goes to IndexedDB directly, request and commit() in the same
   * task. Dexie calls commit() only after the request's success event comes back, and a window
   * closing in that gap aborts the transaction (measured: the last keystrokes of a burst were
   * lost when the page closed right after them). With commit() sent along, the browser finishes
   * the transaction even if the page goes away.
   */
  append(bytes: Uint8Array, checksum: number): Promise<void> {
    return guard('save your latest edits', () => {
      const idb = this.db.backendDB();
      if (!idb || !this.db.isOpen()) throw new Error('The database is not open.');
      // A view into a larger buffer would store the whole buffer: keep exactly the update's bytes.
      const exact = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      const row: UpdateRow = { workspaceId: this.workspaceId, bytes: exact, checksum, writtenAt: Date.now() };
      return new Promise<void>((resolve, reject) => {
        const tx = idb.transaction(UPDATES_TABLE, 'readwrite', { durability: 'strict' });
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error ?? new DOMException('The write was aborted.', 'AbortError'));
        tx.objectStore(UPDATES_TABLE).add(row);
        tx.commit();
      });
    });
  }

  quarantine(items: readonly Quarantine[], at: Date): Promise<void> {
    return guard('set damaged records aside', () =>
      this.db.transaction('rw', this.db.updates, this.db.quarantine, async () => {
        // Another window may have moved some of these already: move only rows still in the log,
        // as they are on disk now.
        const rows = await this.db.updates.bulkGet(items.map(({ record }) => record.id));
        const moving = items.flatMap((item, i) => {
          const row = rows[i];
          return row && row.workspaceId === this.workspaceId ? [{ row, reason: item.reason }] : [];
        });
        if (moving.length === 0) return;
        await this.db.quarantine.bulkAdd(
          moving.map(({ row, reason }) => ({
            workspaceId: this.workspaceId,
            originalId: row.id as number,
            bytes: row.bytes,
            checksum: row.checksum,
            writtenAt: row.writtenAt,
            reason,
            quarantinedAt: at.toISOString(),
          })),
        );
        await this.db.updates.bulkDelete(moving.map(({ row }) => row.id as number));
      }),
    );
  }

  readQuarantine(): Promise<readonly QuarantinedRecord[]> {
    return guard('read the quarantine', async () => {
      const rows = await this.db.quarantine.where('workspaceId').equals(this.workspaceId).toArray();
      return rows.map((row) => ({
        id: row.id ?? 0,
        originalId: row.originalId,
        bytes: row.bytes,
        checksum: row.checksum,
        reason: row.reason,
        quarantinedAt: row.quarantinedAt,
      }));
    });
  }

  compact(merge: (records: readonly StoredRecord[]) => { bytes: Uint8Array; checksum: number } | null): Promise<CompactResult> {
    return guard('compact the workspace log', () => this.db.transaction('rw', this.db.updates, () => swapLog(this.db, this.workspaceId, merge)));
  }
}

/**
 * Replaces a workspace's log by `merge`'s record (or leaves it, for null). Must run inside a
 * read-write transaction that includes `updates` (compaction's own, or a restore's): the read,
 * the deletes and the add then commit together or not at all.
 */
export async function swapLog(
  db: TandemDb,
  workspaceId: string,
  merge: (records: readonly StoredRecord[]) => { bytes: Uint8Array; checksum: number } | null,
): Promise<CompactResult> {
  const rows = await logRows(db, workspaceId);
  const merged = merge(rows.map(toStored));
  if (!merged) return { before: rows.length, after: rows.length };
  if (rows.length > 0) await db.updates.bulkDelete(rows.map((row) => row.id as number));
  await db.updates.add({ workspaceId, bytes: merged.bytes, checksum: merged.checksum, writtenAt: Date.now() });
  return { before: rows.length, after: 1 };
}

function logRows(db: TandemDb, workspaceId: string): Promise<UpdateRow[]> {
  return db.updates.where('workspaceId').equals(workspaceId).toArray();
}

function toStored(row: { id?: number; bytes: unknown; checksum: unknown }): StoredRecord {
  return { id: row.id as number, bytes: row.bytes, checksum: row.checksum };
}
