/**
 * What a meeting, agenda item or decision record may hold, field by field: the types and limits
 * the operations in this folder enforce, so that whatever a peer or a file writes is something
 * the app could have written. Read by the gate (shared/sync/record-rules.ts adds these to its
 * RECORD_RULES) and by the views, which mark a record holding anything else as invalid.
 * A field check returns a problem in words, or null.
 *
 * `fixed` fields hold a shared type the record is created with and that is edited in place, never
 * replaced: replacing the minutes fragment would throw away everything the note-takers wrote.
 */
import * as Y from 'yjs';
import { isOrderKey } from '../ordering';
import { attendeeProblem } from './attendees';
import {
  AGENDA_FIELDS as A, DECISION_FIELDS as D, MAX_AGENDA_TITLE_LENGTH, MAX_ALLOTTED_MINUTES, MAX_DECISION_TEXT_LENGTH,
  MAX_MEETING_TITLE_LENGTH, MAX_PLACE_LENGTH, MEETING_FIELDS as M, MEETING_STATUSES, PLACES,
} from './meeting-schema';
import { planChangesProblem } from './plan-changes';
import { timeZoneProblem, wallTimeProblem } from './wall-time';

export type FieldCheck = (value: unknown) => string | null;

export interface MeetingFieldRule {
  readonly check: FieldCheck;
  readonly removable?: boolean;
  readonly fixed?: boolean;
}

const MAX_ID = 200;
const MAX_ATTENDEES = 500;
const MAX_LINKS = 200;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const CLIENT_KEY = /^(0|[1-9]\d{0,9})$/;

function found(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (value instanceof Y.XmlFragment) return 'rich text';
  if (value instanceof Y.Map) return 'a map';
  if (value instanceof Y.AbstractType) return 'a shared type';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text of ${value.length} characters`;
  return typeof value === 'object' ? 'an object' : `the ${typeof value} ${String(value)}`;
}

const plainText = (max: number): FieldCheck => (value) => {
  if (typeof value !== 'string' || value.trim().length === 0) return `expected text, found ${found(value)}`;
  return value.length > max ? `the text has ${value.length} characters (at most ${max})` : null;
};

const id: FieldCheck = (value) =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID ? null : `expected an id, found ${found(value)}`;

const oneOf = (allowed: readonly string[]): FieldCheck => (value) =>
  typeof value === 'string' && allowed.includes(value) ? null : `expected one of ${allowed.join(', ')}, found ${found(value)}`;

const time: FieldCheck = (value) =>
  typeof value === 'string' && value.length <= 40 && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value)) ? null : `expected an ISO 8601 UTC time, found ${found(value)}`;

const clientKey: FieldCheck = (value) =>
  typeof value === 'string' && CLIENT_KEY.test(value) && Number(value) <= 0xffffffff ? null : `expected a Yjs client id, found ${found(value)}`;

const order: FieldCheck = (value) =>
  typeof value === 'string' && value.length <= MAX_ID && isOrderKey(value) ? null : `expected a position key, found ${found(value)}`;

const deletedFlag: FieldCheck = (value) => (value === true ? null : `expected true, found ${found(value)}`);

const attendeeOrNull: FieldCheck = (value) => (value === null ? null : attendeeProblem(value));

const plain = (check: FieldCheck): FieldCheck => (value) => (value instanceof Y.AbstractType ? `expected a plain value, found ${found(value)}` : check(value));

const attendance: FieldCheck = (value) => {
  if (!(value instanceof Y.Map)) return `expected an attendance list, found ${found(value)}`;
  if (value.size > MAX_ATTENDEES) return `the attendance has ${value.size} entries (at most ${MAX_ATTENDEES})`;
  for (const [key, attendee] of value) {
    if (key.length > MAX_ID) return `an attendee key has ${key.length} characters`;
    const problem = attendee instanceof Y.AbstractType ? `expected an attendee, found ${found(attendee)}` : attendeeProblem(attendee);
    if (problem) return `attendee ${key.slice(0, 40)}: ${problem}`;
  }
  return null;
};

const links: FieldCheck = (value) => {
  if (!(value instanceof Y.Map)) return `expected a set of links, found ${found(value)}`;
  if (value.size > MAX_LINKS) return `the set has ${value.size} links (at most ${MAX_LINKS})`;
  for (const [key, flag] of value) {
    if (!/^(action|initiative|discrepancy):./.test(key) || key.length > MAX_ID) return `“${key.slice(0, 40)}” is not a link`;
    if (flag !== true) return `link ${key.slice(0, 40)}: expected true, found ${found(flag)}`;
  }
  return null;
};

const minutes: FieldCheck = (value) => (value instanceof Y.XmlFragment && !(value instanceof Y.XmlElement) ? null : `expected rich text, found ${found(value)}`);

const allotted: FieldCheck = (value) =>
  value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_ALLOTTED_MINUTES)
    ? null
    : `expected whole minutes from 1 to ${MAX_ALLOTTED_MINUTES}, found ${found(value)}`;

const STAMPS: Record<string, MeetingFieldRule> = {
  createdAt: { check: time },
  createdBy: { check: clientKey },
  editedAt: { check: time },
  editedBy: { check: clientKey },
  deleted: { check: deletedFlag, removable: true },
};

export const MEETING_RULES: Readonly<Record<string, MeetingFieldRule>> = {
  ...STAMPS,
  [M.title]: { check: plainText(MAX_MEETING_TITLE_LENGTH) },
  [M.startsAt]: { check: wallTimeProblem },
  [M.timeZone]: { check: timeZoneProblem },
  [M.place]: { check: oneOf(PLACES) },
  [M.placeOther]: { check: plainText(MAX_PLACE_LENGTH), removable: true },
  [M.status]: { check: oneOf(MEETING_STATUSES) },
  [M.usChair]: { check: plain(attendeeOrNull) },
  [M.israelChair]: { check: plain(attendeeOrNull) },
  [M.attendees]: { check: attendance, fixed: true },
  [M.minutes]: { check: minutes, fixed: true },
};

export const AGENDA_RULES: Readonly<Record<string, MeetingFieldRule>> = {
  ...STAMPS,
  [A.meeting]: { check: id },
  [A.title]: { check: plainText(MAX_AGENDA_TITLE_LENGTH) },
  [A.order]: { check: order },
  [A.presenter]: { check: plain(attendeeOrNull) },
  [A.minutesAllotted]: { check: allotted },
  [A.links]: { check: links, fixed: true },
};

export const DECISION_RULES: Readonly<Record<string, MeetingFieldRule>> = {
  ...STAMPS,
  [D.meeting]: { check: id },
  [D.text]: { check: plainText(MAX_DECISION_TEXT_LENGTH) },
  [D.order]: { check: order },
  [D.changes]: { check: plain(planChangesProblem) },
  [D.appliedAt]: { check: time },
  [D.appliedBy]: { check: clientKey },
};

/** Every field of `record` that breaks `rules`, in words ("status: expected one of …"); empty when valid. */
export function recordProblems(rules: Readonly<Record<string, MeetingFieldRule>>, record: Y.Map<unknown>, required: readonly string[]): string[] {
  const problems: string[] = [];
  for (const field of required) if (!record.has(field)) problems.push(`${field}: missing`);
  for (const [field, value] of record) {
    const rule = rules[field];
    const problem = rule ? rule.check(value) : 'not a field of this kind of record';
    if (problem) problems.push(`${field}: ${problem}`);
  }
  return problems;
}
