import type { InstitutionDirectory } from '../../../../shared/workspace/institution-view';
import type { Attendee } from '../../../../shared/workspace/meetings/attendees';
import { PLACE_LABELS } from '../../../../shared/workspace/meetings/meeting-schema';
import type { MeetingView } from '../../../../shared/workspace/meetings/meeting-view';
import { institutionName } from '../../../../shared/workspace/institution-name';
import type { PersonView } from '../../../../shared/workspace/owner-view';
import { zoneLabel } from '../../../../shared/workspace/meetings/wall-time';

/** The meeting's start in its own zone: "Tue 14 Jul 2026 · 10:00 (Asia/Jerusalem)". */
export function meetingWhen(meeting: MeetingView, locale = 'en-GB'): string {
  if (meeting.instant === null) return meeting.startsAt || 'No start time';
  const when = new Intl.DateTimeFormat(locale, {
    timeZone: meeting.timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(new Date(meeting.instant));
  return `${when} · ${zoneLabel(meeting.timeZone)}`;
}

export { zoneLabel };

/** The same start on this laptop's clock, when it differs from the meeting's zone (the caller says "here"). */
export function localWhen(meeting: MeetingView, locale = 'en-GB'): string | null {
  if (meeting.instant === null) return null;
  const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (here === meeting.timeZone) return null;
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(meeting.instant));
}

export function placeLabel(meeting: MeetingView): string {
  if (meeting.place === 'other') return meeting.placeOther ?? 'Other';
  return meeting.place ? PLACE_LABELS[meeting.place] : 'Unknown place';
}

export function attendeeName(attendee: Attendee, people: ReadonlyMap<string, PersonView>): string {
  return attendee.kind === 'guest' ? attendee.name : people.get(attendee.person)?.name ?? attendee.person;
}

export function attendeeDetail(attendee: Attendee, people: ReadonlyMap<string, PersonView>, directory: InstitutionDirectory): string | null {
  if (attendee.kind === 'guest') return 'Guest';
  const institution = people.get(attendee.person)?.institution;
  return institution ? institutionName(directory, institution).label : null;
}

export function initials(name: string): string {
  const words = name.replace(/[^\p{L}\p{N} ]/gu, ' ').trim().split(/\s+/).filter(Boolean);
  return (words.length > 1 ? `${words[0]![0]}${words.at(-1)![0]}` : (words[0] ?? '?').slice(0, 2)).toUpperCase();
}
