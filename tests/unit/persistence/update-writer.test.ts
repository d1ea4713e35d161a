import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, editActionTitle } from '../../../shared/workspace/actions';
import { deriveActions } from '../../../shared/workspace/action-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { loadWorkspace, LOAD_ORIGIN } from '../../../shared/persistence/load-workspace';
import { MemoryUpdateStore } from '../../../shared/persistence/memory-update-store';
import { UpdateWriter, type SaveState } from '../../../shared/persistence/update-writer';
import { StorageError } from '../../../shared/persistence/update-store';

const skipOrigins = new Set<unknown>([LOAD_ORIGIN]);

/** A store whose appends wait until the test releases them, to observe batching. */
class GatedStore extends MemoryUpdateStore {
  appends = 0;
  private gate: (() => void) | null = null;
  failWith: Error | null = null;
  override async append(bytes: Uint8Array, checksum: number): Promise<void> {
    this.appends++;
    await new Promise<void>((resolve) => (this.gate = resolve));
    if (this.failWith) throw this.failWith;
    await super.append(bytes, checksum);
  }
  release(): void {
    this.gate?.();
    this.gate = null;
  }
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(condition()).toBe(true);
}

describe('UpdateWriter', () => {
  it('writes the first edit at once and merges the rest of a burst into one record', async () => {
    const store = new GatedStore();
    const doc = createWorkspaceDoc();
    const writer = new UpdateWriter(doc, store, { skipOrigins });
    const id = addAction(doc, { title: 'T' });
    expect(store.appends).toBe(1);
    for (const title of ['Ti', 'Tit', 'Titl', 'Title']) editActionTitle(doc, id, title);
    const flushed = writer.flush();
    store.release();
    await until(() => store.appends === 2);
    store.release();
    await flushed;
    expect(store.appends).toBe(2);
    const reopened = createWorkspaceDoc();
    await loadWorkspace(store, reopened);
    expect(deriveActions(reopened)[0]?.title).toBe('Title');
  });

  it('keeps edits in memory when a write fails, reports it, and saves them on retry', async () => {
    const store = new GatedStore();
    const doc = createWorkspaceDoc();
    const states: SaveState[] = [];
    const writer = new UpdateWriter(doc, store, { skipOrigins, onState: (s) => states.push(s) });
    store.failWith = Object.assign(new Error('QuotaExceededError: quota exceeded'), { name: 'QuotaExceededError' });
    addAction(doc, { title: 'Precious decision' });
    const failed = writer.flush();
    store.release();
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    expect(writer.saveState).toMatchObject({ kind: 'failed', message: expect.stringMatching(/quota is full/) });
    expect(await store.readAll()).toHaveLength(0);

    store.failWith = null;
    const retried = writer.retry();
    await until(() => store.appends === 2);
    store.release();
    await retried;
    expect(states.map((s) => s.kind)).toEqual(['saving', 'failed', 'saving', 'saved']);
    const reopened = createWorkspaceDoc();
    await loadWorkspace(store, reopened);
    expect(deriveActions(reopened).map((v) => v.title)).toEqual(['Precious decision']);
  });

  it('compacts the log into one record without losing what another window appended', async () => {
    const store = new MemoryUpdateStore();
    const mine = createWorkspaceDoc();
    const other = createWorkspaceDoc();
    const otherWriter = new UpdateWriter(other, store, { skipOrigins, compactAfter: 1000 });
    addAction(other, { title: 'From the other window' });
    await otherWriter.flush();
    const writer = new UpdateWriter(mine, store, { skipOrigins, compactAfter: 5 });
    for (let i = 0; i < 5; i++) {
      addAction(mine, { title: `Mine ${i}` });
      await writer.flush();
    }
    expect(await store.readAll()).toHaveLength(1);
    const reopened = createWorkspaceDoc();
    await loadWorkspace(store, reopened);
    expect(deriveActions(reopened).map((v) => v.title).sort()).toEqual(['From the other window', 'Mine 0', 'Mine 1', 'Mine 2', 'Mine 3', 'Mine 4']);
  });

  it('declines to compact over a damaged record, so the loader can still quarantine it', async () => {
    const store = new MemoryUpdateStore();
    store.putRaw(new Uint8Array([9, 9, 9]), 0);
    const doc = createWorkspaceDoc();
    const writer = new UpdateWriter(doc, store, { skipOrigins, compactAfter: 2 });
    addAction(doc, { title: 'a' });
    await writer.flush();
    addAction(doc, { title: 'b' });
    await writer.flush();
    expect(await store.readAll()).toHaveLength(3);
  });

  it('ignores updates from origins already stored', async () => {
    const store = new MemoryUpdateStore();
    const doc = createWorkspaceDoc();
    const writer = new UpdateWriter(doc, store, { skipOrigins });
    const source = createWorkspaceDoc();
    addAction(source, { title: 'loaded' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source), LOAD_ORIGIN);
    await writer.flush();
    expect(await store.readAll()).toHaveLength(0);
  });

  it('keeps changes waiting for a quarantined record through compaction', async () => {
    const store = new MemoryUpdateStore();
    const author = createWorkspaceDoc();
    const authorWriter = new UpdateWriter(author, store, { skipOrigins, compactAfter: 1000 });
    for (const title of ['first', 'second', 'third']) {
      addAction(author, { title });
      await authorWriter.flush();
    }
    const records = await store.readAll();
    (records[1] as { bytes: unknown }).bytes = new Uint8Array([1, 2, 3]);

    const reopened = createWorkspaceDoc();
    const report = await loadWorkspace(store, reopened);
    expect(report.waitingForMissing).toBe(true);
    const writer = new UpdateWriter(reopened, store, { skipOrigins, compactAfter: 2 });
    addAction(reopened, { title: 'after the damage' });
    await writer.flush();
    addAction(reopened, { title: 'and again' });
    await writer.flush();
    expect(await store.readAll()).toHaveLength(1);

    const afterCompaction = createWorkspaceDoc();
    await loadWorkspace(store, afterCompaction);
    expect(deriveActions(afterCompaction).map((v) => v.title).sort()).toEqual(['after the damage', 'and again', 'first']);
    Y.applyUpdate(afterCompaction, Y.encodeStateAsUpdate(author));
    expect(deriveActions(afterCompaction).map((v) => v.title).sort()).toEqual(['after the damage', 'and again', 'first', 'second', 'third']);
  });
});
