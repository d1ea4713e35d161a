import { useState, type FormEvent } from 'react';
import { PLACES, PLACE_LABELS, type Place } from '../../../../shared/workspace/meetings/meeting-schema';
import { COMMON_TIME_ZONES } from '../../../../shared/workspace/meetings/wall-time';
import { DateField } from '../../ui/DateField';
import { useCommands } from '../../ui/runtime-context';
import { zoneLabel } from './meeting-format';

const ZONE_FOR_PLACE: Partial<Record<Place, string>> = { washington: 'America/New_York', 'tel-aviv': 'Asia/Jerusalem' };

/** A new working session: title, start in a time zone, place. The rest is filled in on its page. */
export function NewMeetingForm({ onCreated, onCancel }: { readonly onCreated: (id: string) => void; readonly onCancel: () => void }) {
  const commands = useCommands();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const [time, setTime] = useState('10:00');
  const [place, setPlace] = useState<Place>('washington');
  const [other, setOther] = useState('');
  const [zone, setZone] = useState('America/New_York');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (dateProblem) return setProblem(dateProblem);
    if (!date) return setProblem('Enter the day of the meeting.');
    const id = commands.addMeeting({ title, startsAt: `${date}T${time}`, timeZone: zone, place, placeOther: other }, setProblem);
    if (id) onCreated(id);
  };
  const choosePlace = (next: Place) => {
    setPlace(next);
    const suggested = ZONE_FOR_PLACE[next];
    if (suggested) setZone(suggested);
  };
  return (
    <form className="new-meeting card" onSubmit={submit} aria-labelledby="new-meeting-title">
      <h2 id="new-meeting-title">New working session</h2>
      <label className="field wide">Title<input aria-label="Title" value={title} onChange={(event) => setTitle(event.target.value)} placeholder="Working session 4: AI and quantum" required /></label>
      <div className="field-row">
        <DateField label="Day" value={date || null} className="field" onChange={(iso) => setDate(iso ?? '')} onProblem={setDateProblem} />
        <label className="field">Start<input aria-label="Start" type="time" value={time} onChange={(event) => setTime(event.target.value)} required /></label>
        <label className="field">Time zone
          <select aria-label="Time zone" value={zone} onChange={(event) => setZone(event.target.value)}>
            {COMMON_TIME_ZONES.map((entry) => <option key={entry} value={entry}>{zoneLabel(entry)}</option>)}
          </select>
        </label>
      </div>
      <div className="field-row">
        <label className="field">Place
          <select aria-label="Place" value={place} onChange={(event) => choosePlace(event.target.value as Place)}>
            {PLACES.map((entry) => <option key={entry} value={entry}>{PLACE_LABELS[entry]}</option>)}
          </select>
        </label>
        {place === 'other' && <label className="field wide">Where<input aria-label="Where" value={other} onChange={(event) => setOther(event.target.value)} placeholder="Embassy, Berlin" /></label>}
      </div>
      <p className="field-error" role="alert">{problem}</p>
      <div className="buttons">
        <button type="submit">Create meeting</button>
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
