import { scheduleOf, timingOf } from '../../../../shared/plan/schedule';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTandemStore } from '../../state/store';
import { todayIso } from '../../state/today';
import { useEventNames } from '../../state/use-compact';
import { usePlanWords } from '../actions/use-plan-words';

/**
 * Where the action falls against the 90-day window, or that it is overdue, or that its date falls
 * before the day it counts from: one marker (shared/plan/schedule.ts timingOf), never two that contradict.
 */
export function WindowMarker({ action }: { readonly action: ActionView }) {
  const dates = useTandemStore((state) => state.eventDates.dates);
  const eventName = useEventNames();
  const words = usePlanWords();
  const schedule = scheduleOf(action, dates, todayIso());
  const timing = timingOf(schedule);
  return (
    <span className="window-markers">
      <span className={`window-marker ${timing}`} data-testid={timing === 'overdue' ? 'overdue-marker' : 'window-marker'}>
        {words.timing(schedule, eventName)}
      </span>
    </span>
  );
}
