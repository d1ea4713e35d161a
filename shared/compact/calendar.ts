/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in whole days with no time zone: a deadline is
 * a day in the delegations' calendar, never an instant. Months are calendar months, clamped to
 * the month's last day (31 January + 1 month = 28 or 29 February).
 */
import type { Offset } from './deadline-types';

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar day, or null: "2026-02-30", "2026-9-1" and "" are all refused. */
export function parseIsoDay(value: string): CalendarDay | null {
  const match = ISO_DAY.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatIsoDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addOffset(start: CalendarDay, offset: Offset): CalendarDay {
  if (offset.unit === 'days') {
    const moved = new Date(Date.UTC(start.year, start.month - 1, start.day + offset.amount));
    return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
  }
  const months = offset.unit === 'years' ? offset.amount * 12 : offset.amount;
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(start.day, daysInMonth(year, month)) };
}

/** Why a typed date is refused, or null when it is a real day. */
export function dateProblem(value: string): string | null {
  if (value.trim() === '') return 'Enter a date.';
  if (!ISO_DAY.test(value)) return `“${value}” is not a date in the form YYYY-MM-DD.`;
  return parseIsoDay(value) ? null : `${value} is not a day in the calendar.`;
}
