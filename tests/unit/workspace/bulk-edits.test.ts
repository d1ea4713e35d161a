import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deriveBoard } from '../../../shared/plan/board-view';
import { deriveActions, type ActionView } from '../../../shared/workspace/action-view';
import { OperationError, addAction } from '../../../shared/workspace/actions';
import { setActionDeleted } from '../../../shared/workspace/action-edits';
import { bulkEditActions, EMPTY_SELECTION } from '../../../shared/workspace/bulk-edits';
import { addPerson, setLead } from '../../../shared/workspace/owners';
import { createUndoManager, isolateStep } from '../../../shared/workspace/undo';
import { seededDoc } from '../owners/seeded-matrix';

const US = 'us-caisi';
const ISRAEL = 'il-incd';
const AT = new Date('2026-03-01T10:00:00Z');

function withActions(count: number) {
  const doc = seededDoc();
  const undo = createUndoManager(doc);
  const ids = Array.from({ length: count }, (_, i) => isolateStep(undo, () => addAction(doc, { title: `Bulk ${i}` }, AT)));
  undo.stopCapturing();
  return { doc, undo, ids };
}

const viewOf = (doc: Y.Doc, id: string): ActionView => deriveActions(doc).find((action) => action.id === id)!;

/** Expects `edit` refused with `message` and the document unchanged to the byte, with no update sent. */
function expectRefused(doc: Y.Doc, edit: () => void, message: string | RegExp): void {
  const before = Y.encodeStateAsUpdate(doc);
  const updates: Uint8Array[] = [];
  const keep = (update: Uint8Array) => updates.push(update);
  doc.on('update', keep);
  try {
    expect(edit).toThrow(OperationError);
    expect(edit).toThrow(message);
  } finally {
    doc.off('update', keep);
  }
  expect(updates).toEqual([]);
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
}

describe('bulkEditActions', () => {
  it('sets one status on every selected action in one transaction, and one undo takes all of it back', () => {
    const { doc, undo, ids } = withActions(4);
    const transactions: number[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => { if (transaction.changed.size > 0) transactions.push(1); });
    isolateStep(undo, () => bulkEditActions(doc, ids.slice(0, 3), { field: 'status', status: 'agreed' }, AT));
    expect(transactions).toHaveLength(1);
    expect(ids.map((id) => viewOf(doc, id).status)).toEqual(['agreed', 'agreed', 'agreed', 'proposed']);
    undo.undo();
    expect(ids.map((id) => viewOf(doc, id).status)).toEqual(['proposed', 'proposed', 'proposed', 'proposed']);
    // The step before (the last creation) is still there: the bulk edit was exactly one step.
    expect(deriveActions(doc).filter((action) => action.title.startsWith('Bulk ')).length).toBe(4);
    undo.redo();
    expect(ids.map((id) => viewOf(doc, id).status)).toEqual(['agreed', 'agreed', 'agreed', 'proposed']);
  });

  it('moves the selected actions to the end of a tier in the order given, each with its own place', () => {
    const { doc, undo, ids } = withActions(3);
    const before = deriveBoard(deriveActions(doc)).lanes.find((lane) => lane.tier === 'appropriations')!.actions.map((a) => a.id);
    isolateStep(undo, () => bulkEditActions(doc, [ids[2]!, ids[0]!, ids[1]!], { field: 'tier', tier: 'appropriations' }, AT));
    const lane = deriveBoard(deriveActions(doc)).lanes.find((entry) => entry.tier === 'appropriations')!.actions.map((a) => a.id);
    expect(lane).toEqual([...before, ids[2], ids[0], ids[1]]);
    expect(new Set(lane.map((id) => viewOf(doc, id).order)).size).toBe(lane.length);
    undo.undo();
    expect(ids.map((id) => viewOf(doc, id).tier)).toEqual([null, null, null]);
  });

  it('sets a lead on each side, keeps a person named at the same institution, and clears', () => {
    const { doc, ids } = withActions(2);
    const person = addPerson(doc, { name: 'Noa Cohen', institution: ISRAEL });
    setLead(doc, { kind: 'action', id: ids[0]! }, 'israel', ISRAEL, person, AT);
    bulkEditActions(doc, ids, { field: 'lead', side: 'israel', institution: ISRAEL }, AT);
    expect(ids.map((id) => [viewOf(doc, id).israelLead, viewOf(doc, id).israelLeadPerson])).toEqual([[ISRAEL, person], [ISRAEL, null]]);
    bulkEditActions(doc, ids, { field: 'lead', side: 'us', institution: US }, AT);
    expect(ids.map((id) => viewOf(doc, id).usLead)).toEqual([US, US]);
    bulkEditActions(doc, ids, { field: 'lead', side: 'us', institution: null }, AT);
    expect(ids.map((id) => viewOf(doc, id).usLead)).toEqual([null, null]);
  });

  it('is refused as a whole when any part is invalid, and writes nothing', () => {
    const { doc, ids } = withActions(3);
    expectRefused(doc, () => bulkEditActions(doc, [...ids, 'no-such-action'], { field: 'status', status: 'done' }, AT), /No action with id no-such-action/);
    expectRefused(doc, () => bulkEditActions(doc, ids, { field: 'lead', side: 'us', institution: ISRAEL }, AT), /is not a U.S. institution/);
    expectRefused(doc, () => bulkEditActions(doc, ids, { field: 'status', status: 'finished' as never }, AT), /Unknown status/);
    expectRefused(doc, () => bulkEditActions(doc, ids, { field: 'tier', tier: 'someday' as never }, AT), /Unknown tier/);
    expectRefused(doc, () => bulkEditActions(doc, [], { field: 'status', status: 'done' }, AT), EMPTY_SELECTION);
    setActionDeleted(doc, ids[1]!, true, AT);
    expectRefused(doc, () => bulkEditActions(doc, ids, { field: 'tier', tier: 'appropriations' }, AT), /deleted action is selected/);
    expect(ids.map((id) => viewOf(doc, id).status)).toEqual(['proposed', 'proposed', 'proposed']);
  });

  it('counts an action selected twice once, and leaves actions already set as they are', () => {
    const { doc, ids } = withActions(2);
    bulkEditActions(doc, [ids[0]!], { field: 'tier', tier: 'existing-authority' }, AT);
    const kept = viewOf(doc, ids[0]!).order;
    bulkEditActions(doc, [ids[0]!, ids[1]!, ids[1]!], { field: 'tier', tier: 'existing-authority' }, AT);
    expect(viewOf(doc, ids[0]!).order).toBe(kept);
    const lane = deriveBoard(deriveActions(doc)).lanes.find((entry) => entry.tier === 'existing-authority')!.actions.map((a) => a.id);
    expect(lane.filter((id) => ids.includes(id))).toEqual([ids[0], ids[1]]);
  });
});
