/**
 * Turning a deadline into what the app shows: a date when its anchor event has one, otherwise
 * the document's own words. Offsets count from the event's day: "within 30 days" of 2026-09-01
 * is 2026-10-01; "within 6 months" of 2026-08-31 is 2027-02-28.
 */
import { addOffset, daysInMonth, formatIsoDay, parseIsoDay } from './calendar';
import type { Deadline, Offset } from './deadline-types';

export type ResolvedDeadline =
  | { readonly state: 'dated'; readonly date: string }
  | { readonly state: 'dated-window'; readonly from: string; readonly to: string }
  | { readonly state: 'relative'; readonly event: string };

/** Event id → its ISO day, for the events a delegation has dated. */
export type EventDates = ReadonlyMap<string, string>;

/** The day `offset` after `eventDay`, or null when either is out of the calendar's range. */
function offsetFrom(eventDay: string | undefined, offset: Offset): string | null {
  const start = eventDay === undefined ? null : parseIsoDay(eventDay);
  if (!start || !Number.isSafeInteger(offset.amount) || offset.amount < 0) return null;
  const day = formatIsoDay(addOffset(start, offset));
  return parseIsoDay(day) ? day : null;
}

export function resolveDeadline(deadline: Deadline, dates: EventDates): ResolvedDeadline {
  switch (deadline.kind) {
    case 'calendar':
      return { state: 'dated', date: deadline.date };
    case 'within': {
      const date = offsetFrom(dates.get(deadline.event), deadline.offset);
      return date ? { state: 'dated', date } : { state: 'relative', event: deadline.event };
    }
    case 'window': {
      const from = offsetFrom(dates.get(deadline.event), deadline.from);
      const to = offsetFrom(dates.get(deadline.event), deadline.to);
      return from && to ? { state: 'dated-window', from, to } : { state: 'relative', event: deadline.event };
    }
  }
}

/** "1 day", "30 days", "6 months". */
export function describeOffset({ amount, unit }: Offset): string {
  return `${amount} ${amount === 1 ? unit.slice(0, -1) : unit}`;
}

/** The rule in plain words, e.g. "90 days after Compact signing" or "6 months to 18 months after …". */
export function describeRule(deadline: Deadline, eventName: (id: string) => string): string {
  switch (deadline.kind) {
    case 'calendar':
      return deadline.phrase;
    case 'within':
      return `${describeOffset(deadline.offset)} after ${eventName(deadline.event)}`;
    case 'window':
      return `${describeOffset(deadline.from)} to ${describeOffset(deadline.to)} after ${eventName(deadline.event)}`;
  }
}

/**
 * The day a deadline falls due, for sorting, overdue and the 90-day window; null while relative.
 * A month deadline ("by December 2027") falls due on the month's last day.
 */
export function dueDay(resolved: ResolvedDeadline): string | null {
  if (resolved.state === 'dated-window') return resolved.to;
  if (resolved.state !== 'dated') return null;
  if (resolved.date.length !== 7) return resolved.date;
  const [year, month] = resolved.date.split('-').map(Number) as [number, number];
  return `${resolved.date}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}
