import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { dateProblem } from '../../../../shared/compact/calendar';
import type { AnchorEvent } from '../../../../shared/compact/types';
import { useTandemStore } from '../../state/store';
import { useReadOnly } from '../../state/use-plan';
import { DateField } from '../../ui/DateField';
import { useFormatDay } from '../../ui/locale';
import { useCommands } from '../../ui/runtime-context';
import { useT } from '../../ui/i18n/I18nProvider';
import { SourceDetails } from './SourceQuote';
import { useEventLabel } from './use-deadline-words';

/**
 * One anchor event: its date (typed in the reader's locale or picked, stored ISO, checked before it is written) and what depends
 * on it. The field follows the stored date when it changes from elsewhere (a colleague's laptop,
 * another window), unless the user is in the middle of typing one: then their draft stays and the
 * change is said next to it.
 */
export function EventDateRow({ event, dependents }: { readonly event: AnchorEvent; readonly dependents: number }) {
  const commands = useCommands();
  const stored = useTandemStore((state) => state.eventDates.dates.get(event.id) ?? null);
  const storedProblem = useTandemStore((state) => state.eventDates.problems.get(event.id) ?? null);
  const readOnly = useReadOnly();
  const [draft, setDraft] = useState(stored ?? '');
  const [seen, setSeen] = useState(stored);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [typedProblem, setTypedProblem] = useState<string | null>(null);
  const day = useFormatDay();
  const t = useT();
  const intl = useIntl();
  const name = useEventLabel()(event.id);
  const timeOf = (iso: string) => (chunks: ReactNode[]) => <time dateTime={iso}>{chunks}</time>;
  const inputId = `event-date-${event.id}`;

  // Adjusting state during render when the stored value changes (React's documented pattern).
  let changedElsewhere = false;
  if (stored !== seen) {
    setSeen(stored);
    if (!editing) setDraft(stored ?? '');
  } else changedElsewhere = editing && stored !== null && draft !== stored;

  const save = () => {
    const value = draft.trim();
    const problem = typedProblem ?? (dateProblem(value) === null ? null : value === '' ? t('data.event.enterDate') : t('data.event.notADay', { value }));
    if (problem) return setError(problem);
    setError(null);
    if (commands.setEventDate(event.id, value)) setEditing(false);
  };
  const clear = () => {
    setDraft('');
    setError(null);
    setEditing(false);
    commands.setEventDate(event.id, null);
  };

  return (
    <li className="event" data-testid="event" data-event-id={event.id}>
      <form className="event-form" onSubmit={(e) => { e.preventDefault(); save(); }}>
        <DateField label={t('data.event.dateOf', { event: name })} value={draft || null} readOnly={readOnly} error={error} testId={inputId}
          onChange={(iso) => { setDraft(iso ?? ''); setEditing(true); setError(null); }} onProblem={setTypedProblem}
          trailing={!readOnly && (
            <>
              <button type="submit" aria-label={t('data.event.setDateOf', { event: name })}>{t('data.event.set')}</button>
              {(stored || storedProblem) && (
                <button type="button" className="secondary" aria-label={t('data.event.clearDateOf', { event: name })} onClick={clear}>{t('data.event.clear')}</button>
              )}
            </>
          )} />
      </form>
      <p id={`${inputId}-status`} className="event-status">
        {storedProblem ? <span className="field-error">{t('data.event.unreadable', { problem: storedProblem })}</span>
          : stored ? intl.formatMessage({ id: 'data.event.isSet' }, { date: day(stored), time: timeOf(stored) }) : t('data.event.notSet')}
        {changedElsewhere && !error && stored && <> {intl.formatMessage({ id: 'data.event.changedElsewhere' }, { date: day(stored), time: timeOf(stored) })}</>}
        {' '}{t('data.event.dependents', { count: dependents })}
      </p>
      <SourceDetails passage={event.passage} summary={t('data.event.source')} />
    </li>
  );
}
