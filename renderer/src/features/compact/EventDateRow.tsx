import { useState } from 'react';
import { dateProblem } from '../../../../shared/compact/calendar';
import type { AnchorEvent } from '../../../../shared/compact/types';
import { useTandemStore } from '../../state/store';
import { useReadOnly } from '../../state/use-plan';
import { DateField } from '../../ui/DateField';
import { useFormatDay } from '../../ui/locale';
import { useCommands } from '../../ui/runtime-context';
import { SourceDetails } from './SourceQuote';

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
  const inputId = `event-date-${event.id}`;

  // Adjusting state during render when the stored value changes (React's documented pattern).
  let changedElsewhere = false;
  if (stored !== seen) {
    setSeen(stored);
    if (!editing) setDraft(stored ?? '');
  } else changedElsewhere = editing && stored !== null && draft !== stored;

  const save = () => {
    const value = draft.trim();
    const problem = typedProblem ?? dateProblem(value);
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
        <DateField label={`Date of ${event.name}`} value={draft || null} readOnly={readOnly} error={error} testId={inputId}
          onChange={(iso) => { setDraft(iso ?? ''); setEditing(true); setError(null); }} onProblem={setTypedProblem}
          trailing={!readOnly && (
            <>
              <button type="submit" aria-label={`Set date of ${event.name}`}>Set date</button>
              {(stored || storedProblem) && (
                <button type="button" className="secondary" aria-label={`Clear date of ${event.name}`} onClick={clear}>Clear</button>
              )}
            </>
          )} />
      </form>
      <p id={`${inputId}-status`} className="event-status">
        {storedProblem ? <span className="field-error">The stored date is unreadable: {storedProblem}</span>
          : stored ? <>Set: <time dateTime={stored}>{day(stored)}</time>.</> : 'Not set yet.'}
        {changedElsewhere && !error && stored && <> It is now <time dateTime={stored}>{day(stored)}</time>, changed elsewhere while you were typing.</>}
        {' '}{dependents} deadline{dependents === 1 ? '' : 's'} count from this event.
      </p>
      <SourceDetails passage={event.passage} summary="Where the compact names this event" />
    </li>
  );
}
