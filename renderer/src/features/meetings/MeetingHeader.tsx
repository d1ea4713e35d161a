import { useState } from 'react';
import { MEETING_STATUSES, MEETING_STATUS_LABELS, PLACES, PLACE_LABELS, type MeetingStatus, type Place } from '../../../../shared/workspace/meetings/meeting-schema';
import type { MeetingView } from '../../../../shared/workspace/meetings/meeting-view';
import { COMMON_TIME_ZONES } from '../../../../shared/workspace/meetings/wall-time';
import { useCommands } from '../../ui/runtime-context';
import { localWhen, meetingWhen, zoneLabel } from './meeting-format';

/** Title, start, place and status (each field writes when it is left or chosen), and the record's export. */
export function MeetingHeader({ meeting, readOnly, onExportRecord }: { readonly meeting: MeetingView; readonly readOnly: boolean; readonly onExportRecord: () => void }) {
  const commands = useCommands();
  const [problem, setProblem] = useState<string | null>(null);
  const [day, time] = meeting.startsAt.split('T');
  const zones = COMMON_TIME_ZONES.includes(meeting.timeZone as never) ? COMMON_TIME_ZONES : [...COMMON_TIME_ZONES, meeting.timeZone];
  const setStart = (nextDay: string, nextTime: string, zone: string) => {
    if (nextDay && nextTime) commands.setMeetingStart(meeting.id, `${nextDay}T${nextTime}`, zone, setProblem);
  };
  const here = localWhen(meeting);
  return (
    <header className="meeting-header">
      <div className="meeting-title-row">
        <input
          id="meeting-title" className="meeting-title" aria-label="Meeting title" defaultValue={meeting.title} key={meeting.title} readOnly={readOnly} dir="auto"
          onBlur={(event) => { if (event.target.value !== meeting.title && !commands.setMeetingTitle(meeting.id, event.target.value, setProblem)) event.target.value = meeting.title; }}
          onKeyDown={(event) => { if (event.key === 'Enter') event.currentTarget.blur(); }}
        />
        <select className={`status-select status-${meeting.status ?? 'unknown'}`} aria-label="Status" value={meeting.status ?? ''} disabled={readOnly}
          onChange={(event) => commands.setMeetingStatus(meeting.id, event.target.value as MeetingStatus)}>
          {meeting.status === null && <option value="">Unknown</option>}
          {MEETING_STATUSES.map((status) => <option key={status} value={status}>{MEETING_STATUS_LABELS[status]}</option>)}
        </select>
        {/* Observers may export too: a record changes nothing. */}
        <button type="button" className="secondary" onClick={onExportRecord}>Export record</button>
      </div>
      <p className="meeting-when">{meetingWhen(meeting)}{here && <span className="muted"> · {here}</span>}</p>
      {!readOnly && (
        <div className="meeting-fields">
          <label className="field">Day<input aria-label="Day" type="date" defaultValue={day} key={`d${meeting.startsAt}`} onBlur={(event) => setStart(event.target.value, time ?? '', meeting.timeZone)} /></label>
          <label className="field">Start<input aria-label="Start" type="time" defaultValue={time} key={`t${meeting.startsAt}`} onBlur={(event) => setStart(day ?? '', event.target.value, meeting.timeZone)} /></label>
          <label className="field">Time zone
            <select aria-label="Time zone" value={meeting.timeZone} onChange={(event) => setStart(day ?? '', time ?? '', event.target.value)}>
              {zones.map((zone) => <option key={zone} value={zone}>{zoneLabel(zone)}</option>)}
            </select>
          </label>
          <label className="field">Place
            <select aria-label="Place" value={meeting.place ?? ''} onChange={(event) => commands.setMeetingPlace(meeting.id, event.target.value as Place, meeting.placeOther ?? '', setProblem)}>
              {PLACES.map((place) => <option key={place} value={place}>{PLACE_LABELS[place]}</option>)}
            </select>
          </label>
          {meeting.place === 'other' && (
            <label className="field">Where<input aria-label="Where" defaultValue={meeting.placeOther ?? ''} key={meeting.placeOther} onBlur={(event) => commands.setMeetingPlace(meeting.id, 'other', event.target.value, setProblem)} /></label>
          )}
        </div>
      )}
      <p className="field-error" role="alert">{problem}</p>
    </header>
  );
}
