import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { proveSnapshot, replaceLogWithSnapshot, SnapshotError } from '../../../shared/backups/restore-log';
import { loadWorkspace } from '../../../shared/persistence/load-workspace';
import { MemoryUpdateStore } from '../../../shared/persistence/memory-update-store';
import { sealUpdate } from '../../../shared/persistence/record-check';
import type { UpdateStore } from '../../../shared/persistence/update-store';
import { deriveActions } from '../../../shared/workspace/action-view';
import { addAction } from '../../../shared/workspace/actions';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';

/** A store holding a log of two sessions' edits, and the snapshot taken after the first. */
async function loggedStore() {
  const store = new MemoryUpdateStore();
  const doc = createWorkspaceDoc();
  doc.on('update', (update: Uint8Array) => void store.append(sealUpdate(update).bytes, sealUpdate(update).checksum));
  addAction(doc, { title: 'Before the snapshot' });
  const snapshot = sealUpdate(Y.encodeStateAsUpdate(doc));
  addAction(doc, { title: 'After the snapshot' });
  await Promise.resolve();
  return { store, snapshot };
}

async function titlesIn(store: UpdateStore): Promise<string[]> {
  const doc = createWorkspaceDoc();
  await loadWorkspace(store, doc);
  // Sorted: deriveActions follows the map's order, which depends on the random client ids.
  return deriveActions(doc).map((action) => action.title).sort();
}

describe('restoring a snapshot', () => {
  it('replaces the whole log with the snapshot, in one record', async () => {
    const { store, snapshot } = await loggedStore();
    expect(await titlesIn(store)).toEqual(['After the snapshot', 'Before the snapshot']);
    await replaceLogWithSnapshot(store, snapshot.bytes, snapshot.checksum);
    expect(await store.readAll()).toHaveLength(1);
    expect(await titlesIn(store)).toEqual(['Before the snapshot']);
  });

  it.each([
    ['a flipped bit', (s: { bytes: Uint8Array; checksum: number }) => {
      const bytes = s.bytes.slice();
      bytes[bytes.length >> 1]! ^= 0x10;
      return [bytes, s.checksum] as const;
    }, /damaged.*Checksum mismatch/],
    ['truncated bytes', (s: { bytes: Uint8Array }) => {
      const bytes = s.bytes.slice(0, s.bytes.length - 9);
      return [bytes, sealUpdate(bytes).checksum] as const;
    }, /damaged.*Not a readable Yjs update/],
    ['no bytes at all', () => ['gone', 0] as const, /damaged.*holds no update bytes/],
    ['no checksum', (s: { bytes: Uint8Array }) => [s.bytes, undefined] as const, /damaged.*no checksum/],
  ])('refuses a snapshot with %s and leaves the log as it was', async (_what, damage, message) => {
    const { store, snapshot } = await loggedStore();
    const before = await store.readAll();
    const [bytes, checksum] = damage(snapshot);
    await expect(replaceLogWithSnapshot(store, bytes, checksum)).rejects.toThrow(message);
    await expect(replaceLogWithSnapshot(store, bytes, checksum)).rejects.toBeInstanceOf(SnapshotError);
    expect(await store.readAll()).toEqual(before);
  });

  it('leaves the old log whole when the storage transaction fails (an interrupted restore)', async () => {
    const { store, snapshot } = await loggedStore();
    const before = await store.readAll();
    // The store's contract: compact is one transaction. One that fails after merge ran never swaps.
    const failing: UpdateStore = Object.assign(Object.create(store) as UpdateStore, {
      compact: async (merge: Parameters<UpdateStore['compact']>[0]) => {
        merge(await store.readAll());
        throw new Error('QuotaExceededError');
      },
    });
    await expect(replaceLogWithSnapshot(failing, snapshot.bytes, snapshot.checksum)).rejects.toThrow('QuotaExceededError');
    expect(await store.readAll()).toEqual(before);
    expect(await titlesIn(store)).toEqual(['After the snapshot', 'Before the snapshot']);
  });

  it('proves a snapshot on a scratch document and hands back its bytes', () => {
    const doc = createWorkspaceDoc();
    addAction(doc, { title: 'x' });
    const sealed = sealUpdate(Y.encodeStateAsUpdate(doc));
    expect(proveSnapshot(sealed.bytes, sealed.checksum)).toBe(sealed.bytes);
  });
});
