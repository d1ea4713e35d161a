/**
 * Working sessions in the workspace document. Three flat roots, each a Y.Map of records keyed by
 * a stable id, like actions (schema.ts): nothing is nested deeper than a record's own fields, so
 * the gate judges every change as one field of one record, and concurrent edits of two items never
 * touch the same map key.
 *
 *   meetings:    Y.Map<meetingId, Y.Map>  MEETING_FIELDS; the minutes are a Y.XmlFragment field,
 *                                         created with the meeting and never replaced (TipTap binds it)
 *   agendaItems: Y.Map<itemId, Y.Map>     AGENDA_FIELDS; `meeting` names the meeting, `order` is a
 *                                         fractional-index key among that meeting's items (ordering.ts)
 *   decisions:   Y.Map<decisionId, Y.Map> DECISION_FIELDS; `changes` is a plain list of plan
 *                                         changes (plan-changes.ts), replaced whole on edit
 *
 * Attendance is a nested Y.Map per meeting, keyed by attendee: two note-takers adding people at
 * once both keep their additions. Everything is soft-deleted (`deleted: true`), never erased.
 */
import type * as Y from 'yjs';
import { ROOT } from '../schema';

export const MEETING_FIELDS = {
  title: 'title',
  /** Wall-clock start in the meeting's own time zone: "YYYY-MM-DDTHH:mm" (wall-time.ts). */
  startsAt: 'startsAt',
  /** An IANA time zone ("America/New_York", "Asia/Jerusalem"). */
  timeZone: 'timeZone',
  place: 'place',
  /** The place's name when `place` is "other". */
  placeOther: 'placeOther',
  status: 'status',
  /** An Attendee (below) or null, one chair per side. */
  usChair: 'usChair',
  israelChair: 'israelChair',
  /** Y.Map<attendeeKey, Attendee>. */
  attendees: 'attendees',
  /** Y.XmlFragment: the minutes, rich text edited in TipTap. */
  minutes: 'minutes',
  createdAt: 'createdAt',
  createdBy: 'createdBy',
  editedAt: 'editedAt',
  editedBy: 'editedBy',
  deleted: 'deleted',
} as const;

export const AGENDA_FIELDS = {
  meeting: 'meeting',
  title: 'title',
  order: 'order',
  /** An Attendee or null. */
  presenter: 'presenter',
  /** Whole minutes allotted, or null. */
  minutesAllotted: 'minutesAllotted',
  /** Y.Map<linkKey, true>: "action:<id>", "initiative:<code>", "discrepancy:<id>" (links.ts). */
  links: 'links',
  createdAt: 'createdAt',
  createdBy: 'createdBy',
  editedAt: 'editedAt',
  editedBy: 'editedBy',
  deleted: 'deleted',
} as const;

export const DECISION_FIELDS = {
  meeting: 'meeting',
  /** Plain text: what was decided, in the delegations' words (replaced whole on edit). */
  text: 'text',
  order: 'order',
  /** A list of PlanChange (plan-changes.ts). */
  changes: 'changes',
  createdAt: 'createdAt',
  createdBy: 'createdBy',
  editedAt: 'editedAt',
  editedBy: 'editedBy',
  /** When and by whom the decision's changes were made to the plan (apply-decision.ts). */
  appliedAt: 'appliedAt',
  appliedBy: 'appliedBy',
  deleted: 'deleted',
} as const;

export const PLACES = ['washington', 'tel-aviv', 'virtual', 'other'] as const;
export type Place = (typeof PLACES)[number];
export const PLACE_LABELS: Readonly<Record<Place, string>> = {
  washington: 'Washington',
  'tel-aviv': 'Tel Aviv',
  virtual: 'Virtual',
  other: 'Other',
};

export const MEETING_STATUSES = ['planned', 'in-progress', 'held', 'minutes-circulated'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Readonly<Record<MeetingStatus, string>> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  held: 'Held',
  'minutes-circulated': 'Minutes circulated',
};

export const MAX_MEETING_TITLE_LENGTH = 300;
export const MAX_AGENDA_TITLE_LENGTH = 300;
export const MAX_DECISION_TEXT_LENGTH = 5_000;
export const MAX_PLACE_LENGTH = 200;
export const MAX_ALLOTTED_MINUTES = 600;
/** The minutes are long, but not unbounded: about a hundred pages. */
export const MAX_MINUTES_CHARACTERS = 400_000;
export const MAX_PLAN_CHANGES = 50;

export function meetingsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.meetings);
}

export function agendaItemsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.agendaItems);
}

export function decisionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.decisions);
}
