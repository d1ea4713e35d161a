import { describe, expect, it } from 'vitest';
import { deriveActions } from '../../../shared/workspace/action-view';
import { actionMeetings } from '../../../shared/workspace/meetings/action-meetings';
import { addAgendaItem, setAgendaLink } from '../../../shared/workspace/meetings/agenda';
import { applyDecision } from '../../../shared/workspace/meetings/apply-decision';
import { addDecision } from '../../../shared/workspace/meetings/decisions';
import { addMeeting, setMeetingDeleted } from '../../../shared/workspace/meetings/meetings';
import { deriveMeetingsView } from '../../../shared/workspace/meetings/meeting-view';
import { DRAFT, MEETING_INPUT, NOW, twoLaptopsWithMeeting } from './meeting-fixtures';

describe("an action's meetings", () => {
  it('lists the meetings whose agenda links the action and the decisions that created or change it, and nothing else', () => {
    const { avi, meeting } = twoLaptopsWithMeeting();
    const other = avi.edit((doc) => addMeeting(doc, { ...MEETING_INPUT, title: 'Working session 4', startsAt: '2026-07-20T10:00' }, NOW));
    const unrelated = avi.edit((doc) => addMeeting(doc, { ...MEETING_INPUT, title: 'Working session 5', startsAt: '2026-07-25T10:00' }, NOW));
    avi.edit((doc) => {
      const item = addAgendaItem(doc, meeting, { title: 'The first call' }, NOW);
      setAgendaLink(doc, item, 'action', DRAFT, true, NOW);
      addAgendaItem(doc, meeting, { title: 'Something else' }, NOW);
      addDecision(doc, meeting, 'Unrelated decision.', [{ op: 'set-status', action: 'plan-another', status: 'agreed' }], NOW);
      addDecision(doc, other, 'The first call is agreed.', [{ op: 'set-status', action: DRAFT, status: 'agreed' }, { op: 'create-action', title: 'A follow-up' }], NOW);
      addAgendaItem(doc, unrelated, { title: 'Not linked' }, NOW);
    });
    const view = deriveMeetingsView(avi.doc);
    const entries = actionMeetings(view, DRAFT, null);
    expect(entries.map((entry) => [entry.meeting.title, entry.agendaItems, entry.decisions.map((d) => [d.number, d.text, d.changes.length, d.created, d.applied])])).toEqual([
      ['Working session 3', ['The first call'], []],
      ['Working session 4', [], [['D1', 'The first call is agreed.', 1, false, false]]],
    ]);

    // The action a decision creates names its creator; a deleted meeting is left out.
    const decision = view.decisions.get(other)![0]!.id;
    const created = applyDecision(avi.doc, decision, NOW).created[0]!;
    const follow = deriveActions(avi.doc).find((action) => action.id === created)!;
    expect(actionMeetings(deriveMeetingsView(avi.doc), created, follow.decision).map((entry) => [entry.meeting.title, entry.decisions.map((d) => [d.created, d.applied, d.changes.map((c) => c.op)])])).toEqual([
      ['Working session 4', [[true, true, ['create-action']]]],
    ]);
    avi.edit((doc) => setMeetingDeleted(doc, other, true, NOW));
    expect(actionMeetings(deriveMeetingsView(avi.doc), DRAFT, null).map((entry) => entry.meeting.title)).toEqual(['Working session 3']);
  });
});
