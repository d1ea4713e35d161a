import type { InstitutionDirectory } from '../../../../shared/workspace/institution-view';
import type { Attendee } from '../../../../shared/workspace/meetings/attendees';
import type { MeetingView } from '../../../../shared/workspace/meetings/meeting-view';
import { institutionName } from '../../../../shared/workspace/institution-name';
import type { PersonView } from '../../../../shared/workspace/owner-view';
import type { Translate } from '../../ui/i18n/I18nProvider';

/** A time zone as the interface names it: the two capitals' own words, any other zone by its id. */
export function zoneWords(timeZone: string, t: Translate): string {
  if (timeZone === 'America/New_York') return t('meetings.zone.washington');
  if (timeZone === 'Asia/Jerusalem') return t('meetings.zone.israel');
  return timeZone;
}

/** The meeting's start in its own zone: "Tue 14 Jul 2026, 10:00 · Israel time". */
export function meetingWhen(meeting: MeetingView, locale: string | undefined, t: Translate): string {
  if (meeting.instant === null) return meeting.startsAt || t('meetings.noStart');
  const when = new Intl.DateTimeFormat(locale ?? 'en-GB', {
    timeZone: meeting.timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(new Date(meeting.instant));
  return t('meetings.when', { when, zone: zoneWords(meeting.timeZone, t) });
}

/** The same start on this laptop's clock, when it differs from the meeting's zone (the caller says "here"). */
export function localWhen(meeting: MeetingView, locale = 'en-GB'): string | null {
  if (meeting.instant === null) return null;
  const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (here === meeting.timeZone) return null;
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(meeting.instant));
}

export function attendeeName(attendee: Attendee, people: ReadonlyMap<string, PersonView>): string {
  return attendee.kind === 'guest' ? attendee.name : people.get(attendee.person)?.name ?? attendee.person;
}

/** The institution a person attends for (a guest has none: the caller says "guest"). */
export function attendeeDetail(attendee: Attendee, people: ReadonlyMap<string, PersonView>, directory: InstitutionDirectory): string | null {
  if (attendee.kind === 'guest') return null;
  const institution = people.get(attendee.person)?.institution;
  return institution ? institutionName(directory, institution).label : null;
}

export function initials(name: string): string {
  const words = name.replace(/[^\p{L}\p{N} ]/gu, ' ').trim().split(/\s+/).filter(Boolean);
  return (words.length > 1 ? `${words[0]![0]}${words.at(-1)![0]}` : (words[0] ?? '?').slice(0, 2)).toUpperCase();
}
