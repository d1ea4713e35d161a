/**
 * Buffers audit entries and writes them to an AuditStore in batches, coalescing typing (audit.ts
 * coalesce). A burst of keystrokes becomes one row: while it is unwritten it is updated in the
 * buffer, once written it is rewritten in place. The caller schedules `flush` (a short timer in
 * the app) and flushes on close; writes are serialised, so rows land in order.
 */
import { coalesce, type AuditEntry, type AuditRow } from './audit';

export interface AuditStore {
  /** Appends entries in order; resolves to their ids. */
  append(entries: readonly AuditEntry[]): Promise<number[]>;
  replace(id: number, entry: AuditEntry): Promise<void>;
  /** Every row recorded at or after `from` (ms), oldest first. */
  since(from: number): Promise<AuditRow[]>;
}

/**
 * The audit trail in memory, with the Dexie store's contract: ids in append order, `since`
 * ordered by time (then id), `replace` rewrites an existing row only (never creates one).
 */
export class MemoryAuditStore implements AuditStore {
  private readonly rows: AuditRow[] = [];
  async append(entries: readonly AuditEntry[]): Promise<number[]> {
    return entries.map((entry) => {
      const row = { ...entry, id: this.rows.length + 1 };
      this.rows.push(row);
      return row.id;
    });
  }
  async replace(id: number, entry: AuditEntry): Promise<void> {
    if (this.rows[id - 1]) this.rows[id - 1] = { ...entry, id };
  }
  async since(from: number): Promise<AuditRow[]> {
    return this.rows.filter((row) => row.at >= from).sort((a, b) => a.at - b.at || a.id - b.id);
  }
}

interface Slot {
  entry: AuditEntry;
  /** 'buffered': not yet handed to the store; changes are made in place. */
  state: 'buffered' | 'writing' | 'written';
  id: number | null;
  /** Changed after it was handed to the store: rewrite it. */
  dirty: boolean;
}

export class AuditRecorder {
  private buffer: Slot[] = [];
  private readonly recent = new Map<string, Slot>();
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly store: AuditStore, private readonly onError: (error: unknown) => void = () => {}) {}

  record(entries: readonly AuditEntry[]): void {
    for (const entry of entries) {
      const key = `${entry.subject ?? 'action'}\u0000${entry.actionId}\u0000${entry.field}`;
      const last = this.recent.get(key);
      const merged = last ? coalesce(last.entry, entry) : null;
      if (last && merged) {
        last.entry = merged;
        if (last.state !== 'buffered' && !last.dirty) {
          last.dirty = true;
          this.buffer.push(last);
        }
        continue;
      }
      const slot: Slot = { entry, state: 'buffered', id: null, dirty: false };
      this.buffer.push(slot);
      this.recent.set(key, slot);
    }
    // Only the latest slot per action and field can still grow; keep the map small.
    if (this.recent.size > 500) this.recent.clear();
  }

  get pending(): number {
    return this.buffer.length;
  }

  /** Writes what is buffered; resolves when it (and every earlier flush) is stored. */
  flush(): Promise<void> {
    const batch = this.buffer;
    this.buffer = [];
    const fresh = batch.filter((slot) => slot.state === 'buffered');
    const rewrites = batch.filter((slot) => slot.state !== 'buffered');
    for (const slot of fresh) slot.state = 'writing';
    this.writing = this.writing.then(async () => {
      try {
        if (fresh.length > 0) {
          const ids = await this.store.append(fresh.map((slot) => slot.entry));
          fresh.forEach((slot, index) => {
            slot.id = ids[index] ?? null;
            slot.state = 'written';
          });
        }
        // Earlier flushes have finished (writes are chained), so every slot here has its id.
        for (const slot of rewrites) {
          slot.dirty = false;
          if (slot.id !== null) await this.store.replace(slot.id, slot.entry);
        }
      } catch (error) {
        this.onError(error);
      }
    });
    return this.writing;
  }
}
