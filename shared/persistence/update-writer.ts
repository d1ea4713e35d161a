import * as Y from 'yjs';
import { mergeValidRecords } from './compaction';
import { sealUpdate } from './record-check';
import { StorageError, type UpdateStore } from './update-store';
import { originPolicy } from '../workspace/origins';

const isStored = (origin: unknown) => originPolicy(origin).stored;

/**
 * Writes a document's updates to the store so that an edit the UI shows as saved is on disk.
 *
 *   doc 'update' ──> queued ──(end of the task, no write in flight)──> store.append, one record
 *                      ^                                                    │
 *                      └──── updates that came meanwhile, one record ───────┘ (when it completes)
 *
 * The updates of one task (an operation touching several fields, a paste, a message from a peer)
 * are merged into one record and handed to the store in that same task when no write is in
 * flight. While one is, later updates wait and go together into the next record, written the
 * moment the first completes: at most one strict transaction is ever on its way, and a burst of
 * keystrokes is one transaction, not one each (a strict transaction takes 40–670 ms on a loaded
 * 2-core machine; one per keystroke built a queue of 5–10). What waits is written at once by
 * `flush()`, which the shell calls when the page hides or the host asks to close. This alone does
 * not keep the last keystrokes of a closing window: Chromium aborts any transaction not complete
 * when the page closes (measured: 8 bursts in 20 lost their last characters with this rule and
 * no journal), so on `pagehide` what `unconfirmed()` returns goes into the page-close journal
 * (close-journal.ts). Record count is kept down by compaction: once `compactAfter` records were
 * appended, the log is replayed into one snapshot.
 *
 * A failed write puts its updates back in the queue, reports the failure and is retried with the
 * next edit or `flush()`; nothing is dropped. Yjs applies updates in any order, so a retried
 * record landing after later ones is harmless.
 */
export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string };

export interface UpdateWriterOptions {
  /**
   * Whether an update with this origin is to be written; by default the origin table
   * (workspace/origins.ts) decides: what was loaded from disk, the seed and another window's
   * mirror are already stored, or never are.
   */
  readonly stores?: (origin: unknown) => boolean;
  readonly compactAfter?: number;
  readonly onState?: (state: SaveState) => void;
}

export class UpdateWriter {
  private queued: Uint8Array[] = [];
  private scheduled = false;
  /** Each write on its way, with the updates it carries (for `unconfirmed()`). */
  private readonly inFlight = new Map<Promise<void>, readonly Uint8Array[]>();
  private compacting: Promise<void> | null = null;
  private failures = 0;
  private lastFailure = '';
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

  /**
   * Resolves when every update seen so far is on disk (and a due compaction has run); rejects
   * with a StorageError when a write fails.
   */
  async flush(): Promise<void> {
    const failuresBefore = this.failures;
    this.writeQueued();
    while (this.inFlight.size > 0 || this.compacting) {
      await Promise.allSettled([...this.inFlight.keys(), this.compacting]);
      if (this.failures > failuresBefore) throw new StorageError(this.lastFailure);
      this.writeQueued();
    }
  }

  /**
   * Everything not yet confirmed on disk (waiting, or in a write still on its way) as one sealed
   * record, or null when all is stored. The page-close journal keeps it when the window goes
   * (close-journal.ts): a transaction not complete when the page closes is aborted by Chromium.
   */
  unconfirmed(): { bytes: Uint8Array; checksum: number } | null {
    const updates = [...[...this.inFlight.values()].flat(), ...this.queued];
    return updates.length === 0 ? null : sealBatch(updates);
  }

  dispose(): void {
    this.doc.off('update', this.onUpdate);
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (!(this.options.stores ?? isStored)(origin)) return;
    this.queued.push(update);
    if (this.scheduled) return;
    this.scheduled = true;
    // A microtask still runs within the current task: the write is created before the page can go.
    void Promise.resolve().then(() => {
      this.scheduled = false;
      // With a write in flight, this waits for it and goes with the next record (see above).
      if (this.inFlight.size === 0) this.writeQueued();
    });
  };

  private writeQueued(): void {
    if (this.queued.length === 0) return;
    const batch = this.queued;
    this.queued = [];
    const sealed = sealBatch(batch);
    let written = false;
    const write = this.store.append(sealed.bytes, sealed.checksum).then(
      () => {
        written = true;
        this.appendedSinceCompaction++;
      },
      (error: unknown) => {
        this.queued = batch.concat(this.queued);
        this.failures++;
        this.lastFailure = describeFailure(error);
      },
    );
    const tracked: Promise<void> = write.finally(() => {
      this.inFlight.delete(tracked);
      // What came while this was on its way goes now, as one record; after a failure it waits
      // for the next edit or flush() instead of retrying in a loop.
      if (written && this.inFlight.size === 0 && this.queued.length > 0) this.writeQueued();
      else this.settle();
    });
    this.inFlight.set(tracked, batch);
    this.setState({ kind: 'saving' });
  }

  /** After each write: report where saving stands, and compact when due and idle. */
  private settle(): void {
    if (this.inFlight.size > 0) return;
    if (this.queued.length > 0) {
      this.setState({ kind: 'failed', message: this.lastFailure });
      return;
    }
    this.setState({ kind: 'saved' });
    if (this.appendedSinceCompaction >= this.compactAfter && !this.compacting) {
      this.appendedSinceCompaction = 0;
      // Compaction failing is not data loss (the log stays as it was): try again later.
      this.compacting = this.store
        .compact(mergeValidRecords)
        .then(
          () => undefined,
          () => {
            this.appendedSinceCompaction = Math.floor(this.compactAfter / 2);
          },
        )
        .finally(() => {
          this.compacting = null;
        });
    }
  }

  private setState(state: SaveState): void {
    const failedAgain = state.kind === 'failed' && this.state.kind === 'failed' && state.message !== this.state.message;
    if (state.kind === this.state.kind && !failedAgain) return;
    this.state = state;
    this.options.onState?.(state);
  }
}

/** Updates as one sealed record (a single one as it stands: merging it would only copy it). */
function sealBatch(updates: readonly Uint8Array[]): { bytes: Uint8Array; checksum: number } {
  return sealUpdate(updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates([...updates]));
}

function describeFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(name) || /quota/i.test(message)) {
    return `The disk or the browser's storage quota is full; your last edits are kept in memory until there is room. (${message})`;
  }
  return `Saving failed: ${message}. Your last edits are kept in memory and will be retried.`;
}
