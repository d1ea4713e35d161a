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

export function scheduleOf(action: ActionView, dates: EventDates, today: string): Schedule {
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
