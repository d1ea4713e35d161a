/**
 * Immutable views of meetings, agenda items and decisions, derived from the document for the UI.
 * A record holding anything the app could not have written (from a peer before the gate knew the
 * kind, or a stored copy) is still shown, with `problems` naming each bad field; fields that are
 * valid keep their values, so nothing valid is lost.
 */
import * as Y from 'yjs';
import { isOneOf } from '../../validation/one-of';
import { attendeeProblem, type Attendee } from './attendees';
import { parseLinkKey, type LinkKind } from './agenda';
import {
  AGENDA_FIELDS as A, DECISION_FIELDS as D, MEETING_FIELDS as M, MEETING_STATUSES, PLACES,
  agendaItemsMap, decisionsMap, meetingsMap, type MeetingStatus, type Place,
} from './meeting-schema';
import { AGENDA_RULES, DECISION_RULES, MEETING_RULES, recordProblems } from './meeting-rules';
import { planChangesProblem, type PlanChange } from './plan-changes';
import { compareOrdered, isOrderKey } from '../ordering';
import { instantOf } from './wall-time';
import { placementOf } from '../../yjs/internals';
import type { AnyType } from '../../yjs/structs';

export interface AttendanceEntry {
  readonly key: string;
  readonly attendee: Attendee;
}

export interface MeetingView {
  readonly id: string;
  readonly title: string;
  readonly startsAt: string;
  readonly timeZone: string;
  /** The start as an instant (ms), or null when the stored time is not readable. */
  readonly instant: number | null;
  readonly place: Place | null;
  readonly placeOther: string | null;
  readonly status: MeetingStatus | null;
  readonly usChair: Attendee | null;
  readonly israelChair: Attendee | null;
  readonly attendees: readonly AttendanceEntry[];
  readonly deleted: boolean;
  readonly problems: readonly string[];
}

export interface AgendaItemView {
  readonly id: string;
  readonly meeting: string;
  readonly title: string;
  readonly order: string;
  readonly presenter: Attendee | null;
  readonly minutesAllotted: number | null;
  readonly links: readonly { readonly kind: LinkKind; readonly id: string }[];
  readonly problems: readonly string[];
}

