import { useMemo, useState } from 'react';
import type { MeetingView } from '../../../../shared/workspace/meetings/meeting-view';
import { useTandemStore } from '../../state/store';
import { useReadOnly } from '../../state/use-plan';
import { useToday } from './use-today';
import { MeetingPage } from './MeetingPage';
import { NewMeetingForm } from './NewMeetingForm';
import { meetingWhen } from './meeting-format';
import { meetingPlaceWords, statusWords } from './meeting-words';
import { useLanguage, useT } from '../../ui/i18n/I18nProvider';
import './meetings.css';

/**
 * Working sessions: the list (upcoming first, then past, newest first) beside the open meeting's
 * page. A meeting is "past" once its start is more than a day ago or its minutes are out.
 */
export function MeetingsScreen() {
  const { meetings } = useTandemStore((state) => state.meetings);
  const openId = useTandemStore((state) => state.openMeetingId);
  const openMeeting = useTandemStore((state) => state.openMeeting);
  const readOnly = useReadOnly();
  const t = useT();
  const [creating, setCreating] = useState(false);
  const now = useToday();
  const { upcoming, past } = useMemo(() => {
    const live = meetings.filter((meeting) => !meeting.deleted);
    const isPast = (meeting: MeetingView) => meeting.status === 'minutes-circulated' || (meeting.instant !== null && meeting.instant < now - 86_400_000);
    return { upcoming: live.filter((meeting) => !isPast(meeting)), past: live.filter(isPast).reverse() };
  }, [meetings, now]);
  const open = meetings.find((meeting) => meeting.id === openId && !meeting.deleted) ?? null;
  return (
    <div className="meetings-screen">
      <aside className="meetings-list" aria-label={t('meetings.list.label')}>
        <div className="meetings-list-head">
          <h2>{t('meetings.list.title')}</h2>
          {!readOnly && <button type="button" onClick={() => setCreating(true)}>{t('meetings.list.new')}</button>}
        </div>
        <MeetingGroup title={t('meetings.list.upcoming')} meetings={upcoming} openId={open?.id ?? null} onOpen={(id) => { setCreating(false); openMeeting(id); }} />
        <MeetingGroup title={t('meetings.list.past')} meetings={past} openId={open?.id ?? null} onOpen={(id) => { setCreating(false); openMeeting(id); }} />
      </aside>
      <section className="meeting-pane">
        {creating ? (
          <NewMeetingForm onCancel={() => setCreating(false)} onCreated={(id) => { setCreating(false); openMeeting(id); }} />
        ) : open ? (
          <MeetingPage key={open.id} meeting={open} />
        ) : (
          <div className="meeting-empty">
            <h2>{t('meetings.empty.title')}</h2>
            <p>{t(readOnly ? 'meetings.empty.bodyReadOnly' : 'meetings.empty.body')}</p>
          </div>
        )}
      </section>
    </div>
  );
}

function MeetingGroup({ title, meetings, openId, onOpen }: {
  readonly title: string; readonly meetings: readonly MeetingView[]; readonly openId: string | null; readonly onOpen: (id: string) => void;
}) {
  const t = useT();
  // English keeps the day-month order the meeting record prints; Hebrew follows its locale.
  const { language, locale: languageLocale } = useLanguage();
  const locale = language === 'en' ? undefined : languageLocale;
  return (
    <div className="meeting-group">
      <h3>{title} <span className="count">{meetings.length}</span></h3>
      {meetings.length === 0 ? <p className="empty">{t('meetings.list.none')}</p> : (
        <ul>
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <button type="button" className="meeting-item" aria-current={meeting.id === openId} onClick={() => onOpen(meeting.id)}>
                <span className="meeting-item-title" dir="auto">{meeting.title}</span>
                <span className="meeting-item-meta">{meetingWhen(meeting, locale, t)}</span>
                <span className="meeting-item-meta">
                  <bdi>{meetingPlaceWords(t, meeting)}</bdi>
                  {meeting.status && <span className={`status-chip status-${meeting.status}`}>{statusWords(t, meeting.status)}</span>}
                  {meeting.problems.length > 0 && <span className="status-chip invalid">{t('meetings.list.invalid')}</span>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
