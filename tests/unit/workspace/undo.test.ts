import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { deriveActions } from '../../../shared/workspace/action-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { createUndoManager } from '../../../shared/workspace/undo';

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('undo and redo', () => {
  it('take back and restore one’s own edits', () => {
    const doc = createWorkspaceDoc();
    const undo = createUndoManager(doc);
    const id = addAction(doc, { title: 'Draft MOU' });
    undo.stopCapturing();
    setActionStatus(doc, id, 'agreed');
    undo.undo();
    expect(deriveActions(doc)[0]!.status).toBe('proposed');
    undo.redo();
    expect(deriveActions(doc)[0]!.status).toBe('agreed');
    undo.undo();
    undo.undo();
    expect(deriveActions(doc)).toHaveLength(0);
  });

  it('never undo a peer’s change', () => {
    const mine = createWorkspaceDoc();
    const theirs = createWorkspaceDoc();
    const undo = createUndoManager(mine);
    const id = addAction(mine, { title: 'Shared action' });
    sync(mine, theirs);
    undo.stopCapturing();
    editActionTitle(mine, id, 'Shared action, mine');
    undo.stopCapturing();
    setActionStatus(theirs, id, 'blocked');
    sync(mine, theirs);
    undo.undo();
    expect(deriveActions(mine)[0]).toMatchObject({ title: 'Shared action', status: 'blocked' });
    expect(undo.undoStack.length).toBe(1);
  });
});

describe('undoing a creation', () => {
  it('moves the action to Deleted actions with what a colleague added, never erasing it', async () => {
    const { setActionDeleted, editActionDescription } = await import('../../../shared/workspace/action-edits');
    const { addDependency } = await import('../../../shared/workspace/dependencies');
    const { isolateStep, undoOwnChange } = await import('../../../shared/workspace/undo');
    const mine = createWorkspaceDoc();
    const theirs = createWorkspaceDoc();
    const undo = createUndoManager(mine);
    const id = isolateStep(undo, () => addAction(mine, { title: 'Created here' }));
    sync(mine, theirs);
    editActionDescription(theirs, id, 'Their notes');
    setActionStatus(theirs, id, 'agreed');
    const other = addAction(theirs, { title: 'Waits for it' });
    addDependency(theirs, other, id);
    sync(mine, theirs);

    expect(undoOwnChange(mine, undo)).toEqual({ softDeleted: [id], keptEntries: [] });
    sync(mine, theirs);
    for (const doc of [mine, theirs]) {
      const view = deriveActions(doc).find((action) => action.id === id);
      expect(view).toMatchObject({ deleted: true, description: 'Their notes', status: 'agreed', title: 'Created here' });
      expect(deriveActions(doc).find((action) => action.id === other)?.dependsOn).toEqual([id]);
    }
    setActionDeleted(mine, id, false);
    expect(deriveActions(mine).find((action) => action.id === id)?.deleted).toBe(false);
  });

  it('keeps a new directory entry, and undoes ordinary steps as Yjs does', async () => {
    const { addInstitution } = await import('../../../shared/workspace/owners');
    const { isolateStep, undoOwnChange } = await import('../../../shared/workspace/undo');
    const { deriveInstitutions } = await import('../../../shared/workspace/institution-view');
    const doc = createWorkspaceDoc();
    const undo = createUndoManager(doc);
    const id = isolateStep(undo, () => addAction(doc, { title: 'A' }));
    setActionStatus(doc, id, 'agreed');
    const institution = isolateStep(undo, () => addInstitution(doc, { name: 'Knesset Science Committee', side: 'israel', kind: 'committee' }));
    expect(undoOwnChange(doc, undo)).toEqual({ softDeleted: [], keptEntries: [institution] });
    expect(deriveInstitutions(doc).has(institution)).toBe(true);
    expect(undoOwnChange(doc, undo)).toEqual({ softDeleted: [], keptEntries: [] });
    expect(deriveActions(doc)[0]).toMatchObject({ status: 'proposed', deleted: false });
  });
});
