import { useMemo } from 'react';
import { actionMeetings } from '../../../../shared/workspace/meetings/action-meetings';
import { describeChange } from '../../../../shared/workspace/meetings/plan-changes';
import { useTandemStore } from '../../state/store';
import { meetingWhen } from './meeting-format';
import { usePlanNames } from './plan-names';
import './action-meetings.css';

/**
 * The action's meetings: where it is on the agenda and the decisions that created or changed it,
 * each with a link that opens the meeting (and closes the action's panel, which sits over it).
 */
export function ActionMeetings({ actionId }: { readonly actionId: string }) {
  const meetingsView = useTandemStore((state) => state.meetings);
  const createdBy = useTandemStore((state) => state.actions.find((action) => action.id === actionId)?.decision ?? null);
  const names = usePlanNames();
  const entries = useMemo(() => actionMeetings(meetingsView, actionId, createdBy), [meetingsView, actionId, createdBy]);
  const goTo = (meetingId: string) => {
    const state = useTandemStore.getState();
    state.closeDetail();
    state.openMeeting(meetingId);
    state.setView('meetings');
  };
  return (
    <section className="action-meetings" aria-labelledby={`action-meetings-${actionId}`} data-testid="action-meetings">
      <h3 id={`action-meetings-${actionId}`}>Meetings <span className="count">{entries.length}</span></h3>
      {entries.length === 0 ? <p className="empty">Not on any meeting’s agenda, and no decision has changed it.</p> : (
        <ul>
          {entries.map(({ meeting, agendaItems, decisions }) => (
            <li key={meeting.id}>
              <button type="button" className="link" onClick={() => goTo(meeting.id)}><bdi>{meeting.title}</bdi></button>
              <span className="muted"> · {meetingWhen(meeting)}</span>
              {agendaItems.length > 0 && <p className="action-meetings-agenda">On the agenda: {agendaItems.map((title, index) => <span key={index}>{index > 0 && '; '}<bdi>{title}</bdi></span>)}</p>}
              {decisions.map((decision) => (
                <p key={decision.id} className="action-meetings-decision">
                  <strong>{decision.number}</strong> <bdi>{decision.text}</bdi>
                  <span className="muted"> — {decision.created ? 'created this action' : decision.changes.map((change) => describeChange(change, names.actionTitle, names.institutionName)).join('; ')}{decision.applied ? '' : ' (not yet applied)'}</span>
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
