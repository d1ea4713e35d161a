import type { Schedule } from '../../../../shared/plan/schedule';
import { usePlanWords } from '../actions/use-plan-words';

/** Where the action falls against the 90-day window (as the board's marker says it), or Overdue first. */
export function WindowBadge({ schedule }: { readonly schedule: Schedule }) {
  const words = usePlanWords();
  return (
    <span className="plan-cell plan-window-cell">
      {schedule.overdue ? (
        <span className="plan-badge overdue" data-testid="overdue-marker" title={words.t('plan.row.overdueTitle', { window: words.windowLong(schedule.window) })}>
          {words.t('plan.row.overdue')}
        </span>
      ) : (
        <span className={`plan-badge ${schedule.window}`} data-testid="window-marker" title={words.windowLong(schedule.window)}>
          {words.windowShort(schedule.window)}
        </span>
      )}
    </span>
  );
}
