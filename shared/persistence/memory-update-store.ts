import { NO_PROBE, type AccessProbe } from './access-probe';
import { guard } from './storage-guard';
import type { CompactResult, Quarantine, QuarantinedRecord, StoredRecord, UpdateStore } from './update-store';

/**
 * The in-memory UpdateStore for unit tests and for a session opened without local storage. Same
 * contract as the Dexie store: append is all-or-nothing, quarantine and compaction are atomic.
 * Atomic by construction: every write a method makes is checked with the probe first (as
 * IndexedDB would make each request), and the new state is assigned only once all passed.
 */
export class MemoryUpdateStore implements UpdateStore {
  private records: StoredRecord[] = [];
  private quarantined: QuarantinedRecord[] = [];
  private nextId = 1;

  constructor(private readonly probe: AccessProbe = NO_PROBE) {}

  readAll(): Promise<readonly StoredRecord[]> {
    return guard('read the workspace', async () => {
      this.probe('updates', 'read');
      return this.records.slice();
    });
  }

  append(bytes: Uint8Array, checksum: number): Promise<void> {
    return guard('save your latest edits', async () => {
      this.probe('updates', 'add');
      this.records.push({ id: this.nextId++, bytes: bytes.slice(), checksum });
    });
  }

  /** For tests: put a record exactly as given, as a damaged disk or another version might have. */
  putRaw(bytes: unknown, checksum: unknown): number {
    const id = this.nextId++;
    this.records.push({ id, bytes, checksum });
    return id;
  }

  quarantine(items: readonly Quarantine[], at: Date): Promise<void> {
    return guard('set damaged records aside', async () => {
      this.probe('updates', 'read');
      const present = new Set(this.records.map((record) => record.id));
      const moving = items.filter((item) => present.has(item.record.id));
      if (moving.length === 0) return;
      this.probe('quarantine', 'add');
      this.probe('updates', 'delete');
      const ids = new Set(moving.map((item) => item.record.id));
      this.records = this.records.filter((record) => !ids.has(record.id));
      for (const { record, reason } of moving) {
        this.quarantined.push({
          id: this.nextId++,
          originalId: record.id,
          bytes: record.bytes,
          checksum: record.checksum,
          reason,
          quarantinedAt: at.toISOString(),
        });
      }
    });
  }

  readQuarantine(): Promise<readonly QuarantinedRecord[]> {
    return guard('read the quarantine', async () => {
      this.probe('quarantine', 'read');
      return this.quarantined.slice();
    });
  }

  compact(
    merge: (records: readonly StoredRecord[]) => { bytes: Uint8Array; checksum: number } | null,
  ): Promise<CompactResult> {
    return guard('compact the workspace log', async () => {
      this.probe('updates', 'read');
      const before = this.records.length;
      const merged = merge(this.records.slice());
      if (!merged) return { before, after: before };
      if (before > 0) this.probe('updates', 'delete');
      this.probe('updates', 'add');
      this.records = [{ id: this.nextId++, bytes: merged.bytes, checksum: merged.checksum }];
      return { before, after: 1 };
    });
  }
}
