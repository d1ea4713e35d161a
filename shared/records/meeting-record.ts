/**
 * A working session as a record: what the print layout (→ PDF) and the Word writer both lay out,
 * worked out once here so the two cannot disagree. Header (title, date, time with its zone, place,
 * chairs), attendance by delegation, the agenda, the minutes (minutes-blocks.ts), the decisions
 * with the plan changes each makes and whether it was applied, and the action items: every action
 * a decision creates, with its owners and due date (the plan's current values once applied; the
 * decision's own until then).
 *
 * Until both delegations agree the minutes (sign-off comes with the agreement issue) every record
 * is a draft, whatever the meeting's status: "minutes circulated" is not agreement. The status is
 * printed beside the mark. `generatedAt` and `today` are passed in, never read from a clock.
 */
import type * as Y from 'yjs';
import { SIDES, type Side } from '../compact/types';
import type { EventDates } from '../compact/deadlines';
import { scheduleOf } from '../plan/schedule';
import { ACTION_STATUS_LABELS } from '../workspace/action-status';
import type { ActionView } from '../workspace/action-view';
import { describeIdentity } from '../identity/identity';
import { authorOf } from '../workspace/authors';
import { institutionLabel, type InstitutionDirectory } from '../workspace/institution-view';
import type { PersonView } from '../workspace/owner-view';
import type { LinkKind } from '../workspace/meetings/agenda';
import type { Attendee } from '../workspace/meetings/attendees';
import { createdActionId } from '../workspace/meetings/created-action';
import { MEETING_STATUS_LABELS, PLACE_LABELS } from '../workspace/meetings/meeting-schema';
import { minutesFragment, type AgendaItemView, type DecisionView, type MeetingView } from '../workspace/meetings/meeting-view';
import { describeChange } from '../workspace/meetings/plan-changes';
import { zoneLabel } from '../workspace/meetings/wall-time';
import { dueText, formatGeneratedAt } from './plan-record';
import { isRightToLeft, minutesBlocks, type MinutesBlock } from './minutes-blocks';

/**
 * The record's own words, shared by the print layout (MeetingRecordLayout) and the Word writer
 * (meeting-docx.ts) so the two cannot differ. A record is one document read by both delegations
 * (as the plan's record is: plan-record.ts), so it is written in English whatever the interface's
 * language; the people's own words in it keep their direction.
 */
export const MEETING_RECORD_WORDS = {
  attendance: 'Attendance',
  nobody: 'No one recorded.',
  chair: '(chair)',
  agenda: 'Agenda',
  noAgenda: 'No agenda items.',
  agendaColumns: ['#', 'Item', 'Presenter', 'Minutes', 'Linked to'],
  minutes: 'Minutes',
  noMinutes: 'No minutes written.',
  decisions: 'Decisions',
  noDecisions: 'No decisions recorded.',
  planChange: 'Plan change:',
  actionItems: 'Action items',
  noActionItems: 'No action items.',
  actionItemColumns: ['Decision', 'Action', 'U.S. owner', 'Israel owner', 'Due', 'Status'],
} as const;

export const SIDE_LABELS: Readonly<Record<Side, string>> = { us: 'U.S. delegation', israel: 'Israeli delegation' };

export interface RecordAttendee {
  readonly name: string;
  /** The institution's short name, or "Guest" for a name typed on the spot. */
  readonly detail: string | null;
  readonly chair: boolean;
}

export interface RecordAgendaItem {
  readonly number: number;
  readonly title: string;
  readonly presenter: string | null;
  readonly minutes: number | null;
  readonly links: readonly string[];
}

export interface RecordDecision {
  /** "D1", as the meeting page numbers them. */
  readonly number: string;
  readonly text: string;
  readonly rtl: boolean;
  readonly changes: readonly string[];
  /** "Applied to the plan by Avi Cohen (Israel, note-taker), 2026-07-15 09:40 UTC", or "Not yet applied to the plan". */
  readonly applied: string;
}

export interface RecordActionItem {
  readonly decision: string;
  readonly title: string;
  readonly usLead: string;
  readonly israelLead: string;
  readonly due: string;
  readonly status: string;
}

export interface MeetingRecord {
  readonly title: string;
  readonly draftMark: string;
  readonly header: readonly { readonly label: string; readonly value: string }[];
  readonly attendance: readonly { readonly side: Side; readonly label: string; readonly people: readonly RecordAttendee[] }[];
  readonly agenda: readonly RecordAgendaItem[];
  readonly minutes: readonly MinutesBlock[];
  readonly decisions: readonly RecordDecision[];
  readonly actionItems: readonly RecordActionItem[];
  readonly generatedAt: string;
  readonly preparedBy: string | null;
}

export interface MeetingRecordInput {
  readonly doc: Y.Doc;
  readonly meeting: MeetingView;
  readonly agenda: readonly AgendaItemView[];
  readonly decisions: readonly DecisionView[];
  readonly actions: readonly ActionView[];
  readonly institutions: InstitutionDirectory;
  readonly people: ReadonlyMap<string, PersonView>;
  readonly linkLabel: (kind: LinkKind, id: string) => string;
  readonly eventDates: EventDates;
  readonly eventName: (id: string) => string;
  readonly generatedAt: Date;
  readonly today: string;
  readonly preparedBy?: string | null;
}

const sameAttendee = (a: Attendee | null, b: Attendee): boolean =>
  a !== null && a.side === b.side && (a.kind === 'person' ? b.kind === 'person' && a.person === b.person : b.kind === 'guest' && a.name === b.name);