export interface DecisionView {
  readonly id: string;
  readonly meeting: string;
  readonly text: string;
  readonly order: string;
  /** The plan changes when they are readable; empty with `problems` otherwise. */
  readonly changes: readonly PlanChange[];
  readonly appliedAt: string | null;
  readonly appliedBy: string | null;
  readonly problems: readonly string[];
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const attendeeOr = (value: unknown): Attendee | null => (value !== null && attendeeProblem(value) === null ? (value as Attendee) : null);

function meetingView(id: string, record: Y.Map<unknown>): MeetingView {
  const attendees: AttendanceEntry[] = [];
  const list = record.get(M.attendees);
  if (list instanceof Y.Map) {
    for (const [key, value] of list) {
      const attendee = attendeeOr(value);
      if (attendee) attendees.push({ key, attendee });
    }
  }
  attendees.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const place = record.get(M.place);
  const status = record.get(M.status);
  const startsAt = str(record.get(M.startsAt));
  const timeZone = str(record.get(M.timeZone));
  return {
    id,
    title: str(record.get(M.title)) || 'Untitled meeting',
    startsAt,
    timeZone,
    instant: instantOf(startsAt, timeZone),
    place: isOneOf(PLACES, place) ? place : null,
    placeOther: typeof record.get(M.placeOther) === 'string' ? str(record.get(M.placeOther)) : null,
    status: isOneOf(MEETING_STATUSES, status) ? status : null,
    usChair: attendeeOr(record.get(M.usChair)),
    israelChair: attendeeOr(record.get(M.israelChair)),
    attendees,
    deleted: record.get(M.deleted) === true,
    problems: recordProblems(MEETING_RULES, record, [M.title, M.startsAt, M.timeZone, M.place, M.status, M.minutes]),
  };
}

/** Every meeting, soonest first (unreadable times last), deleted ones flagged. */
export function deriveMeetings(doc: Y.Doc): readonly MeetingView[] {
  const views: MeetingView[] = [];
  meetingsMap(doc).forEach((value, id) => {
    if (value instanceof Y.Map) views.push(meetingView(id, value));
    else views.push({ ...meetingView(id, new Y.Map()), problems: ['the record is not a record'] });
  });
  return views.sort((a, b) => (a.instant ?? Infinity) - (b.instant ?? Infinity) || (a.id < b.id ? -1 : 1));
}

function agendaView(id: string, record: Y.Map<unknown>): AgendaItemView {
  const links: { kind: LinkKind; id: string }[] = [];
  const set = record.get(A.links);
  if (set instanceof Y.Map) for (const key of set.keys()) {
    const link = parseLinkKey(key);
    if (link) links.push(link);
  }
  links.sort((a, b) => (`${a.kind}:${a.id}` < `${b.kind}:${b.id}` ? -1 : 1));
  const minutes = record.get(A.minutesAllotted);
  const order = record.get(A.order);
  return {
    id,
    meeting: str(record.get(A.meeting)),
    title: str(record.get(A.title)) || 'Untitled item',
    order: isOrderKey(order) ? order : '',
    presenter: attendeeOr(record.get(A.presenter)),
    minutesAllotted: typeof minutes === 'number' && Number.isInteger(minutes) && minutes > 0 ? minutes : null,
    links,
    problems: recordProblems(AGENDA_RULES, record, [A.meeting, A.title, A.order]),
  };
}

/** The meeting's live agenda items in order (fractional key, then id). */
export function deriveAgenda(doc: Y.Doc, meetingId: string): readonly AgendaItemView[] {
  const items: AgendaItemView[] = [];
  agendaItemsMap(doc).forEach((value, id) => {
    if (!(value instanceof Y.Map) || value.get(A.meeting) !== meetingId || value.get(A.deleted) === true) return;
    items.push(agendaView(id, value));
  });
  return items.sort(compareOrdered);
}

function decisionView(id: string, record: Y.Map<unknown>): DecisionView {
  const changes = record.get(D.changes);
  const order = record.get(D.order);
  const appliedAt = record.get(D.appliedAt);
  const appliedBy = record.get(D.appliedBy);
  return {
    id,
    meeting: str(record.get(D.meeting)),
    text: str(record.get(D.text)),
    order: isOrderKey(order) ? order : '',
    changes: planChangesProblem(changes) === null ? (changes as readonly PlanChange[]) : [],
    appliedAt: typeof appliedAt === 'string' ? appliedAt : null,
    appliedBy: typeof appliedBy === 'string' ? appliedBy : null,
    problems: recordProblems(DECISION_RULES, record, [D.meeting, D.text, D.order, D.changes]),
  };
}

/** The meeting's live decisions in the order they were recorded. */
export function deriveDecisions(doc: Y.Doc, meetingId: string): readonly DecisionView[] {
  const views: DecisionView[] = [];
  decisionsMap(doc).forEach((value, id) => {
    if (!(value instanceof Y.Map) || value.get(D.meeting) !== meetingId || value.get(D.deleted) === true) return;
    views.push(decisionView(id, value));
  });
  return views.sort(compareOrdered);
}

/** The meeting's minutes fragment, for the editor; null when the record holds none. */
export function minutesFragment(doc: Y.Doc, meetingId: string): Y.XmlFragment | null {
  const record = meetingsMap(doc).get(meetingId);
  const fragment = record instanceof Y.Map ? record.get(M.minutes) : undefined;
  return fragment instanceof Y.XmlFragment ? fragment : null;
}

/** Everything the meetings screens show, derived together (the three roots change together). */
export interface MeetingsView {
  readonly meetings: readonly MeetingView[];
  readonly agenda: ReadonlyMap<string, readonly AgendaItemView[]>;
  readonly decisions: ReadonlyMap<string, readonly DecisionView[]>;
}

export const NO_MEETINGS: MeetingsView = { meetings: [], agenda: new Map(), decisions: new Map() };

export function deriveMeetingsView(doc: Y.Doc): MeetingsView {
  const meetings = deriveMeetings(doc);
  return {
    meetings,
    agenda: new Map(meetings.map((meeting) => [meeting.id, deriveAgenda(doc, meeting.id)])),
    decisions: new Map(meetings.map((meeting) => [meeting.id, deriveDecisions(doc, meeting.id)])),
  };
}

/**
 * Whether `transaction` changed a meeting, agenda item or decision record (or their attendance and
 * link sets): what the views show. Typing in the minutes changes only the fragment's texts and
 * elements, and does not re-derive anything.
 */
export function touchesMeetingRecords(doc: Y.Doc, transaction: Y.Transaction): boolean {
  const roots = new Set<unknown>([meetingsMap(doc), agendaItemsMap(doc), decisionsMap(doc)]);
  for (const type of transaction.changed.keys()) {
    if (!(type instanceof Y.Map)) continue;
    let current: AnyType = type;
    for (let place = placementOf(current); place !== null; place = placementOf(current)) current = place.parent;
    if (roots.has(current)) return true;
  }
  return false;
}
