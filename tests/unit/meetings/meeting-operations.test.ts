import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OperationError } from '../../../shared/workspace/actions';
import { addAgendaItem, editAgendaItem, moveAgendaItem } from '../../../shared/workspace/meetings/agenda';
import { addDecision } from '../../../shared/workspace/meetings/decisions';
import { addAttendee, addMeeting, setMeetingChair, setMeetingPlace, setMeetingStart } from '../../../shared/workspace/meetings/meetings';
import { deriveMeetings } from '../../../shared/workspace/meetings/meeting-view';
import { instantOf } from '../../../shared/workspace/meetings/wall-time';
import { addPerson } from '../../../shared/workspace/owners';
import { AVI, laptop, stateOf } from '../bundle/laptops';
import { ISRAEL, MEETING_INPUT, NOW } from './meeting-fixtures';

function expectRefused(doc: Y.Doc, edit: () => unknown, message: RegExp): void {
  const before = stateOf(doc);
  expect(edit).toThrow(OperationError);
  expect(edit).toThrow(message);
  expect(stateOf(doc)).toBe(before);
}

describe('meeting operations refuse bad input with a message, changing nothing', () => {
  it('names what is wrong', () => {
    const { doc } = laptop(AVI);
    const meeting = addMeeting(doc, MEETING_INPUT, NOW);
    expectRefused(doc, () => addMeeting(doc, { ...MEETING_INPUT, title: '   ' }, NOW), /Title cannot be empty/);
    expectRefused(doc, () => addMeeting(doc, { ...MEETING_INPUT, title: 'x'.repeat(301) }, NOW), /A title can have at most 300 characters; this one has 301/);
    expectRefused(doc, () => addMeeting(doc, { ...MEETING_INPUT, startsAt: '2026-02-30T10:00' }, NOW), /2026-02-30 is not a day in the calendar/);
    expectRefused(doc, () => setMeetingStart(doc, meeting, '2026-07-14T25:00', 'Asia/Jerusalem', NOW), /not a time of day/);
    expectRefused(doc, () => setMeetingStart(doc, meeting, '2026-07-14T10:00', 'Jerusalem', NOW), /“Jerusalem” is not a known time zone/);
    expectRefused(doc, () => setMeetingPlace(doc, meeting, 'other', '', NOW), /Place cannot be empty/);
    expectRefused(doc, () => setMeetingChair(doc, meeting, 'us', { kind: 'guest', side: 'israel', name: 'Dr. Levi' }, NOW), /A chair sits with the side they chair/);
    expectRefused(doc, () => addAttendee(doc, meeting, { kind: 'person', side: 'us', person: 'nobody' }, NOW), /There is no person nobody in the directory/);
    expectRefused(doc, () => addAgendaItem(doc, meeting, { title: 'x', minutesAllotted: 0 }, NOW), /Time allotted must be a whole number of minutes from 1 to 600/);
    expectRefused(doc, () => addDecision(doc, meeting, 'x', [{ op: 'set-status', action: 'a', status: 'finished' } as never], NOW), /The decision's plan changes: change 0: status: the text "finished" is not one of proposed/);
    expectRefused(doc, () => addAgendaItem(doc, 'no-meeting', { title: 'x' }, NOW), /There is no meeting no-meeting/);
    const item = addAgendaItem(doc, meeting, { title: 'Item' }, NOW);
    expectRefused(doc, () => moveAgendaItem(doc, item, -1, NOW), /Position -1 is not a place on the agenda/);
    expectRefused(doc, () => editAgendaItem(doc, item, { title: '' }, NOW), /Title cannot be empty/);
  });

  it('takes a directory person only on their own delegation’s side, once', () => {
    const { doc } = laptop(AVI);
    const meeting = addMeeting(doc, MEETING_INPUT, NOW);
    const person = addPerson(doc, { name: 'Noa Peled', institution: ISRAEL });
    expectRefused(doc, () => addAttendee(doc, meeting, { kind: 'person', side: 'us', person }, NOW), /Noa Peled is not in the U.S. delegation/);
    const first = addAttendee(doc, meeting, { kind: 'person', side: 'israel', person }, NOW);
    const second = addAttendee(doc, meeting, { kind: 'person', side: 'israel', person }, NOW);
    expect(second).toBe(first);
    expect(deriveMeetings(doc)[0]!.attendees).toHaveLength(1);
  });
});

describe('wall time in a time zone', () => {
  it('gives the instant of a local start, across both delegations’ zones and a clock change', () => {
    expect(new Date(instantOf('2026-07-14T10:00', 'Asia/Jerusalem')!).toISOString()).toBe('2026-07-14T07:00:00.000Z');
    expect(new Date(instantOf('2026-07-14T10:00', 'America/New_York')!).toISOString()).toBe('2026-07-14T14:00:00.000Z');
    expect(new Date(instantOf('2026-01-14T10:00', 'America/New_York')!).toISOString()).toBe('2026-01-14T15:00:00.000Z');
    expect(new Date(instantOf('2026-03-08T12:00', 'America/New_York')!).toISOString()).toBe('2026-03-08T16:00:00.000Z');
    expect(instantOf('2026-07-14T10:00', 'Nowhere/Else')).toBeNull();
  });
});
