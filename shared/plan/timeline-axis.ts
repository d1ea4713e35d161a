/**
 * The timeline's time axis as numbers. Days are counted in whole calendar days (no time zone, as
 * in calendar.ts); a position on the axis is a fraction from 0 (its first day) to 1 (its last).
 * The renderer turns fractions into SVG attributes, because the CSP forbids inline styles.
 *
 * A due "day" may be a month ("by December 2027" is stored as 2027-12): it is placed on the
 * month's last day, the latest it can be met.
 */
import { daysInMonth, parseIsoDay } from '../compact/calendar';
import type { Timeline } from './timeline';

export interface AxisRange {
  /** ISO days; `to` is always after `from`. */
  readonly from: string;
  readonly to: string;
}

export interface MonthTick {
  /** The first day of the month, YYYY-MM-01. */
  readonly date: string;
  readonly fraction: number;
  /** Only some ticks carry a label when the axis spans many months, so labels never overlap. */
  readonly label: string | null;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** An ISO day, or a month taken as its last day, as a day number (1970-01-01 is 0); null if neither. */
export function dayNumber(value: string): number | null {
  const month = ISO_MONTH.exec(value);
  if (month) {
    const [year, index] = [Number(month[1]), Number(month[2])];
    if (index < 1 || index > 12) return null;
    return Date.UTC(year, index - 1, daysInMonth(year, index)) / 86_400_000;
  }
  const day = parseIsoDay(value);
  return day ? Date.UTC(day.year, day.month - 1, day.day) / 86_400_000 : null;
}

function isoOf(dayNo: number): string {
  return new Date(dayNo * 86_400_000).toISOString().slice(0, 10);
}

/**
 * From the signing date (or an earlier due day, so nothing falls off the left) to the latest due
 * day or the end of the 90-day window, whichever is later. Null while the signing date is unset.
 */
export function axisRange(timeline: Pick<Timeline, 'start' | 'windowEnd' | 'end' | 'groups'>): AxisRange | null {
  const start = timeline.start === null ? null : dayNumber(timeline.start);
  if (start === null) return null;
  const days = timeline.groups
    .flatMap((group) => group.items.map((item) => item.schedule.due))
    .map((due) => (due === null ? null : dayNumber(due)))
    .filter((day): day is number => day !== null);
  const ends = [timeline.end, timeline.windowEnd].map((value) => (value === null ? null : dayNumber(value)));
  const from = Math.min(start, ...days);
  // Due months sort before their own days as strings, so the latest day is taken from all of them.
  const to = Math.max(from + 1, ...days, ...ends.filter((day): day is number => day !== null));
  return { from: isoOf(from), to: isoOf(to) };
}

/** Where a day (or month) falls on the axis, clamped to [0, 1]; null when it is not a date. */
export function fractionOf(range: AxisRange, value: string): number | null {
  const day = dayNumber(value);
  if (day === null) return null;
  const from = dayNumber(range.from)!;
  const to = dayNumber(range.to)!;
  return Math.min(1, Math.max(0, (day - from) / (to - from)));
}

/** Whether a day lies on the axis (today is marked only then). */
export function onAxis(range: AxisRange, value: string): boolean {
  const day = dayNumber(value);
  return day !== null && day >= dayNumber(range.from)! && day <= dayNumber(range.to)!;
}

/**
 * A tick on the first of every month inside the range. With more than `maxLabels` months, only
 * every 2nd, 3rd, 6th or 12th month is labelled, chosen by month number so the labels stay put as
 * the range grows. The first labelled tick and every January carry the year.
 */
export function monthTicks(range: AxisRange, maxLabels = 12): MonthTick[] {
  const from = parseIsoDay(range.from)!;
  const to = parseIsoDay(range.to)!;
  let index = from.year * 12 + from.month - 1 + (from.day === 1 ? 0 : 1);
  const last = to.year * 12 + to.month - 1;
  const count = Math.max(0, last - index + 1);
  const step = [1, 2, 3, 6, 12].find((candidate) => Math.ceil(count / candidate) <= maxLabels) ?? 12;
  const ticks: MonthTick[] = [];
  let labelledYet = false;
  for (; index <= last; index += 1) {
    const year = Math.floor(index / 12);
    const month = index % 12;
    const date = `${year}-${String(month + 1).padStart(2, '0')}-01`;
    const labelled = index % step === 0;
    const withYear = labelled && (!labelledYet || month === 0);
    if (labelled) labelledYet = true;
    ticks.push({
      date,
      fraction: fractionOf(range, date)!,
      label: labelled ? (withYear ? `${MONTH_NAMES[month]} ${year}` : MONTH_NAMES[month]!) : null,
    });
  }
  return ticks;
}

export interface Span {
  readonly id: string;
  readonly from: number;
  readonly to: number;
}

/**
 * Stacks spans (markers have from = to) into rows so that, within a row, each starts at least
 * `gap` after the previous one ends: markers due on the same day sit one above the other instead
 * of hiding each other. Greedy by start (id breaks ties), which keeps the rows few and the result
 * the same on every laptop.
 */
export function packRows(spans: readonly Span[], gap: number): { rows: ReadonlyMap<string, number>; count: number } {
  const ends: number[] = [];
  const rows = new Map<string, number>();
  const sorted = [...spans].sort((a, b) => a.from - b.from || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const span of sorted) {
    let row = ends.findIndex((end) => end + gap <= span.from);
    if (row === -1) row = ends.push(span.to) - 1;
    else ends[row] = span.to;
    rows.set(span.id, row);
  }
  return { rows, count: ends.length };
}

/** A fraction as an SVG length attribute ("37.5%"), rounded so every render prints the same. */
export function asPercent(fraction: number): string {
  return `${Math.round(fraction * 100_000) / 1000}%`;
}
