import * as Y from 'yjs';
import { checkRecord, sealUpdate } from './record-check';
import { snapshotOf } from './replay';
import { StorageError, type StoredRecord, type UpdateStore } from './update-store';

/**
 * Writes a document's updates to the store so that an edit the UI shows as saved is on disk.
 *
 *   doc 'update' ──> pending ──(one write in flight at a time)──> store.append (strict durability)
 *
 * The first update of a burst is written at once; updates arriving while that write is in flight
 * wait and are merged into the next single record. So a burst of keystrokes costs a few
 * transactions, not one each, and no timer ever holds an edit back (a debounce is what loses the
 * last edits when a window closes within half a second). A failed write keeps the pending
 * updates in memory, reports the error and retries on the next edit or `retry()`; nothing is
 * dropped. Every `compactAfter` appended records the log is compacted into one snapshot.
 */
export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string };

export interface UpdateWriterOptions {
  /** Origins whose updates are already stored (loaded from disk, or written by another tab). */
  readonly skipOrigins: ReadonlySet<unknown>;
  readonly compactAfter?: number;
  readonly onState?: (state: SaveState) => void;
}

export class UpdateWriter {
  private pending: Uint8Array[] = [];
  private inFlight: Promise<void> | null = null;
  private appendedSinceCompaction = 0;
  private state: SaveState = { kind: 'saved' };
  private readonly compactAfter: number;

  constructor(
    private readonly doc: Y.Doc,
    private readonly store: UpdateStore,
    private readonly options: UpdateWriterOptions,
  ) {
    this.compactAfter = options.compactAfter ?? 200;
    doc.on('update', this.onUpdate);
  }

  get saveState(): SaveState {
    return this.state;
  }

  /** Resolves when every update seen so far is on disk; rejects with the failure otherwise. */
  async flush(): Promise<void> {
    while (this.pending.length > 0 || this.inFlight) {
      await (this.inFlight ?? this.start());
      if (this.state.kind === 'failed') throw new StorageError(this.state.message);
    }
  }

  retry(): Promise<void> {
    return this.flush();
  }

  dispose(): void {
    this.doc.off('update', this.onUpdate);
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.options.skipOrigins.has(origin)) return;
    this.pending.push(update);
    if (!this.inFlight) void this.start();
  };

  private start(): Promise<void> {
    this.inFlight = this.drain().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async drain(): Promise<void> {
    this.setState({ kind: 'saving' });
    while (this.pending.length > 0) {
      const batch = this.pending.slice();
      const sealed = sealUpdate(batch.length === 1 ? (batch[0] as Uint8Array) : Y.mergeUpdates(batch));
      try {
        await this.store.append(sealed.bytes, sealed.checksum);
      } catch (error) {
        this.setState({ kind: 'failed', message: describeFailure(error) });
        return;
      }
      this.pending = this.pending.slice(batch.length);
      this.appendedSinceCompaction++;
    }
    if (this.appendedSinceCompaction >= this.compactAfter) await this.compact();
    this.setState({ kind: 'saved' });
  }

  /** Compaction failing is not data loss (the log stays as it was), so it is retried later. */
  private async compact(): Promise<void> {
    try {
      await this.store.compact(mergeValidRecords);
      this.appendedSinceCompaction = 0;
    } catch {
      this.appendedSinceCompaction = Math.floor(this.compactAfter / 2);
    }
  }

  private setState(state: SaveState): void {
    if (state.kind === this.state.kind && state.kind !== 'failed') return;
    this.state = state;
    this.options.onState?.(state);
  }
}

/** Merges the log into one record, or declines (null) when a record is damaged: the loader
 * quarantines it on the next start, and compaction must not silently drop it first. */
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

function describeFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(name) || /quota/i.test(message)) {
    return `The disk or the browser's storage quota is full; your last edits are kept in memory until there is room. (${message})`;
  }
  return `Saving failed: ${message}. Your last edits are kept in memory and will be retried.`;
}
