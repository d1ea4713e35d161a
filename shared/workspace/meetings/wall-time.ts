/**
 * A meeting starts at a wall-clock time in its own time zone ("10:00 in Washington"), stored as
 * the two parts the delegations entered: "YYYY-MM-DDTHH:mm" and an IANA zone. Stored this way the
 * time stays what was agreed when a zone's rules change, and each laptop can show it in its own
 * zone too. The instant is computed, never stored.
 */
import { dateProblem } from '../../compact/calendar';

const WALL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** The zones offered first: where the delegations meet. Any IANA zone the runtime knows is accepted. */
export const COMMON_TIME_ZONES = ['America/New_York', 'Asia/Jerusalem', 'UTC', 'Europe/London'] as const;

/** A zone as the delegations name it: "Washington time", "Israel time", or the IANA name. */
export function zoneLabel(timeZone: string): string {
  if (timeZone === 'America/New_York') return 'Washington time';
  if (timeZone === 'Asia/Jerusalem') return 'Israel time';
  return timeZone;
}

/** Why `value` is not a wall-clock time, or null. */
export function wallTimeProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'expected a date and time';
  const match = WALL_TIME.exec(value);
  if (!match) return `“${value.slice(0, 40)}” is not a date and time in the form YYYY-MM-DDTHH:mm`;
  const day = dateProblem(match[1]!);
  if (day) return day;
  if (Number(match[2]) > 23 || Number(match[3]) > 59) return `${value} is not a time of day`;
  return null;
}

/** Why `value` is not an IANA time zone this runtime knows, or null. */
export function timeZoneProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return 'expected a time zone';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return null;
  } catch {
    return `“${value}” is not a known time zone`;
  }
}

/** The zone's offset from UTC, in minutes, at instant `at` (ms). */
function offsetMinutes(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(at));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((asUtc - Math.floor(at / 60_000) * 60_000) / 60_000);
}

/**
 * The instant (ms since the epoch) of wall time `startsAt` in `timeZone`, or null when either is
 * invalid. A wall time skipped by a clock change resolves to the offset in force before it.
 */
export function instantOf(startsAt: string, timeZone: string): number | null {
  if (wallTimeProblem(startsAt) || timeZoneProblem(timeZone)) return null;
  const [day, time] = startsAt.split('T') as [string, string];
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, date, hour, minute);
  // Two passes settle the offset on either side of a transition.
  let guess = asUtc - offsetMinutes(asUtc, timeZone) * 60_000;
  guess = asUtc - offsetMinutes(guess, timeZone) * 60_000;
  return guess;
}
