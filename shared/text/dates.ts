/**
 * Dates for reading, in the reader's locale. Stored dates stay ISO (YYYY-MM-DD, or YYYY-MM for
 * "by December 2027"); this is the one place that turns them into words, so the timeline, key
 * dates, audit, review and conflicts write a day the same way. The locale is passed in (the
 * renderer reads the laptop's), never read here, so the output is reproducible in tests.
 * Formatting is in UTC: an ISO day is a calendar day, not an instant, and must not move a day
 * west of Greenwich.
 */
import { parseIsoDay } from '../compact/calendar';
import { firstStrongDirection, isolate } from './bidi';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const id = `${locale}|${key}`;
  let found = cache.get(id);
  if (!found) {
    found = new Intl.DateTimeFormat(safeLocale(locale), { ...options, timeZone: 'UTC' });
    cache.set(id, found);
  }
  return found;
}

/** A locale tag Intl accepts; an unknown or malformed one falls back to English. */
function safeLocale(locale: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0 ? locale : 'en-US';
  } catch {
    return 'en-US';
  }
}

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * "Dec 31, 2027" (en-US), "31 Dec 2027" (en-GB), "31 בדצמ׳ 2027" (he-IL); a month ("2027-12")
 * as "December 2027". Anything that is not a real ISO day or month comes back as it was: a value
 * from a peer that the app cannot read is shown, never hidden or guessed.
 */
export function formatDay(iso: string, locale: string): string {
  const day = parseIsoDay(iso);
  if (day) return formatter(locale, { dateStyle: 'medium' }, 'day').format(Date.UTC(day.year, day.month - 1, day.day));
  const month = MONTH.exec(iso);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    return formatter(locale, { year: 'numeric', month: 'long' }, 'month').format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  }
  return iso;
}

/** An instant (ms since the epoch) as a date and time in the reader's zone, e.g. an audit row's time. */
export function formatInstant(at: number, locale: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return 'time not recorded';
  return new Intl.DateTimeFormat(safeLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * formatDay for use inside a sentence: a day written right to left ("31 בדצמ׳ 2027") is isolated
 * (FSI … PDI, shared/text/bidi.ts), so in an English sentence it keeps its own order instead of
 * being split around the digits ("Due 31 2027 בדצמ׳").
 */
export function formatDayInText(iso: string, locale: string): string {
  const text = formatDay(iso, locale);
  return firstStrongDirection(text) === 'rtl' ? isolate(text) : text;
}
