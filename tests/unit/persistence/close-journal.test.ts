import { describe, expect, it } from 'vitest';
import { addAction } from '../../../shared/workspace/actions';
import { deriveActions } from '../../../shared/workspace/action-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { loadWorkspace } from '../../../shared/persistence/load-workspace';
import { MemoryUpdateStore } from '../../../shared/persistence/memory-update-store';
import { UpdateWriter } from '../../../shared/persistence/update-writer';
import { CloseJournal, type SyncStorage } from '../../../shared/persistence/close-journal';

/** Web Storage's contract over a Map; `full` makes setItem throw as a full quota does. */
class MapStorage implements SyncStorage {
  readonly items = new Map<string, string>();
  full = false;
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A store whose appends never complete, as a transaction aborted by the page closing. */
class NeverStore extends MemoryUpdateStore {
  override append(): Promise<void> {
    return new Promise(() => undefined);
  }
}

async function titlesIn(store: MemoryUpdateStore): Promise<{ titles: string[]; quarantined: string[] }> {
  const doc = createWorkspaceDoc();
  const report = await loadWorkspace(store, doc);
  return { titles: deriveActions(doc).map((view) => view.title).sort(), quarantined: report.quarantined.map((q) => q.reason) };
}

/** A window that typed `titles`, whose writes never completed, closing: returns what it journaled. */
function closeWindowMidWrite(storage: MapStorage, windowId: string, titles: string[]): boolean {
  const doc = createWorkspaceDoc();
  const writer = new UpdateWriter(doc, new NeverStore(), {});
  for (const title of titles) addAction(doc, { title });
  return new CloseJournal(storage, 'default', windowId).keep(writer.unconfirmed());
}

describe('CloseJournal', () => {
  it('brings the edits of a window closed mid-write into the log of the next one, once', async () => {
    const storage = new MapStorage();
    expect(closeWindowMidWrite(storage, 'w1', ['Typed just before closing'])).toBe(true);
    const store = new MemoryUpdateStore();
    expect(await new CloseJournal(storage, 'default', 'w2').drainInto(store)).toBe(1);
    expect(await titlesIn(store)).toEqual({ titles: ['Typed just before closing'], quarantined: [] });
    expect(storage.items.size).toBe(0);
    expect(await new CloseJournal(storage, 'default', 'w3').drainInto(store)).toBe(0);
    expect(await store.readAll()).toHaveLength(1);
  });

  it('keeps two windows closing together apart, and leaves other workspaces’ entries alone', async () => {
    const storage = new MapStorage();
    closeWindowMidWrite(storage, 'a', ['From window A']);
    closeWindowMidWrite(storage, 'b', ['From window B']);
    storage.setItem('tandem:close-journal:other:c', '{}');
    const store = new MemoryUpdateStore();
    expect(await new CloseJournal(storage, 'default', 'next').drainInto(store)).toBe(2);
    expect((await titlesIn(store)).titles).toEqual(['From window A', 'From window B']);
    expect([...storage.items.keys()]).toEqual(['tandem:close-journal:other:c']);
  });

  it('sends a damaged entry to the quarantine with its reason instead of dropping it', async () => {
    const storage = new MapStorage();
    closeWindowMidWrite(storage, 'good', ['Kept']);
    storage.setItem('tandem:close-journal:default:bad', 'not json at all');
    const tampered = JSON.parse(storage.getItem('tandem:close-journal:default:good')!) as { checksum: number };
    storage.setItem('tandem:close-journal:default:flipped', JSON.stringify({ ...tampered, checksum: (tampered.checksum ^ 1) >>> 0 }));
    const store = new MemoryUpdateStore();
    await new CloseJournal(storage, 'default', 'next').drainInto(store);
    const { titles, quarantined } = await titlesIn(store);
    expect(titles).toEqual(['Kept']);
    expect(quarantined).toHaveLength(2);
    for (const reason of quarantined) expect(reason).toMatch(/Checksum mismatch/);
  });

  it('says when the storage refused the entry, and forgets it when nothing is unconfirmed', () => {
    const storage = new MapStorage();
    storage.full = true;
    expect(closeWindowMidWrite(storage, 'w', ['Too much'])).toBe(false);
    storage.full = false;
    const journal = new CloseJournal(storage, 'default', 'w');
    closeWindowMidWrite(storage, 'w', ['Kept for a moment']);
    expect(storage.items.size).toBe(1);
    expect(journal.keep(null)).toBe(true);
    expect(storage.items.size).toBe(0);
  });
});
