import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, editActionTitle } from '../../../shared/workspace/actions';
import { deriveActions } from '../../../shared/workspace/action-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { loadWorkspace, LOAD_ORIGIN } from '../../../shared/persistence/load-workspace';
import { MemoryUpdateStore } from '../../../shared/persistence/memory-update-store';
import { UpdateWriter, type SaveState } from '../../../shared/persistence/update-writer';
import { StorageError } from '../../../shared/persistence/update-store';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A store whose appends and compactions wait until the test releases them. */
class GatedStore extends MemoryUpdateStore {
  appends = 0;
  failWith: Error | null = null;
  private gates: (() => void)[] = [];
  override async append(bytes: Uint8Array, checksum: number): Promise<void> {
    this.appends++;
    await new Promise<void>((resolve) => this.gates.push(resolve));
    if (this.failWith) throw this.failWith;
    await super.append(bytes, checksum);
  }
  override async compact(...args: Parameters<MemoryUpdateStore['compact']>) {
    await new Promise<void>((resolve) => this.gates.push(resolve));
    return super.compact(...args);
  }
  releaseAll(): void {
    const gates = this.gates;
    this.gates = [];
    gates.forEach((release) => release());
  }
  get waiting(): number {
    return this.gates.length;
  }
}

async function titlesIn(store: MemoryUpdateStore): Promise<string[]> {
  const doc = createWorkspaceDoc();
  await loadWorkspace(store, doc);
  return deriveActions(doc).map((view) => view.title).sort();
}

