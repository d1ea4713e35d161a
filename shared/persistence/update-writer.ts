import * as Y from 'yjs';
import { mergeValidRecords } from './compaction';
import { sealUpdate } from './record-check';
import { StorageError, type UpdateStore } from './update-store';
import { originPolicy } from '../workspace/origins';

const isStored = (origin: unknown) => originPolicy(origin).stored;

/**
 * Writes a document's updates to the store so that an edit the UI shows as saved is on disk.
 *
 *   doc 'update' ──> queued ──(end of the current task)──> store.append, one record per task
 *
 * The updates of one task (an operation touching several fields, a paste, a message from a peer)
 * are merged into one record and handed to the store in that same task, without waiting for
 * earlier writes: IndexedDB runs read-write transactions on one store in the order they were
 * created, and a transaction created before the page goes away still commits. Holding an edit
 * back behind a timer or an in-flight write is exactly what loses the last keystrokes when a
 * window closes (measured: within ~500 ms). Record count is kept down by compaction instead:
 * once `compactAfter` records were appended, the log is replayed into one snapshot.
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
  private readonly inFlight = new Set<Promise<void>>();
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
      await Promise.allSettled([...this.inFlight, this.compacting]);
      if (this.failures > failuresBefore) throw new StorageError(this.lastFailure);
      this.writeQueued();
    }
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
      this.writeQueued();
    });
  };

  private writeQueued(): void {
    if (this.queued.length === 0) return;
    const batch = this.queued;
    this.queued = [];
    const sealed = sealUpdate(batch.length === 1 ? (batch[0] as Uint8Array) : Y.mergeUpdates(batch));
    const write = this.store.append(sealed.bytes, sealed.checksum).then(
      () => {
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
      this.settle();
    });
    this.inFlight.add(tracked);
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

function describeFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(name) || /quota/i.test(message)) {
    return `The disk or the browser's storage quota is full; your last edits are kept in memory until there is room. (${message})`;
  }
  return `Saving failed: ${message}. Your last edits are kept in memory and will be retried.`;
}
