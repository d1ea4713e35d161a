import type { Schedule } from '../../../../shared/plan/schedule';
import { WINDOW_LONG, WINDOW_SHORT } from './labels';

/** Where the action falls against the 90-day window (as the board's marker says it), or Overdue first. */
export function WindowBadge({ schedule }: { readonly schedule: Schedule }) {
  return (
    <span className="plan-cell plan-window-cell">
      {schedule.overdue ? (
        <span className="plan-badge overdue" data-testid="overdue-marker" title={`Overdue · ${WINDOW_LONG[schedule.window]}`}>Overdue</span>
      ) : (
        <span className={`plan-badge ${schedule.window}`} data-testid="window-marker" title={WINDOW_LONG[schedule.window]}>
          {WINDOW_SHORT[schedule.window]}
        </span>
      )}
    </span>
  );
}
