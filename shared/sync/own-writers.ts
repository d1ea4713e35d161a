import * as Y from 'yjs';
import { originKind } from '../workspace/origins';

/**
 * This laptop's past Yjs client ids, for the gate's `own-id` rule (semantic-gate.ts,
 * GateContext.ownClientIds). Every session writes under a fresh random client id (never reused:
 * two live documents with one id corrupt each other), so a laptop accumulates ids. Content that
 * arrives under one of them, beyond what this laptop holds, was not written here.
 *
 * What is remembered: for each id this laptop wrote under, the clock it reached ("writer record",
 * kept in the local key/value settings, `own-writers:<workspace>`), saved in the same task as the
 * edit, like the update log. Nothing here is sent anywhere, and the id is never reused for writing.
 *
 * Which ids the gate gets: those whose content this laptop still holds *whole* (the document's
 * state for the id reaches the recorded clock). After a restore the document holds less than it
 * once wrote under an earlier id; peers then send that content back (the honest echo), and
 * refusing it would lock the restored laptop out of its own past work. Such an id is left out
 * until the echo has brought the document back up to the recorded clock; from then on it is
 * protected again.
 *
 * Never for another window's mirror (origin 'tab'): a live window of this laptop writes under its
 * own id, recorded in the same settings, and its mirror reaches this window ahead of this window's
 * holding it. Ids seen arriving through the mirror in this session are left out for every source,
 * so that a peer relaying a live sibling window's edits is not refused either. The tab channel is
 * this origin's own windows (BroadcastChannel): forging there means running code in the app.
 *
 * Known limits: a record lost between the log append and its settings write (a crash in between)
 * lags by one task, which only matters if a backup was taken in that task and then restored; two
 * windows saving at once merge by read-then-write, and an entry lost that way is not protected
 * (the gate fails open for it, never closed).
 */
export interface OwnWriterTable {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
}

export type WriterRecord = ReadonlyMap<number, number>;

export const ownWritersKey = (workspaceId: string): string => `own-writers:${workspaceId}`;

/** A stored writer record, or an empty one where it is missing or malformed (entries kept one by one). */
export function parseWriterRecord(value: unknown): Map<number, number> {
  const record = new Map<number, number>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return record;
  for (const [key, clock] of Object.entries(value as Record<string, unknown>)) {
    const client = Number(key);
    if (!Number.isSafeInteger(client) || client < 0 || String(client) !== key) continue;
    if (typeof clock !== 'number' || !Number.isSafeInteger(clock) || clock <= 0) continue;
    record.set(client, clock);
  }
  return record;
}

function mergeRecords(a: WriterRecord, b: WriterRecord): Map<number, number> {
  const merged = new Map(a);
  for (const [client, clock] of b) merged.set(client, Math.max(clock, merged.get(client) ?? 0));
  return merged;
}

export class OwnWriters {
  private readonly seenFromWindows = new Set<number>();
  private saving: Promise<void> | null = null;
  /** A clock not yet saved: a write came in during a save, or the last save failed. */
  private unsaved = false;

  private constructor(
    private readonly doc: Y.Doc,
    private readonly table: OwnWriterTable,
    private readonly key: string,
    private record: Map<number, number>,
    private readonly onError: (error: unknown) => void,
  ) {
    doc.on('afterTransaction', this.onTransaction);
  }

  /** Reads the record, then follows `doc`: its own id's clock is saved after every local write. */
  static async open(doc: Y.Doc, table: OwnWriterTable, workspaceId: string, onError: (error: unknown) => void = () => {}): Promise<OwnWriters> {
    const key = ownWritersKey(workspaceId);
    return new OwnWriters(doc, table, key, parseWriterRecord(await table.get(key)), onError);
  }

  /** GateContext.ownClientIds: this laptop's past ids whose content it holds whole (see the file comment). */
  readonly ownClientIds = (origin?: unknown): number[] => {
    if (originKind(origin) === 'tab') return [];
    const ids: number[] = [];
    for (const [client, clock] of this.record) {
      if (client === this.doc.clientID || this.seenFromWindows.has(client)) continue;
      if (Y.getState(this.doc.store, client) >= clock) ids.push(client);
    }
    return ids;
  };

  /** Resolves when the clock reached so far is saved (or its save failed, reported to onError). */
  async flush(): Promise<void> {
    while (this.saving) await this.saving;
    if (this.unsaved) await this.save();
  }

  dispose(): void {
    this.doc.off('afterTransaction', this.onTransaction);
  }

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    if (originKind(transaction.origin) === 'tab') {
      for (const [client, clock] of transaction.afterState) {
        if (clock > (transaction.beforeState.get(client) ?? 0)) this.seenFromWindows.add(client);
      }
      return;
    }
    const own = this.doc.clientID;
    const clock = transaction.afterState.get(own) ?? 0;
    if (clock > (this.record.get(own) ?? 0)) {
      this.record.set(own, clock);
      this.unsaved = true;
    }
    // In this task, as the update writer does: the write is created before the page can go.
    if (this.unsaved && !this.saving) void this.save();
  };

  private save(): Promise<void> {
    this.unsaved = false;
    let failed = false;
    const saving = this.table
      .get(this.key)
      // Another window's entries are kept: read, merge, write.
      .then((stored) => {
        this.record = mergeRecords(parseWriterRecord(stored), this.record);
        return this.table.put(this.key, Object.fromEntries(this.record));
      })
      .catch((error: unknown) => {
        // Tried again with the next local write or flush(); never in a loop.
        this.unsaved = failed = true;
        this.onError(error);
      })
      .finally(() => {
        this.saving = null;
        // A write that came in meanwhile is saved now; a failure waits for the next one.
        if (this.unsaved && !failed) void this.save();
      });
    this.saving = saving;
    return saving;
  }
}
