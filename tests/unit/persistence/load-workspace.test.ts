import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, editActionTitle } from '../../../shared/workspace/actions';
import { deriveActions } from '../../../shared/workspace/action-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { loadWorkspace } from '../../../shared/persistence/load-workspace';
import { MemoryUpdateStore } from '../../../shared/persistence/memory-update-store';
import { UpdateWriter } from '../../../shared/persistence/update-writer';
import { crc32 } from '../../../shared/persistence/crc32';


async function reopen(store: MemoryUpdateStore) {
  const doc = createWorkspaceDoc();
  const report = await loadWorkspace(store, doc);
  return { doc, report, titles: deriveActions(doc).map((view) => view.title) };
}

describe('persistence round trip', () => {
  it('stores edits and loads them into a fresh document', async () => {
    const store = new MemoryUpdateStore();
    const doc = createWorkspaceDoc();
    const writer = new UpdateWriter(doc, store, {});
    const id = addAction(doc, { title: 'AI-1 compute access' }, new Date('2026-07-01T10:00:00Z'));
    editActionTitle(doc, id, 'AI-1 shared compute access');
    addAction(doc, { title: 'CM-2 minerals pilot' }, new Date('2026-07-01T10:05:00Z'));
    await writer.flush();
    const { titles, report } = await reopen(store);
    expect(titles).toEqual(['AI-1 shared compute access', 'CM-2 minerals pilot']);
    expect(report.quarantined).toEqual([]);
  });

  it('does not store again what it loaded', async () => {
    const store = new MemoryUpdateStore();
    const doc = createWorkspaceDoc();
    const writer = new UpdateWriter(doc, store, {});
    addAction(doc, { title: 'Once' });
    await writer.flush();
    const count = (await store.readAll()).length;
    const again = createWorkspaceDoc();
    const second = new UpdateWriter(again, store, {});
    await loadWorkspace(store, again);
    await second.flush();
    expect((await store.readAll()).length).toBe(count);
  });
});

describe('a damaged record', () => {
  /** Each action written in its own session (its own Yjs client id), as over several days. */
  async function storeWithThreeActions() {
    const store = new MemoryUpdateStore();
    for (const [day, title] of ['first', 'second', 'third'].entries()) {
      const doc = createWorkspaceDoc();
      await loadWorkspace(store, doc);
      const writer = new UpdateWriter(doc, store, {});
      addAction(doc, { title }, new Date(Date.UTC(2026, 6, 1 + day)));
      await writer.flush();
      writer.dispose();
    }
    return store;
  }

  it('is quarantined with the reason, and the rest loads', async () => {
    const store = await storeWithThreeActions();
    const records = await store.readAll();
    const victim = records[1] as { id: number; bytes: Uint8Array; checksum: number };
    const flipped = victim.bytes.slice();
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] as number) ^ 0x10;
    (records[1] as { bytes: unknown }).bytes = flipped;
    // The memory store hands out copies of its records array but the same objects: damage it in place.
    const { titles, report } = await reopen(store);
    expect(titles).toEqual(['first', 'third']);
    expect(report.quarantined).toEqual([{ id: victim.id, reason: expect.stringMatching(/Checksum mismatch/) }]);
    expect(report.waitingForMissing).toBe(false);
    const quarantine = await store.readQuarantine();
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ originalId: victim.id, bytes: flipped });
    expect((await store.readAll()).map((r) => r.id)).not.toContain(victim.id);
  });

  it('names the problem: missing bytes, missing checksum, bytes that are no update', async () => {
    const store = await storeWithThreeActions();
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]);
    store.putRaw('text instead of bytes', 1);
    store.putRaw(new Uint8Array([0, 0]), undefined);
    store.putRaw(garbage, crc32(garbage));
    const { titles, report } = await reopen(store);
    expect(titles).toEqual(['first', 'second', 'third']);
    expect(report.quarantined.map((q) => q.reason)).toEqual([
      'The record holds no update bytes.',
      'The record has no checksum.',
      expect.stringMatching(/^Not a readable Yjs update/),
    ]);
  });

  it('is applied to nothing: a valid update under a wrong checksum leaves no trace', async () => {
    const store = await storeWithThreeActions();
    const expected = await reopen(store);
    const intruder = createWorkspaceDoc();
    addAction(intruder, { title: 'never stored by us' });
    const update = Y.encodeStateAsUpdate(intruder);
    store.putRaw(update, (crc32(update) + 1) >>> 0);
    const { doc, report } = await reopen(store);
    expect(report.quarantined).toHaveLength(1);
    expect(doc.toJSON()).toEqual(expected.doc.toJSON());
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(expected.doc));
  });

  it('still loads when the quarantine cannot be written, and says so', async () => {
    const store = await storeWithThreeActions();
    store.putRaw(new Uint8Array([1, 2, 3]), 7);
    store.quarantine = async () => {
      throw new Error('QuotaExceededError: the disk is full');
    };
    const { titles, report } = await reopen(store);
    expect(titles).toEqual(['first', 'second', 'third']);
    expect(report.quarantined).toHaveLength(1);
    expect(report.quarantineError).toBe('QuotaExceededError: the disk is full');
    expect(await store.readAll()).toHaveLength(4);
  });
});

describe('changes that build on a quarantined record', () => {
  it('are reported as waiting, kept in the log, and appear once the missing content arrives', async () => {
    const store = new MemoryUpdateStore();
    const doc = createWorkspaceDoc();
    const writer = new UpdateWriter(doc, store, {});
    for (const title of ['first', 'second', 'third']) {
      addAction(doc, { title });
      await writer.flush();
    }
    const records = await store.readAll();
    const second = records[1] as { bytes: Uint8Array };
    const original = second.bytes;
    (records[1] as { bytes: unknown }).bytes = original.slice(0, 4);

    const { doc: reopened, titles, report } = await reopen(store);
    expect(titles).toEqual(['first']);
    expect(report.waitingForMissing).toBe(true);
    expect(await store.readAll()).toHaveLength(2);

    Y.applyUpdate(reopened, Y.encodeStateAsUpdate(doc));
    expect(deriveActions(reopened).map((v) => v.title).sort()).toEqual(['first', 'second', 'third']);
  });
});
