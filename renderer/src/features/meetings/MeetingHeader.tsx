import { useRef, useState } from 'react';
import { MEETING_STATUSES, PLACES, type MeetingStatus, type Place } from '../../../../shared/workspace/meetings/meeting-schema';
import type { MeetingView } from '../../../../shared/workspace/meetings/meeting-view';
import { COMMON_TIME_ZONES } from '../../../../shared/workspace/meetings/wall-time';
import { useCommands } from '../../ui/runtime-context';
import { localWhen, meetingWhen, zoneWords } from './meeting-format';
import { placeWords, statusWords } from './meeting-words';
import { DateField } from '../../ui/DateField';
import { TimeField } from '../../ui/TimeField';
import { typedSegments } from '../../ui/typed-field';
import { useLanguage, useT } from '../../ui/i18n/I18nProvider';

/** Title, start, place and status (each field writes when it is left or chosen), and the record's export. */
export function MeetingHeader({ meeting, readOnly, onExportRecord }: { readonly meeting: MeetingView; readonly readOnly: boolean; readonly onExportRecord: () => void }) {
  const commands = useCommands();
  const t = useT();
  // English keeps the day-month order the meeting record prints; Hebrew follows its locale.
  const { language, locale: languageLocale } = useLanguage();
  const locale = language === 'en' ? undefined : languageLocale;
  const [problem, setProblem] = useState<string | null>(null);
  const typedDay = useRef<string | null>(null);
  const [day, time] = meeting.startsAt.split('T');
  const zones = COMMON_TIME_ZONES.includes(meeting.timeZone as never) ? COMMON_TIME_ZONES : [...COMMON_TIME_ZONES, meeting.timeZone];
  const setStart = (nextDay: string, nextTime: string, zone: string) => {
    if (nextDay && nextTime) commands.setMeetingStart(meeting.id, `${nextDay}T${nextTime}`, zone, setProblem);
  };
  const here = localWhen(meeting, locale);
  return (
    <header className="meeting-header">
      <div className="meeting-title-row">
        <input
          id="meeting-title" className="meeting-title" aria-label={t('meetings.header.title')} defaultValue={meeting.title} key={meeting.title} readOnly={readOnly} dir="auto"
          onBlur={(event) => { if (event.target.value !== meeting.title && !commands.setMeetingTitle(meeting.id, event.target.value, setProblem)) event.target.value = meeting.title; }}
          onKeyDown={(event) => { if (event.key === 'Enter') event.currentTarget.blur(); }}
        />
        <select className={`status-select status-${meeting.status ?? 'unknown'}`} aria-label={t('meetings.header.status')} value={meeting.status ?? ''} disabled={readOnly}
          onChange={(event) => commands.setMeetingStatus(meeting.id, event.target.value as MeetingStatus)}>
          {meeting.status === null && <option value="">{t('meetings.status.unknown')}</option>}
          {MEETING_STATUSES.map((status) => <option key={status} value={status}>{statusWords(t, status)}</option>)}
        </select>
        {/* Observers may export too: a record changes nothing. */}
        <button type="button" className="secondary" onClick={onExportRecord}>{t('meetings.header.export')}</button>
      </div>
      <p className="meeting-when">{meetingWhen(meeting, locale, t)}{here && <span className="muted"> · {t('meetings.header.here', { when: here })}</span>}</p>
      {!readOnly && (
        <div className="meeting-fields">
          {/* The day is written when focus leaves the field, as the other fields are (not at each segment typed). */}
          <span className="meeting-day" onBlur={(event) => {
            if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
            // Only a whole day is written: a day typed whole, then half cleared, is not (the field says why).
            const { typed, total } = typedSegments(event.currentTarget);
            if (typed < total) return;
            if (typedDay.current && typedDay.current !== day) setStart(typedDay.current, time ?? '', meeting.timeZone);
          }}>
            <DateField label={t('meetings.field.day')} value={day || null} className="field" onProblem={setProblem} onChange={(iso) => { typedDay.current = iso; }} />
          </span>
          {/* The time is written when focus leaves it, as the day is. */}
          <TimeField label={t('meetings.field.start')} value={time ?? null} className="field" onChange={() => undefined}
            onLeave={(hhmm) => { if (hhmm && hhmm !== time) setStart(day ?? '', hhmm, meeting.timeZone); }} />
          <label className="field">{t('meetings.field.zone')}
            <select aria-label={t('meetings.field.zone')} value={meeting.timeZone} onChange={(event) => setStart(day ?? '', time ?? '', event.target.value)}>
              {zones.map((zone) => <option key={zone} value={zone}>{zoneWords(zone, t)}</option>)}
            </select>
          </label>
          <label className="field">{t('meetings.field.place')}
            <select aria-label={t('meetings.field.place')} value={meeting.place ?? ''} onChange={(event) => commands.setMeetingPlace(meeting.id, event.target.value as Place, meeting.placeOther ?? '', setProblem)}>
              {PLACES.map((place) => <option key={place} value={place}>{placeWords(t, place)}</option>)}
            </select>
          </label>
          {meeting.place === 'other' && (
            <label className="field">{t('meetings.field.where')}<input aria-label={t('meetings.field.where')} defaultValue={meeting.placeOther ?? ''} key={meeting.placeOther} onBlur={(event) => commands.setMeetingPlace(meeting.id, 'other', event.target.value, setProblem)} /></label>
          )}
        </div>
      )}
      <p className="field-error" role="alert">{problem}</p>
    </header>
  );
}
