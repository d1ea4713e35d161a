/** The audit trail's fields for a meeting's rows (meeting-audit.ts), their labels, and their lines. */
import type { Side } from '../compact/types';
import { MEETING_STATUS_LABELS, PLACE_LABELS, type MeetingStatus, type Place } from '../workspace/meetings/meeting-schema';

export const MEETING_AUDIT_FIELDS = [
  'meetingTitle', 'meetingStart', 'meetingPlace', 'meetingStatus', 'chairs', 'attendance', 'agendaItem', 'decision', 'meetingDeleted',
] as const;
export type MeetingAuditField = (typeof MEETING_AUDIT_FIELDS)[number];

export const MEETING_AUDIT_LABELS: Readonly<Record<MeetingAuditField, string>> = {
  meetingTitle: 'Meeting title',
  meetingStart: 'Meeting start',
  meetingPlace: 'Meeting place',
  meetingStatus: 'Meeting status',
  chairs: 'Chairs',
  attendance: 'Attendance',
  agendaItem: 'Agenda item',
  decision: 'Decision',
  meetingDeleted: 'Meeting deleted',
};

/**
 * One audited part of a meeting as it stood, kept with the row so the trail says it in the reader's
 * language (the renderer's words) as well as in English (meetingLineWords: the CSV's and the stored
 * words). Names are resolved when the line is taken: who a chair was then.
 */
export type MeetingLine =
  | { readonly kind: 'title'; readonly title: string }
  | { readonly kind: 'start'; readonly startsAt: string; readonly timeZone: string }
  | { readonly kind: 'place'; readonly place: Place | null; readonly other: string | null }
  | { readonly kind: 'status'; readonly status: MeetingStatus | null }
  | { readonly kind: 'chairs'; readonly us: string | null; readonly israel: string | null }
  | { readonly kind: 'attendance'; readonly present: readonly { readonly name: string; readonly side: Side }[] }
  | { readonly kind: 'deleted'; readonly deleted: boolean }
  | { readonly kind: 'agenda'; readonly title: string; readonly presenter: string | null; readonly minutes: number | null }
  | { readonly kind: 'decision'; readonly number: number; readonly text: string; readonly applied: boolean };

const SIDE_WORDS: Readonly<Record<Side, string>> = { us: 'U.S.', israel: 'Israel' };

/** A line in English words, as the trail has always stored them. */
export function meetingLineWords(line: MeetingLine): string {
  switch (line.kind) {
    case 'title': return line.title;
    case 'start': return `${line.startsAt.replace('T', ' ')} (${line.timeZone})`;
    case 'place': return line.place === 'other' ? line.other ?? 'Other' : line.place ? PLACE_LABELS[line.place] : 'None';
    case 'status': return line.status ? MEETING_STATUS_LABELS[line.status] : 'None';
    case 'chairs': return `U.S.: ${line.us ?? 'None'}; Israel: ${line.israel ?? 'None'}`;
    case 'attendance': {
      const present = line.present.map(({ name, side }) => `${name} (${SIDE_WORDS[side]})`);
      return present.length > 0 ? present.join(', ') : 'No one';
    }
    case 'deleted': return line.deleted ? 'Deleted' : 'Not deleted';
    case 'agenda': {
      const details = [line.presenter, line.minutes ? `${line.minutes} min` : null].filter(Boolean);
      return details.length > 0 ? `${line.title} (${details.join(', ')})` : line.title;
    }
    case 'decision': return `D${line.number}: ${line.text}${line.applied ? ' (applied to the plan)' : ''}`;
  }
}