describe('UpdateWriter', () => {
  it('hands a task’s edits to the store in that task, and what comes during a write as one next record', async () => {
    const store = new GatedStore();
    const doc = createWorkspaceDoc();
    const writer = new UpdateWriter(doc, store, {});
    const id = addAction(doc, { title: 'T' });
    await Promise.resolve();
    expect(store.appends).toBe(1);
    expect(writer.unconfirmed()).not.toBeNull();
    // A burst while the first write is on its way: held back, none of it lost.
    for (const title of ['Ti', 'Tit', 'Titl']) {
      editActionTitle(doc, id, title);
      await nextTask();
    }
    expect(store.appends).toBe(1);
    // The first write completes: everything that waited goes at once, as one record.
    store.releaseAll();
    await nextTask();
    expect(store.appends).toBe(2);
    // Several edits within one task become one record too; the unconfirmed record holds them all.
    editActionTitle(doc, id, 'Title');
    editActionTitle(doc, id, 'Title!');
    // What is on disk plus what is not yet confirmed is the whole document.
    const pending = createWorkspaceDoc();
    await loadWorkspace(store, pending);
    Y.applyUpdate(pending, writer.unconfirmed()!.bytes);
    expect(deriveActions(pending).map((view) => view.title)).toEqual(['Title!']);
    expect(writer.saveState.kind).toBe('saving');
    const flushed = writer.flush();
    store.releaseAll();
    await nextTask();
    store.releaseAll();
    await flushed;
    expect(store.appends).toBe(3);
    expect(writer.saveState.kind).toBe('saved');
    expect(writer.unconfirmed()).toBeNull();
    expect(await titlesIn(store)).toEqual(['Title!']);
  });

  it('writes what waits behind a write in flight at once on flush(), without waiting for it', async () => {
    const store = new GatedStore();
    const doc = createWorkspaceDoc();
    const writer = new UpdateWriter(doc, store, {});
    addAction(doc, { title: 'first' });
    await nextTask();
    addAction(doc, { title: 'typed while the first was on its way' });
    await nextTask();
    expect(store.appends).toBe(1);
    const flushed = writer.flush();
    expect(store.appends).toBe(2);
    store.releaseAll();
    await flushed;
    expect(await titlesIn(store)).toEqual(['first', 'typed while the first was on its way']);
  });

  it('keeps edits in memory when a write fails, reports it, and saves them on the next flush', async () => {
    const store = new GatedStore();
    const doc = createWorkspaceDoc();
    const states: SaveState[] = [];
    const writer = new UpdateWriter(doc, store, { onState: (s) => states.push(s) });
    store.failWith = Object.assign(new Error('QuotaExceededError: quota exceeded'), { name: 'QuotaExceededError' });
    addAction(doc, { title: 'Precious decision' });
    const failed = writer.flush();
    store.releaseAll();
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    expect(writer.saveState).toMatchObject({ kind: 'failed', message: expect.stringMatching(/quota is full/) });
    expect(await store.readAll()).toHaveLength(0);

    store.failWith = null;
    const retried = writer.flush();
    await nextTask();
    store.releaseAll();
    await retried;
    expect(states.map((s) => s.kind)).toEqual(['saving', 'failed', 'saving', 'saved']);
    expect(await titlesIn(store)).toEqual(['Precious decision']);
  });

  it('saves edits made while the log is being compacted', async () => {
    const store = new GatedStore();
    const doc = createWorkspaceDoc();
    const writer = new UpdateWriter(doc, store, { compactAfter: 2 });
    addAction(doc, { title: 'one' });
    addAction(doc, { title: 'two' });
    await nextTask();
    store.releaseAll();
    await nextTask();
    expect(store.waiting).toBe(0);
    addAction(doc, { title: 'three' });
    await nextTask();
    store.releaseAll();
    await nextTask();
    expect(store.waiting).toBe(1); // the compaction is now in progress
    addAction(doc, { title: 'typed during compaction' });
    await nextTask();
    expect(store.waiting).toBe(2);
    const flushed = writer.flush();
    store.releaseAll();
    await flushed;
    expect(writer.saveState.kind).toBe('saved');
    expect(await titlesIn(store)).toEqual(['one', 'three', 'two', 'typed during compaction']);
  });

  it('compacts the log into one record without losing what another window appended', async () => {
    const store = new MemoryUpdateStore();
    const mine = createWorkspaceDoc();
    const other = createWorkspaceDoc();
    const otherWriter = new UpdateWriter(other, store, { compactAfter: 1000 });
    addAction(other, { title: 'From the other window' });
    await otherWriter.flush();
    const writer = new UpdateWriter(mine, store, { compactAfter: 5 });
    for (let i = 0; i < 5; i++) {
      addAction(mine, { title: `Mine ${i}` });
      await writer.flush();
    }
    expect(await store.readAll()).toHaveLength(1);
    expect(await titlesIn(store)).toEqual(['From the other window', 'Mine 0', 'Mine 1', 'Mine 2', 'Mine 3', 'Mine 4']);
  });

  it('declines to compact over a damaged record, so the loader can still quarantine it', async () => {
    const store = new MemoryUpdateStore();
    store.putRaw(new Uint8Array([9, 9, 9]), 0);
    const doc = createWorkspaceDoc();
    const writer = new UpdateWriter(doc, store, { compactAfter: 2 });
    addAction(doc, { title: 'a' });
    await writer.flush();
    addAction(doc, { title: 'b' });
    await writer.flush();
    expect(await store.readAll()).toHaveLength(3);
  });

  it('ignores updates from origins already stored', async () => {
    const store = new MemoryUpdateStore();
    const doc = createWorkspaceDoc();
    const writer = new UpdateWriter(doc, store, {});
    const source = createWorkspaceDoc();
    addAction(source, { title: 'loaded' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source), LOAD_ORIGIN);
    await writer.flush();
    expect(await store.readAll()).toHaveLength(0);
  });

  it('keeps changes waiting for a quarantined record through compaction', async () => {
    const store = new MemoryUpdateStore();
    const author = createWorkspaceDoc();
    const authorWriter = new UpdateWriter(author, store, { compactAfter: 1000 });
    for (const title of ['first', 'second', 'third']) {
      addAction(author, { title });
      await authorWriter.flush();
    }
    const records = await store.readAll();
    (records[1] as { bytes: unknown }).bytes = new Uint8Array([1, 2, 3]);

    const reopened = createWorkspaceDoc();
    const report = await loadWorkspace(store, reopened);
    expect(report.waitingForMissing).toBe(true);
    const writer = new UpdateWriter(reopened, store, { compactAfter: 2 });
    addAction(reopened, { title: 'after the damage' });
    await writer.flush();
    addAction(reopened, { title: 'and again' });
    await writer.flush();
    expect(await store.readAll()).toHaveLength(1);

    expect(await titlesIn(store)).toEqual(['after the damage', 'and again', 'first']);
    const healed = createWorkspaceDoc();
    await loadWorkspace(store, healed);
    Y.applyUpdate(healed, Y.encodeStateAsUpdate(author));
    expect(deriveActions(healed).map((v) => v.title).sort()).toEqual(['after the damage', 'and again', 'first', 'second', 'third']);
  });
});
