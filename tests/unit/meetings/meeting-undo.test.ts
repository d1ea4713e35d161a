import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgendaItem, editAgendaItem } from '../../../shared/workspace/meetings/agenda';
import { addDecision, editDecision } from '../../../shared/workspace/meetings/decisions';
import { addAttendee, addMeeting, removeAttendee, setMeetingTitle } from '../../../shared/workspace/meetings/meetings';
import { deriveAgenda, deriveDecisions, deriveMeetings, minutesFragment } from '../../../shared/workspace/meetings/meeting-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { createUndoManager, undoOwnChange } from '../../../shared/workspace/undo';
import { MEETING_INPUT, NOW } from './meeting-fixtures';

/** A meeting made before the undo manager starts (as if loaded), so its creation is not a step. */
function setup() {
  const doc = createWorkspaceDoc();
  const meeting = addMeeting(doc, MEETING_INPUT, NOW);
  const undo = createUndoManager(doc);
  const step = <T>(edit: () => T): T => {
    const result = edit();
    undo.stopCapturing();
    return result;
  };
  return { doc, meeting, undo, step };
}

describe('workspace undo covers meeting records', () => {
  it("takes back and restores a meeting's field, attendance, agenda item and decision edits", () => {
    const { doc, meeting, undo, step } = setup();
    const item = step(() => addAgendaItem(doc, meeting, { title: 'Charter' }, NOW));
    const decision = step(() => addDecision(doc, meeting, 'Chartered.', [], NOW));
    step(() => setMeetingTitle(doc, meeting, 'Renamed', NOW));
    const key = step(() => addAttendee(doc, meeting, { kind: 'guest', side: 'us', name: 'Jo' }, NOW));
    step(() => removeAttendee(doc, meeting, key, NOW));
    step(() => editAgendaItem(doc, item, { title: 'Charter, revised' }, NOW));
    step(() => editDecision(doc, decision, { text: 'Chartered for two years.' }, NOW));

    undo.undo();
    expect(deriveDecisions(doc, meeting)[0]?.text).toBe('Chartered.');
    undo.undo();
    expect(deriveAgenda(doc, meeting)[0]?.title).toBe('Charter');
    undo.undo();
    expect(deriveMeetings(doc)[0]?.attendees.map((entry) => entry.key)).toEqual([key]);
    undo.undo();
    expect(deriveMeetings(doc)[0]?.attendees).toEqual([]);
    undo.undo();
    expect(deriveMeetings(doc)[0]?.title).toBe(MEETING_INPUT.title);
    undo.redo();
    expect(deriveMeetings(doc)[0]?.title).toBe('Renamed');
  });

  it('undoing the creation of an agenda item, a decision or a meeting soft-deletes it, keeping the minutes', () => {
    const doc = createWorkspaceDoc();
    const undo = createUndoManager(doc);
    const meeting = addMeeting(doc, MEETING_INPUT, NOW);
    undo.stopCapturing();
    addAgendaItem(doc, meeting, { title: 'Charter' }, NOW);
    undo.stopCapturing();
    addDecision(doc, meeting, 'Chartered.', [], NOW);
    undo.stopCapturing();
    // Minutes typed through the editor's binding (not the workspace's origin): not a workspace step.
    doc.transact(() => minutesFragment(doc, meeting)!.insert(0, [new Y.XmlElement('paragraph')]), 'editor-binding');
    undoOwnChange(doc, undo);
    expect(deriveDecisions(doc, meeting)).toEqual([]);
    undoOwnChange(doc, undo);
    expect(deriveAgenda(doc, meeting)).toEqual([]);
    undoOwnChange(doc, undo);
    const [view] = deriveMeetings(doc);
    expect(view?.deleted).toBe(true);
    expect(minutesFragment(doc, meeting)?.length).toBe(1);
  });

  it("does not take back the minutes' typing", () => {
    const { doc, meeting, undo, step } = setup();
    step(() => setMeetingTitle(doc, meeting, 'Renamed', NOW));
    doc.transact(() => minutesFragment(doc, meeting)!.insert(0, [new Y.XmlElement('paragraph')]), 'editor-binding');
    undo.undo();
    expect(deriveMeetings(doc)[0]?.title).toBe(MEETING_INPUT.title);
    expect(minutesFragment(doc, meeting)?.length).toBe(1);
    expect(undo.undoStack).toHaveLength(0);
  });
});
