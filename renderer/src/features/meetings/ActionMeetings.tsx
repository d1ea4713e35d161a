import { useMemo } from 'react';
import { actionMeetings } from '../../../../shared/workspace/meetings/action-meetings';
import { isolate } from '../../../../shared/text/bidi';
import { useTandemStore } from '../../state/store';
import { meetingWhen } from './meeting-format';
import { useLanguage, useT } from '../../ui/i18n/I18nProvider';
import { IsolatedText } from '../../ui/IsolatedText';
import { usePlanChangeWords } from './change-words';
import './action-meetings.css';

/**
 * The action's meetings: where it is on the agenda and the decisions that created or changed it,
 * each with a link that opens the meeting (and closes the action's panel, which sits over it).
 */
export function ActionMeetings({ actionId }: { readonly actionId: string }) {
  const meetingsView = useTandemStore((state) => state.meetings);
  const createdBy = useTandemStore((state) => state.actions.find((action) => action.id === actionId)?.decision ?? null);
  const t = useT();
  const { locale } = useLanguage();
  const changeWords = usePlanChangeWords();
  const list = (items: readonly string[]) => new Intl.ListFormat(locale, { type: 'unit' }).format(items);
  const entries = useMemo(() => actionMeetings(meetingsView, actionId, createdBy), [meetingsView, actionId, createdBy]);
  const goTo = (meetingId: string) => {
    const state = useTandemStore.getState();
    state.closeDetail();
    state.openMeeting(meetingId);
    state.setView('meetings');
  };
  const decisionEffect = (decision: (typeof entries)[number]['decisions'][number]): string => {
    const effect = decision.created ? t('meetings.actionMeetings.created') : list(decision.changes.map(changeWords));
    return decision.applied ? effect : t('meetings.actionMeetings.notApplied', { changes: effect });
  };
  return (
    <section className="action-meetings" aria-labelledby={`action-meetings-${actionId}`} data-testid="action-meetings">
      <h3 id={`action-meetings-${actionId}`}>{t('meetings.actionMeetings.heading')} <span className="count">{entries.length}</span></h3>
      {entries.length === 0 ? <p className="empty">{t('meetings.actionMeetings.empty')}</p> : (
        <ul>
          {entries.map(({ meeting, agendaItems, decisions }) => (
            <li key={meeting.id}>
              <button type="button" className="link" onClick={() => goTo(meeting.id)}><bdi>{meeting.title}</bdi></button>
              <span className="muted"> · {meetingWhen(meeting, locale, t)}</span>
              {agendaItems.length > 0 && <p className="action-meetings-agenda"><IsolatedText text={t('meetings.actionMeetings.agenda', { items: list(agendaItems.map(isolate)) })} /></p>}
              {decisions.map((decision) => (
                <p key={decision.id} className="action-meetings-decision">
                  <strong>{decision.number}</strong> <bdi>{decision.text}</bdi>
                  <span className="muted"> — <IsolatedText text={decisionEffect(decision)} /></span>
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