/** "Wednesday, 15 July 2026" and "09:30 Washington time (GMT-4)", in the meeting's own zone. */
function whenLines(meeting: MeetingView): { date: string; time: string } {
  if (meeting.instant === null) return { date: meeting.startsAt || 'Not set', time: 'Not set' };
  const at = new Date(meeting.instant);
  const date = new Intl.DateTimeFormat('en-GB', { timeZone: meeting.timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone: meeting.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  const offset = new Intl.DateTimeFormat('en-GB', { timeZone: meeting.timeZone, timeZoneName: 'shortOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  const zone = zoneLabel(meeting.timeZone);
  return { date, time: `${clock} ${zone}${zone === meeting.timeZone ? '' : ` (${meeting.timeZone}${offset ? `, ${offset}` : ''})`}` };
}

export function buildMeetingRecord(input: MeetingRecordInput): MeetingRecord {
  const { meeting, people, institutions } = input;
  const nameOf = (attendee: Attendee | null): string | null =>
    attendee === null ? null : attendee.kind === 'guest' ? attendee.name : people.get(attendee.person)?.name ?? 'a person not in the directory';
  const lead = (institution: string | null | undefined): string => (institution ? institutionLabel(institutions, institution) : 'None named');
  const { date, time } = whenLines(meeting);
  const place = meeting.place === 'other' ? meeting.placeOther || 'Other' : meeting.place ? PLACE_LABELS[meeting.place] : 'Unknown place';
  const status = meeting.status ? MEETING_STATUS_LABELS[meeting.status] : 'Unknown';
  const actionById = new Map(input.actions.map((action) => [action.id, action]));

  const attendance = SIDES.map((side) => {
    const chair = side === 'us' ? meeting.usChair : meeting.israelChair;
    const listed = meeting.attendees.filter((entry) => entry.attendee.side === side).map(({ attendee }) => ({
      name: nameOf(attendee)!,
      detail: attendee.kind === 'guest' ? 'Guest' : (() => {
        const institution = people.get(attendee.person)?.institution;
        return institution ? institutionLabel(institutions, institution) : null;
      })(),
      chair: sameAttendee(chair, attendee),
    }));
    return { side, label: SIDE_LABELS[side], people: [...listed.filter((person) => person.chair), ...listed.filter((person) => !person.chair)] };
  });

  const decisions: RecordDecision[] = [];
  const actionItems: RecordActionItem[] = [];
  input.decisions.forEach((decision, index) => {
    const number = `D${index + 1}`;
    const title = (id: string) => actionById.get(id)?.title ?? id;
    const applier = decision.appliedBy ? authorOf(input.doc, decision.appliedBy) : null;
    decisions.push({
      number,
      text: decision.text,
      rtl: isRightToLeft(decision.text),
      changes: decision.changes.map((change) => describeChange(change, title, (id) => institutionLabel(institutions, id))),
      applied: decision.appliedAt
        ? `Applied to the plan${applier ? ` by ${describeIdentity(applier)}` : ''}, ${formatGeneratedAt(decision.appliedAt)}`
        : 'Not yet applied to the plan',
    });
    for (const change of decision.changes) {
      if (change.op !== 'create-action') continue;
      const action = decision.appliedAt ? actionById.get(createdActionId(decision.id, change)) : undefined;
      actionItems.push(action
        ? {
          decision: number, title: action.title, usLead: lead(action.usLead), israelLead: lead(action.israelLead),
          due: dueText(action, scheduleOf(action, input.eventDates, input.today), input.eventName),
          status: action.status ? ACTION_STATUS_LABELS[action.status] : 'Unknown',
        }
        : { decision: number, title: change.title, usLead: lead(change.usLead), israelLead: lead(change.israelLead), due: change.due ?? 'No deadline', status: 'Not yet on the plan' });
    }
  });

  return {
    title: meeting.title,
    draftMark: `Draft — minutes not yet agreed by both delegations (status: ${status})`,
    header: [
      { label: 'Date', value: date },
      { label: 'Time', value: time },
      { label: 'Place', value: place },
      { label: 'U.S. chair', value: nameOf(meeting.usChair) ?? 'Not named' },
      { label: 'Israeli chair', value: nameOf(meeting.israelChair) ?? 'Not named' },
      { label: 'Status', value: status },
    ],
    attendance,
    agenda: input.agenda.map((item, index) => ({
      number: index + 1,
      title: item.title,
      presenter: nameOf(item.presenter),
      minutes: item.minutesAllotted,
      links: item.links.map((link) => input.linkLabel(link.kind, link.id)),
    })),
    minutes: minutesBlocks(minutesFragment(input.doc, meeting.id)),
    decisions,
    actionItems,
    generatedAt: input.generatedAt.toISOString(),
    preparedBy: input.preparedBy ?? null,
  };
}

/** The line under the header: when the record was made and by whom. */
export function meetingRecordFootnote(record: MeetingRecord): string {
  return `Generated ${formatGeneratedAt(record.generatedAt)}${record.preparedBy ? ` by ${record.preparedBy}` : ''}`;
}

/** "tandem-meeting-2026-07-15-working-session-4.docx": the meeting's day and a slug of its title. */
export function meetingRecordFileName(meeting: MeetingView, extension: string): string {
  const slug = meeting.title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'meeting';
  const day = /^\d{4}-\d{2}-\d{2}/.exec(meeting.startsAt)?.[0] ?? 'undated';
  return `tandem-meeting-${day}-${slug}.${extension}`;
}
