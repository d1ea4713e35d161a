import { scheduleOf } from '../../../../shared/plan/schedule';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTandemStore } from '../../state/store';
import { todayIso } from '../../state/today';
import { WINDOW_LABELS } from './window-counts';

/** Where the action falls against the 90-day window, and whether it is overdue. */
export function WindowMarker({ action }: { readonly action: ActionView }) {
  const dates = useTandemStore((state) => state.eventDates.dates);
  const schedule = scheduleOf(action, dates, todayIso());
  return (
    <span className="window-markers">
      <span className={`window-marker ${schedule.window}`} data-testid="window-marker">{WINDOW_LABELS[schedule.window]}</span>
      {schedule.overdue && <span className="window-marker overdue" data-testid="overdue-marker">Overdue</span>}
    </span>
  );
}
