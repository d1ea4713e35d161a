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
