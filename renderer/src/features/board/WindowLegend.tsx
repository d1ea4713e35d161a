import { SIGNING_EVENT, WINDOW_DAYS, windowEnd } from '../../../../shared/plan/schedule';
import { useTandemStore } from '../../state/store';
import { WINDOW_LABELS } from './window-counts';

/** The 90-day window's dates once the signing date is known, and what the card badges mean (on demand). */
export function WindowLegend() {
  const dates = useTandemStore((state) => state.eventDates.dates);
  const signing = dates.get(SIGNING_EVENT) ?? null;
  const end = windowEnd(dates);
  return (
    <section className="window-legend" aria-labelledby="window-legend-title">
      <h2 id="window-legend-title" className="visually-hidden">The {WINDOW_DAYS}-day window</h2>
      <p data-testid="window-dates">
        <strong>{WINDOW_DAYS}-day window</strong>{' · '}
        {signing && end
          ? <>From Compact signing on <time dateTime={signing}>{signing}</time> to <time dateTime={end}>{end}</time>.</>
          : <>Counts from Compact signing, which has no date yet (set it under Key dates).</>}
      </p>
      <details className="legend-details">
        <summary>Badges</summary>
        <ul className="legend" aria-label="Markers">
          <li><span className="window-marker inside">{WINDOW_LABELS.inside}</span> due on or before the window’s last day</li>
          <li><span className="window-marker after">{WINDOW_LABELS.after}</span> due later</li>
          <li><span className="window-marker overdue">{WINDOW_LABELS.overdue}</span> past its due date and not done or dropped (in place of its window marker)</li>
          <li><span className="window-marker before-start">Due before Compact signing</span> a date before the event it counts from: a date to fix</li>
          <li><span className="window-marker undated">{WINDOW_LABELS.undated}</span> no due date, or one that waits for an event’s date</li>
          <li><span className="window-marker no-signing-date">{WINDOW_LABELS['no-signing-date']}</span> dated, but the window needs the signing date</li>
        </ul>
      </details>
    </section>
  );
}
