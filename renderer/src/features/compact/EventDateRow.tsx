import { useState } from 'react';
import { dateProblem } from '../../../../shared/compact/calendar';
import type { AnchorEvent } from '../../../../shared/compact/types';
import { useTandemStore } from '../../app/store';
import { commands } from '../../workspace/commands';
import { SourceDetails } from './SourceQuote';

/** One anchor event: its date (typed as YYYY-MM-DD, checked before it is written) and what depends on it. */
export function EventDateRow({ event, dependents }: { readonly event: AnchorEvent; readonly dependents: number }) {
  const stored = useTandemStore((state) => state.eventDates.dates.get(event.id) ?? null);
  const storedProblem = useTandemStore((state) => state.eventDates.problems.get(event.id) ?? null);
  const readOnly = useTandemStore((state) => state.identity?.role === 'observer');
  const [draft, setDraft] = useState(stored ?? '');
  const [error, setError] = useState<string | null>(null);
  const inputId = `event-date-${event.id}`;

  const save = () => {
    const problem = dateProblem(draft.trim());
    if (problem) return setError(problem);
    setError(null);
    commands.setEventDate(event.id, draft.trim());
  };
  const clear = () => {
    setDraft('');
    setError(null);
    commands.setEventDate(event.id, null);
  };

  return (
    <li className="event" data-testid="event" data-event-id={event.id}>
      <form className="event-form" onSubmit={(e) => { e.preventDefault(); save(); }}>
        <label htmlFor={inputId}>Date of {event.name}</label>
        <input id={inputId} value={draft} placeholder="YYYY-MM-DD" inputMode="numeric" readOnly={readOnly}
          aria-invalid={error ? true : undefined} aria-describedby={`${inputId}-status`}
          onChange={(e) => { setDraft(e.target.value); setError(null); }} />
        {!readOnly && <button type="submit">Set date</button>}
        {!readOnly && stored && <button type="button" className="secondary" onClick={clear}>Clear</button>}
      </form>
      <p id={`${inputId}-status`} className="event-status">
        {error ? <span className="field-error" role="alert">{error}</span>
          : storedProblem ? <span className="field-error">The stored date is unreadable: {storedProblem}</span>
          : stored ? `Set: ${stored}.` : 'Not set yet.'}
        {' '}{dependents} deadline{dependents === 1 ? '' : 's'} count from this event.
      </p>
      <SourceDetails passage={event.passage} summary="Where the compact names this event" />
    </li>
  );
}
