import type { TimelineGrouping } from '../../../../shared/plan/timeline';

const LABELS: Readonly<Record<TimelineGrouping, string>> = { domain: 'By domain', tier: 'By tier' };

/** Radio buttons: one Tab stop, arrow keys switch (the native radio group behaviour). */
export function GroupingToggle({ value, onChange }: { readonly value: TimelineGrouping; readonly onChange: (next: TimelineGrouping) => void }) {
  return (
    <fieldset className="timeline-grouping">
      <legend>Group the timeline</legend>
      {(Object.keys(LABELS) as TimelineGrouping[]).map((option) => (
        <label key={option} className="choice">
          <input type="radio" name="timeline-grouping" value={option} checked={value === option} onChange={() => onChange(option)} />
          {' '}{LABELS[option]}
        </label>
      ))}
    </fieldset>
  );
}
