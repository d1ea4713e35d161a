/**
 * Where an action stands in time: its due day (once its anchor event is dated), whether it is
 * overdue, and where it falls against the 90-day window the Fifth First Step sets from signing.
 * `today` is passed in (an ISO day), never read from a clock here, so views are reproducible.
 */
import { addOffset, formatIsoDay, parseIsoDay } from '../compact/calendar';
import { dueDay, resolveDeadline, type EventDates, type ResolvedDeadline } from '../compact/deadlines';
import type { ActionView } from '../workspace/action-view';
import { CLOSED_STATUSES } from '../workspace/action-status';

export const SIGNING_EVENT = 'compact-signing';
export const WINDOW_DAYS = 90;

export type WindowPlacement = 'inside' | 'after' | 'undated' | 'no-signing-date';

export interface Schedule {
  readonly resolved: ResolvedDeadline | null;
  /** ISO day (or month for "by December 2027") the action falls due; null while undated. */
  readonly due: string | null;
  readonly overdue: boolean;
  readonly window: WindowPlacement;
}

/** The last day of the 90-day window, or null while the signing date is not set. */
export function windowEnd(dates: EventDates): string | null {
  const signing = dates.get(SIGNING_EVENT);
  const start = signing ? parseIsoDay(signing) : null;
  return start ? formatIsoDay(addOffset(start, { amount: WINDOW_DAYS, unit: 'days' })) : null;
}

/**
 * Views are immutable and reused while their action is unchanged (action-view.ts), and the dates
 * map is replaced whole when a date changes: so a schedule can be remembered per view. At 5,000
 * actions every lane count and marker asks on every keystroke; now only the edited action is
 * worked out again.
 */
const remembered = new WeakMap<ActionView, { dates: EventDates; today: string; schedule: Schedule }>();

export function scheduleOf(action: ActionView, dates: EventDates, today: string): Schedule {
  const hit = remembered.get(action);
  if (hit && hit.dates === dates && hit.today === today) return hit.schedule;
  const schedule = computeSchedule(action, dates, today);
  remembered.set(action, { dates, today, schedule });
  return schedule;
}

function computeSchedule(action: ActionView, dates: EventDates, today: string): Schedule {
  const resolved = action.due ? resolveDeadline(action.due, dates) : null;
  const due = resolved ? dueDay(resolved) : null;
  const open = action.status === null || !CLOSED_STATUSES.has(action.status);
  const end = windowEnd(dates);
  return {
    resolved,
    due,
    overdue: open && due !== null && due < today,
    window: due === null ? 'undated' : end === null ? 'no-signing-date' : due <= end ? 'inside' : 'after',
  };
}
