/**
 * Where an action stands in time: its due day (once its anchor event is dated), whether it is
 * overdue, and where it falls against the 90-day window the Fifth First Step sets from signing.
 * `today` is passed in (an ISO day), never read from a clock here, so views are reproducible.
 *
 * Date sense, decided here once so every view (board, plan list, timeline, exports) agrees:
 * - a due day before the day it counts from (its anchor event's date, or the signing) is
 *   `before-start`, naming that event: never "inside" the window, and never overdue (the date
 *   itself is what needs fixing, and "overdue" beside it would read as a second, different fault);
 * - `timingOf` gives the one marker an action shows: before-start, then overdue, then its window
 *   placement; so "Overdue" and "Within the first 90 days" are never shown together.
 */
import { addOffset, formatIsoDay, parseIsoDay } from '../compact/calendar';
import { dueDay, resolveDeadline, type EventDates, type ResolvedDeadline } from '../compact/deadlines';
import type { ActionView } from '../workspace/action-view';
import { CLOSED_STATUSES } from '../workspace/action-status';

export const SIGNING_EVENT = 'compact-signing';
export const WINDOW_DAYS = 90;

export type WindowPlacement = 'before-start' | 'inside' | 'after' | 'undated' | 'no-signing-date';

export interface Schedule {
  readonly resolved: ResolvedDeadline | null;
  /** ISO day (or month for "by December 2027") the action falls due; null while undated. */
  readonly due: string | null;
  /** Open, dated, past today, and not before-start. */
  readonly overdue: boolean;
  readonly window: WindowPlacement;
  /** The event whose date the due day falls before (its own anchor, else the signing); null when none. */
  readonly beforeEvent: string | null;
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
  const beforeEvent = due === null ? null : eventBefore(action.due, due, dates);
  return {
    resolved,
    due,
    overdue: beforeEvent === null && open && due !== null && due < today,
    window: due === null ? 'undated' : beforeEvent !== null ? 'before-start'
      : end === null ? 'no-signing-date' : due <= end ? 'inside' : 'after',
    beforeEvent,
  };
}

/**
 * The event a due day falls before: its own anchor event first (an offset from program launch
 * resolved before launch), then the signing. Offsets are never negative (deadlines.ts), so the
 * first can only come from a stored record gone wrong; a calendar date's only anchor is signing.
 */
function eventBefore(deadline: ActionView['due'], due: string, dates: EventDates): string | null {
  const anchor = deadline && deadline.kind !== 'calendar' ? deadline.event : null;
  const anchorDay = anchor === null ? undefined : dates.get(anchor);
  if (anchor !== null && anchorDay !== undefined && due < anchorDay) return anchor;
  const signing = dates.get(SIGNING_EVENT);
  return signing !== undefined && due < signing ? SIGNING_EVENT : null;
}

/** The one marker an action shows for its timing (see the header): never two that contradict. */
export type Timing = WindowPlacement | 'overdue';

export function timingOf(schedule: Schedule): Timing {
  if (schedule.window === 'before-start') return 'before-start';
  return schedule.overdue ? 'overdue' : schedule.window;
}

export const TIMING_LABELS: Readonly<Record<Exclude<Timing, 'before-start'>, string>> = {
  inside: 'Within the first 90 days',
  after: 'After the 90-day window',
  overdue: 'Overdue',
  undated: 'Undated',
  'no-signing-date': 'Set the signing date',
};

/** The marker's words: "Due before Compact signing" names the event the date falls before. */
export function timingLabel(schedule: Schedule, eventName: (id: string) => string): string {
  const timing = timingOf(schedule);
  return timing === 'before-start' ? `Due before ${eventName(schedule.beforeEvent ?? SIGNING_EVENT)}` : TIMING_LABELS[timing];
}
