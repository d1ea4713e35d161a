import { useState, type FormEvent } from 'react';
import { PLACES, type Place } from '../../../../shared/workspace/meetings/meeting-schema';
import { COMMON_TIME_ZONES } from '../../../../shared/workspace/meetings/wall-time';
import { DateField } from '../../ui/DateField';
import { TimeField } from '../../ui/TimeField';
import { useCommands } from '../../ui/runtime-context';
import { zoneWords } from './meeting-format';
import { placeWords } from './meeting-words';
import { useT } from '../../ui/i18n/I18nProvider';

const ZONE_FOR_PLACE: Partial<Record<Place, string>> = { washington: 'America/New_York', 'tel-aviv': 'Asia/Jerusalem' };

/** A new working session: title, start in a time zone, place. The rest is filled in on its page. */
export function NewMeetingForm({ onCreated, onCancel }: { readonly onCreated: (id: string) => void; readonly onCancel: () => void }) {
  const commands = useCommands();
  const t = useT();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const [time, setTime] = useState<string | null>('10:00');
  const [place, setPlace] = useState<Place>('washington');
  const [other, setOther] = useState('');
  const [zone, setZone] = useState('America/New_York');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (dateProblem) return setProblem(dateProblem);
    if (!date) return setProblem(t('meetings.new.needDay'));
    if (!time) return setProblem(t('time.incomplete'));
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
      <h2 id="new-meeting-title">{t('meetings.new.title')}</h2>
      <label className="field wide">{t('meetings.new.name')}<input aria-label={t('meetings.new.name')} value={title} onChange={(event) => setTitle(event.target.value)} placeholder={t('meetings.new.namePlaceholder')} required /></label>
      <div className="field-row">
        <DateField label={t('meetings.field.day')} value={date || null} className="field" onChange={(iso) => setDate(iso ?? '')} onProblem={setDateProblem} />
        <TimeField label={t('meetings.field.start')} value={time} className="field" onChange={setTime} />
        <label className="field">{t('meetings.field.zone')}
          <select aria-label={t('meetings.field.zone')} value={zone} onChange={(event) => setZone(event.target.value)}>
            {COMMON_TIME_ZONES.map((entry) => <option key={entry} value={entry}>{zoneWords(entry, t)}</option>)}
          </select>
        </label>
      </div>
      <div className="field-row">
        <label className="field">{t('meetings.field.place')}
          <select aria-label={t('meetings.field.place')} value={place} onChange={(event) => choosePlace(event.target.value as Place)}>
            {PLACES.map((entry) => <option key={entry} value={entry}>{placeWords(t, entry)}</option>)}
          </select>
        </label>
        {place === 'other' && <label className="field wide">{t('meetings.field.where')}<input aria-label={t('meetings.field.where')} value={other} onChange={(event) => setOther(event.target.value)} placeholder={t('meetings.new.wherePlaceholder')} /></label>}
      </div>
      <p className="field-error" role="alert">{problem}</p>
      <div className="buttons">
        <button type="submit">{t('meetings.new.create')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('meetings.cancel')}</button>
      </div>
    </form>
  );
}
