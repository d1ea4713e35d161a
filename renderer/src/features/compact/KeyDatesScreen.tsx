import { useMemo } from 'react';
import { compactDeadlines, countByEvent } from '../../../../shared/compact/deadline-index';
import { useCompact } from '../../compact/use-compact';
import { EventDateRow } from './EventDateRow';

/** The anchor events the compact's deadlines count from. Dating one dates every deadline on it. */
export function KeyDatesScreen() {
  const compact = useCompact();
  const counts = useMemo(() => countByEvent(compactDeadlines(compact)), [compact]);
  return (
    <section aria-labelledby="key-dates-title">
      <h2 id="key-dates-title">Key dates</h2>
      <p className="intro">
        The compact sets its deadlines relative to events: “within 30 days of Compact signing”, “within 90 days of
        program launch”. Enter an event’s date and every deadline that depends on it becomes a date, here and on
        both delegations’ laptops once they sync.
      </p>
      <ul className="events">
        {compact.events.map((event) => <EventDateRow key={event.id} event={event} dependents={counts.get(event.id) ?? 0} />)}
      </ul>
    </section>
  );
}
