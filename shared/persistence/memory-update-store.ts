import type { CompactResult, Quarantine, QuarantinedRecord, StoredRecord, UpdateStore } from './update-store';

/**
 * The in-memory UpdateStore for unit tests and for a session opened without local storage. Same
 * contract as the Dexie store: append is all-or-nothing, quarantine and compaction are atomic.
 */
export class MemoryUpdateStore implements UpdateStore {
  private records: StoredRecord[] = [];
  private quarantined: QuarantinedRecord[] = [];
  private nextId = 1;

  async readAll(): Promise<readonly StoredRecord[]> {
    return this.records.slice();
  }

  async append(bytes: Uint8Array, checksum: number): Promise<void> {
    this.records.push({ id: this.nextId++, bytes: bytes.slice(), checksum });
  }

  /** For tests: put a record exactly as given, as a damaged disk or another version might have. */
  putRaw(bytes: unknown, checksum: unknown): number {
    const id = this.nextId++;
    this.records.push({ id, bytes, checksum });
    return id;
  }

  async quarantine(items: readonly Quarantine[], at: Date): Promise<void> {
    const present = new Set(this.records.map((record) => record.id));
    const moving = items.filter((item) => present.has(item.record.id));
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
  }

  async readQuarantine(): Promise<readonly QuarantinedRecord[]> {
    return this.quarantined.slice();
  }

  async compact(
    merge: (records: readonly StoredRecord[]) => { bytes: Uint8Array; checksum: number } | null,
  ): Promise<CompactResult> {
    const before = this.records.length;
    const merged = merge(this.records.slice());
    if (merged) this.records = [{ id: this.nextId++, bytes: merged.bytes, checksum: merged.checksum }];
    return { before, after: this.records.length };
  }
}
