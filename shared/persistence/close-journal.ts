import { fromBase64, toBase64 } from '../bundle/base64';
import type { UpdateStore } from './update-store';

/**
 * The last edits of a window that closes before IndexedDB confirmed them.
 *
 * Chromium aborts an IndexedDB transaction that is not complete when its page closes, even one
 * committed at once (measured: a strict transaction created 6 ms before page.close() was lost,
 * and on a loaded 2-core machine one takes 40–670 ms). The page cannot wait, but it can write
 * synchronously: on `pagehide` the window writes what its UpdateWriter has not seen confirmed
 * into Web Storage (localStorage, handed to the browser process at once, so it outlives the
 * page) under a key of its own. The next window to open the workspace moves every such entry
 * into the update log before loading, where it is checked like any stored record (checksum, V1
 * decode) and quarantined if damaged, never dropped; then the entry is removed. Entries whose
 * transaction did complete after all are harmless: Yjs applies an update it already holds as a
 * no-op, and compaction folds the extra record away.
 *
 * One key per window (`<prefix><workspace>:<window>`), so two windows closing together never
 * overwrite each other's entry.
 */
export interface SyncStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Sealed {
  readonly bytes: Uint8Array;
  readonly checksum: number;
}

const PREFIX = 'tandem:close-journal:';

export class CloseJournal {
  private readonly key: string;

  constructor(
    private readonly storage: SyncStorage,
    private readonly workspaceId: string,
    windowId: string,
  ) {
    this.key = `${PREFIX}${workspaceId}:${windowId}`;
  }

  /**
   * Keeps `sealed` (or forgets the entry, for null); synchronous, for `pagehide`. False when the
   * storage refused it (quota): the transaction in flight is then the only copy.
   */
  keep(sealed: Sealed | null): boolean {
    try {
      if (sealed) this.storage.setItem(this.key, JSON.stringify({ checksum: sealed.checksum, bytes: toBase64(sealed.bytes) }));
      else this.storage.removeItem(this.key);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Moves every window's entry for this workspace into `store`, each removed only once appended.
   * An entry that does not parse is appended as it stands with no valid checksum, so the loader
   * quarantines and reports it. Returns how many entries were moved.
   */
  async drainInto(store: UpdateStore): Promise<number> {
    let moved = 0;
    for (const key of this.keysOfWorkspace()) {
      const text = this.storage.getItem(key);
      if (text === null) continue;
      const record = parseEntry(text);
      await store.append(record.bytes, record.checksum);
      this.storage.removeItem(key);
      moved++;
    }
    return moved;
  }

  private keysOfWorkspace(): string[] {
    const prefix = `${PREFIX}${this.workspaceId}:`;
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  }
}

function parseEntry(text: string): Sealed {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null) {
      const { checksum, bytes } = value as { checksum?: unknown; bytes?: unknown };
      const decoded = typeof bytes === 'string' ? fromBase64(bytes) : null;
      if (typeof checksum === 'number' && decoded) return { bytes: decoded, checksum };
    }
  } catch {
    // Falls through: kept as found, for the quarantine.
  }
  // -1 is no CRC-32 (those are unsigned), so the record check always refuses it.
  return { bytes: new TextEncoder().encode(text), checksum: -1 };
}
