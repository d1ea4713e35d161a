import { useMemo, useState, type FormEvent } from 'react';
import { SIDES, type Side } from '../../../../shared/compact/types';
import type { Attendee } from '../../../../shared/workspace/meetings/attendees';
import type { MeetingView } from '../../../../shared/workspace/meetings/meeting-view';
import { useTandemStore } from '../../state/store';
import { useCommands } from '../../ui/runtime-context';
import { attendeeDetail, attendeeName, initials } from './meeting-format';
import { sideWords } from './meeting-words';
import { useT } from '../../ui/i18n/I18nProvider';

const sameAttendee = (a: Attendee | null, b: Attendee) =>
  a !== null && a.kind === b.kind && (a.kind === 'person' ? b.kind === 'person' && a.person === b.person : b.kind === 'guest' && a.name === b.name);

/** Who attends for each delegation, and who chairs; people from the directory or typed names. */
export function Attendance({ meeting, readOnly }: { readonly meeting: MeetingView; readonly readOnly: boolean }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="attendance-heading">
      <h3 id="attendance-heading">{t('meetings.attendance.title')}</h3>
      <div className="attendance-sides">
        {SIDES.map((side) => <SideAttendance key={side} meeting={meeting} side={side} readOnly={readOnly} />)}
      </div>
    </section>
  );
}

function SideAttendance({ meeting, side, readOnly }: { readonly meeting: MeetingView; readonly side: Side; readonly readOnly: boolean }) {
  const commands = useCommands();
  const t = useT();
  const people = useTandemStore((state) => state.people);
  const directory = useTandemStore((state) => state.institutions);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const attendees = meeting.attendees.filter((entry) => entry.attendee.side === side);
  const chair = side === 'us' ? meeting.usChair : meeting.israelChair;
  const candidates = useMemo(
    () => [...people.values()]
      .filter((person) => person.institution !== null && directory.get(person.institution)?.side === side)
      .filter((person) => !attendees.some((entry) => entry.attendee.kind === 'person' && entry.attendee.person === person.id))
      .sort((a, b) => a.name.localeCompare(b.name)),
    [people, directory, side, attendees],
  );
  const addGuest = (event: FormEvent) => {
    event.preventDefault();
    if (commands.addAttendee(meeting.id, { kind: 'guest', side, name: typed }, setProblem)) setTyped('');
  };
  const addPerson = (person: string) => {
    if (person) commands.addAttendee(meeting.id, { kind: 'person', side, person }, setProblem);
  };
  return (
    <div className={`attendance-side side-${side}`} aria-label={sideWords(t, side)} role="group">
      <h4>{sideWords(t, side)} <span className="count">{attendees.length}</span></h4>
      {attendees.length === 0 && <p className="empty">{t('meetings.attendance.noOne')}</p>}
      <ul className="attendee-list">
        {attendees.map(({ key, attendee }) => {
          const name = attendeeName(attendee, people);
          const isChair = sameAttendee(chair, attendee);
          return (
            <li key={key} className="attendee">
              <span className={`avatar side-${side}`} aria-hidden="true">{initials(name)}</span>
              <span className="attendee-name"><bdi>{name}</bdi><span className="muted">{attendee.kind === 'guest' ? t('meetings.attendance.guest') : attendeeDetail(attendee, people, directory)}</span></span>
              {isChair && <span className="chip chair">{t('meetings.attendance.chair')}</span>}
              {!readOnly && (
                <span className="attendee-actions">
                  <button type="button" className="link" onClick={() => commands.setMeetingChair(meeting.id, side, isChair ? null : attendee, setProblem)}>
                    {t(isChair ? 'meetings.attendance.unsetChair' : 'meetings.attendance.makeChair')}
                  </button>
                  {attendee.kind === 'guest' && !isChair && (
                    <button type="button" className="link" onClick={() => commands.setAttendee(meeting.id, key, { ...attendee, side: side === 'us' ? 'israel' : 'us' }, setProblem)}>
                      {t(side === 'us' ? 'meetings.attendance.toIsrael' : 'meetings.attendance.toUs')}
                    </button>
                  )}
                  <button type="button" className="link danger" aria-label={t('meetings.attendance.removeName', { name })} onClick={() => commands.removeAttendee(meeting.id, key)}>{t('meetings.attendance.remove')}</button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {!readOnly && (
        <div className="attendee-add">
          {candidates.length > 0 && (
            <select value="" aria-label={t(`meetings.attendance.addPerson.${side}`)} onChange={(event) => addPerson(event.target.value)}>
              <option value="">{t('meetings.attendance.fromDirectory')}</option>
              {candidates.map((person) => <option key={person.id} value={person.id} dir="auto">{person.name}</option>)}
            </select>
          )}
          <form className="inline-form" onSubmit={addGuest}>
            <input value={typed} onChange={(event) => setTyped(event.target.value)} aria-label={t(`meetings.attendance.nameToAdd.${side}`)} placeholder={t('meetings.attendance.typeName')} dir="auto" />
            <button type="submit" className="secondary" disabled={!typed.trim()}>{t('meetings.attendance.add')}</button>
          </form>
        </div>
      )}
      <p className="field-error" role="alert">{problem}</p>
    </div>
  );
}
