import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { deriveActions } from '../../../shared/workspace/action-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { createUndoManager, undoOwnChange } from '../../../shared/workspace/undo';
import { KEPT_UNDO_STEPS, keepUndoAcrossReloads, readUndoMemory, type UndoStore } from '../../../shared/workspace/undo-memory';

/** sessionStorage as the page sees it: one string per key, kept across a reload. */
function memoryStore(): UndoStore & { value: string | null } {
  const store = {
    value: null as string | null,
    load: () => store.value,
    save: (value: string) => {
      store.value = value;
    },
  };
  return store;
}

/** A page: a document loaded from `state` (the stored log), with an undo manager kept in `store`. */
function page(state: Uint8Array | null, store: UndoStore) {
  const memory = readUndoMemory(store);
  const doc = createWorkspaceDoc({ gcFilter: memory.gcFilter });
  if (state) Y.applyUpdate(doc, state);
  const undo = createUndoManager(doc);
  const stop = keepUndoAcrossReloads(doc, undo, store, memory);
  return { doc, undo, stop, reload: () => page(Y.encodeStateAsUpdate(doc), store) };
}

const statusOf = (doc: Y.Doc, id: string) => deriveActions(doc).find((action) => action.id === id)?.status;
const titleOf = (doc: Y.Doc, id: string) => deriveActions(doc).find((action) => action.id === id)?.title;

describe('undo across a reload of the window', () => {
  it('takes back the last edits after a reload, in order, and redoes them', () => {
    const store = memoryStore();
    const first = page(null, store);
    const id = addAction(first.doc, { title: 'Draft MOU' });
    first.undo.stopCapturing();
    editActionTitle(first.doc, id, 'Sign the research MOU');
    first.undo.stopCapturing();
    setActionStatus(first.doc, id, 'agreed');

    const second = first.reload(); // hosting, joining or pressing reload: a new page, a new client id
    expect(second.doc.clientID).not.toBe(first.doc.clientID);
    expect(second.undo.undoStack).toHaveLength(3);
    second.undo.undo();
    expect(statusOf(second.doc, id)).toBe('proposed');
    second.undo.undo();
    expect(titleOf(second.doc, id)).toBe('Draft MOU');

    const third = second.reload();
    expect(third.undo.redoStack).toHaveLength(2);
    third.undo.redo();
    expect(titleOf(third.doc, id)).toBe('Sign the research MOU');
    // Undoing the creation, after a reload too, moves the action to Deleted actions, never erases it.
    third.undo.undo();
    const result = undoOwnChange(third.doc, third.undo);
    expect(result.softDeleted).toEqual([id]);
    expect(deriveActions(third.doc).find((action) => action.id === id)?.deleted).toBe(true);
  });

  it('drops the whole stack when the document no longer holds what it names (after a restore)', () => {
    const store = memoryStore();
    const first = page(null, store);
    const id = addAction(first.doc, { title: 'Kept' });
    const before = Y.encodeStateAsUpdate(first.doc);
    first.undo.stopCapturing();
    setActionStatus(first.doc, id, 'agreed');
    // The restored state predates the status change: its step cannot be undone whole.
    const restored = page(before, store);
    expect(restored.undo.undoStack).toHaveLength(0);
    expect(restored.undo.redoStack).toHaveLength(0);
    expect(statusOf(restored.doc, id)).toBe('proposed');
  });

  it('needs the deleted content kept through the load: without the gcFilter the stack is dropped, never half-undone', () => {
    const store = memoryStore();
    const first = page(null, store);
    const id = addAction(first.doc, { title: 'Draft MOU' });
    first.undo.stopCapturing();
    editActionTitle(first.doc, id, 'Sign the MOU'); // deletes characters: undoing brings them back
    const memory = readUndoMemory(store);
    const doc = createWorkspaceDoc(); // loaded the plain way: the replaced characters are garbage-collected
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(first.doc));
    const undo = createUndoManager(doc);
    keepUndoAcrossReloads(doc, undo, store, memory);
    expect(undo.undoStack).toHaveLength(0);
    expect(titleOf(doc, id)).toBe('Sign the MOU');
    // The same load with the filter keeps them, and the step undoes whole.
    const kept = page(Y.encodeStateAsUpdate(first.doc), store);
    kept.undo.undo();
    expect(titleOf(kept.doc, id)).toBe('Draft MOU');
  });

  it('ignores what it cannot read, and starts empty', () => {
    for (const stored of ['not json', '{"v":2,"undo":[],"redo":[]}', '{"v":1,"undo":[{"insertions":[[1,[[0,0]]]],"deletions":[]}],"redo":[]}', '{"v":1,"undo":[{"insertions":[[-1,[[0,1]]]],"deletions":[]}],"redo":[]}', 'null']) {
      const store = memoryStore();
      store.value = stored;
      const opened = page(null, store);
      expect(opened.undo.undoStack).toHaveLength(0);
    }
    const refusing: UndoStore = { load: () => { throw new Error('storage disabled'); }, save: () => { throw new Error('full'); } };
    const opened = page(null, refusing);
    addAction(opened.doc, { title: 'Still undoable in this page' });
    expect(opened.undo.undoStack).toHaveLength(1);
  });

  it(`keeps the newest ${KEPT_UNDO_STEPS} steps`, () => {
    const store = memoryStore();
    const first = page(null, store);
    const id = addAction(first.doc, { title: 'Often retitled' });
    for (let i = 0; i < KEPT_UNDO_STEPS + 20; i++) {
      first.undo.stopCapturing();
      editActionTitle(first.doc, id, `Title ${i}`);
    }
    const second = first.reload();
    expect(second.undo.undoStack).toHaveLength(KEPT_UNDO_STEPS);
    second.undo.undo();
    expect(titleOf(second.doc, id)).toBe(`Title ${KEPT_UNDO_STEPS + 18}`);
  });
});

describe('a store that knows when the page goes', () => {
  /** sessionStorage with a pagehide hook: `goes()` is the page going. */
  function pageStore() {
    const plain = memoryStore();
    let hooked: (() => void) | null = null;
    const store: UndoStore = {
      ...plain,
      load: plain.load,
      save: (value) => plain.save(value),
      whenPageGoes: (save) => {
        hooked = save;
        return () => {
          hooked = null;
        };
      },
    };
    return { store, plain, goes: () => hooked?.(), hooked: () => hooked !== null };
  }

  it('writes nothing while typing, and the whole stack when the page goes', () => {
    const { store, plain, goes } = pageStore();
    const first = page(null, store);
    const id = addAction(first.doc, { title: 'Draft MOU' });
    first.undo.stopCapturing();
    editActionTitle(first.doc, id, 'Draft the MOU');
    editActionTitle(first.doc, id, 'Draft the research MOU');
    expect(plain.value).toBeNull();
    goes();
    const second = page(Y.encodeStateAsUpdate(first.doc), store);
    expect(second.undo.undoStack).toHaveLength(2);
    undoOwnChange(second.doc, second.undo);
    expect(titleOf(second.doc, id)).toBe('Draft MOU');
  });

  it('saves once more and unhooks on close (a reopen in the same page reads it)', () => {
    const { store, plain, hooked } = pageStore();
    const first = page(null, store);
    addAction(first.doc, { title: 'Kept through a reopen' });
    expect(hooked()).toBe(true);
    first.stop();
    expect(hooked()).toBe(false);
    expect(plain.value).not.toBeNull();
    expect(page(Y.encodeStateAsUpdate(first.doc), store).undo.undoStack).toHaveLength(1);
  });
});
