import { useMemo } from 'react';
import { describeIdentity } from '../../../../shared/identity/identity';
import { buildMeetingRecord, type MeetingRecord, type MeetingRecordInput } from '../../../../shared/records/meeting-record';
import type { MeetingView } from '../../../../shared/workspace/meetings/meeting-view';
import { useTandemStore, type TandemState } from '../../state/store';
import { todayIso } from '../../state/today';
import { useRuntime } from '../../ui/runtime-context';

type Source = Pick<TandemState, 'meetings' | 'actions' | 'institutions' | 'people' | 'eventDates' | 'compact' | 'identity'>;

/** The meeting's record from the store's views and the document's minutes, as they are at `now`. */
export function meetingRecordOf(doc: MeetingRecordInput['doc'], state: Source, meeting: MeetingView, now: Date): MeetingRecord {
  const titles = new Map(state.actions.map((action) => [action.id, action.title]));
  const initiatives = new Map(state.compact?.recommendations.map((rec) => [rec.code, `${rec.code} ${rec.title}`]) ?? []);
  const subjects = new Map(state.compact?.discrepancies.map((entry) => [entry.id, entry.subject]) ?? []);
  const events = new Map(state.compact?.events.map((event) => [event.id, event.name]) ?? []);
  return buildMeetingRecord({
    doc,
    meeting,
    agenda: state.meetings.agenda.get(meeting.id) ?? [],
    decisions: state.meetings.decisions.get(meeting.id) ?? [],
    actions: state.actions,
    institutions: state.institutions,
    people: state.people,
    linkLabel: (kind, id) => (kind === 'action' ? titles.get(id) : kind === 'initiative' ? initiatives.get(id) : subjects.get(id)) ?? `${id} (not found)`,
    eventDates: state.eventDates.dates,
    eventName: (id) => events.get(id) ?? id,
    generatedAt: now,
    today: todayIso(now),
    preparedBy: state.identity ? describeIdentity(state.identity) : null,
  });
}

/**
 * The record kept current while it is open: a colleague's decision or attendance shows at once.
 * The minutes are read when the record view opens (`openedAt`); typing goes on in the meeting page.
 */
export function useMeetingRecord(meeting: MeetingView, openedAt: Date): MeetingRecord {
  const { session } = useRuntime();
  const meetings = useTandemStore((state) => state.meetings);
  const actions = useTandemStore((state) => state.actions);
  const institutions = useTandemStore((state) => state.institutions);
  const people = useTandemStore((state) => state.people);
  const eventDates = useTandemStore((state) => state.eventDates);
  const compact = useTandemStore((state) => state.compact);
  const identity = useTandemStore((state) => state.identity);
  return useMemo(
    () => meetingRecordOf(session.doc, { meetings, actions, institutions, people, eventDates, compact, identity }, meeting, openedAt),
    [session.doc, meetings, actions, institutions, people, eventDates, compact, identity, meeting, openedAt],
  );
}
