import type { TimelineGrouping } from '../../../../shared/plan/timeline';
import { useT } from '../../ui/i18n/I18nProvider';

const LABELS = { domain: 'plan.timeline.byDomain', tier: 'plan.timeline.byTier' } as const satisfies Record<TimelineGrouping, string>;

/** Radio buttons: one Tab stop, arrow keys switch (the native radio group behaviour). */
export function GroupingToggle({ value, onChange }: { readonly value: TimelineGrouping; readonly onChange: (next: TimelineGrouping) => void }) {
  const t = useT();
  return (
    <fieldset className="timeline-grouping">
      <legend>{t('plan.timeline.group')}</legend>
      {(Object.keys(LABELS) as TimelineGrouping[]).map((option) => (
        <label key={option} className="choice">
          <input type="radio" name="timeline-grouping" value={option} checked={value === option} onChange={() => onChange(option)} />
          {' '}{t(LABELS[option])}
        </label>
      ))}
    </fieldset>
  );
}
