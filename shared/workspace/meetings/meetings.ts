/**
 * Operations on meetings. Each checks everything first and throws OperationError (changing
 * nothing), then writes in one LOCAL_ORIGIN transaction stamped with who and when.
 */
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import { SIDES, type Side } from '../../compact/types';
import { isOneOf } from '../../validation/one-of';
import { OperationError, type PlannedEdit } from '../actions';
import { INSTITUTION_FIELDS, LOCAL_ORIGIN, PERSON_FIELDS, institutionsMap, peopleMap } from '../schema';
import { attendeeKey, attendeeProblem, type Attendee } from './attendees';
import {
  MAX_MEETING_TITLE_LENGTH, MAX_PLACE_LENGTH, MEETING_FIELDS as M, MEETING_STATUSES, PLACES, meetingsMap,
  type MeetingStatus, type Place,
} from './meeting-schema';
import { checkedText, requireLive, stampCreation, stampEdit } from './records';
import { timeZoneProblem, wallTimeProblem } from './wall-time';

export interface NewMeeting {
  readonly title: string;
  readonly startsAt: string;
  readonly timeZone: string;
  readonly place: Place;
  readonly placeOther?: string;
  readonly status?: MeetingStatus;
}

function checkTime(startsAt: string, timeZone: string): void {
  const problem = wallTimeProblem(startsAt) ?? timeZoneProblem(timeZone);
  if (problem) throw new OperationError(`The start: ${problem}.`);
}

function checkPlace(place: Place, other: string | undefined): string | null {
  if (!isOneOf(PLACES, place)) throw new OperationError(`Unknown place “${String(place)}”.`);
  return place === 'other' ? checkedText('place', other ?? '', MAX_PLACE_LENGTH) : null;
}

export function addMeeting(doc: Y.Doc, input: NewMeeting, now: Date = new Date()): string {
  const title = checkedText('title', input.title, MAX_MEETING_TITLE_LENGTH);
  checkTime(input.startsAt, input.timeZone);
  const other = checkPlace(input.place, input.placeOther);
  const status = input.status ?? 'planned';
  if (!isOneOf(MEETING_STATUSES, status)) throw new OperationError(`Unknown meeting status “${String(status)}”.`);
  const id = uuidv4();
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set(M.title, title);
    record.set(M.startsAt, input.startsAt);
    record.set(M.timeZone, input.timeZone);
    record.set(M.place, input.place);
    if (other !== null) record.set(M.placeOther, other);
    record.set(M.status, status);
    record.set(M.usChair, null);
    record.set(M.israelChair, null);
    record.set(M.attendees, new Y.Map<unknown>());
    record.set(M.minutes, new Y.XmlFragment());
    stampCreation(doc, record, now);
    meetingsMap(doc).set(id, record);
  }, LOCAL_ORIGIN);
  return id;
}

function edit(doc: Y.Doc, id: string, write: (record: Y.Map<unknown>) => void, now: Date): void {
  const record = requireLive(meetingsMap(doc), 'meeting', id);
  doc.transact(() => {
    write(record);
    stampEdit(doc, record, now);
  }, LOCAL_ORIGIN);
}

export function setMeetingTitle(doc: Y.Doc, id: string, title: string, now: Date = new Date()): void {
  const checked = checkedText('title', title, MAX_MEETING_TITLE_LENGTH);
  edit(doc, id, (record) => record.set(M.title, checked), now);
}

export function setMeetingStart(doc: Y.Doc, id: string, startsAt: string, timeZone: string, now: Date = new Date()): void {
  checkTime(startsAt, timeZone);
  edit(doc, id, (record) => {
    record.set(M.startsAt, startsAt);
    record.set(M.timeZone, timeZone);
  }, now);
}

export function setMeetingPlace(doc: Y.Doc, id: string, place: Place, placeOther?: string, now: Date = new Date()): void {
  const other = checkPlace(place, placeOther);
  edit(doc, id, (record) => {
    record.set(M.place, place);
    if (other !== null) record.set(M.placeOther, other);
  }, now);
}

export function setMeetingStatus(doc: Y.Doc, id: string, status: MeetingStatus, now: Date = new Date()): void {
  if (!isOneOf(MEETING_STATUSES, status)) throw new OperationError(`Unknown meeting status “${String(status)}”.`);
  edit(doc, id, (record) => record.set(M.status, status), now);
}

/** A directory person must sit with their institution's delegation. */
function checkAttendee(doc: Y.Doc, attendee: Attendee): Attendee {
  const problem = attendeeProblem(attendee);
  if (problem) throw new OperationError(`The attendee: ${problem}.`);
  if (attendee.kind === 'guest') return { kind: 'guest', side: attendee.side, name: attendee.name.trim() };
  const person = peopleMap(doc).get(attendee.person);
  if (!(person instanceof Y.Map)) throw new OperationError(`There is no person ${attendee.person} in the directory.`);
  const institution = institutionsMap(doc).get(String(person.get(PERSON_FIELDS.institution)));
  const side = institution instanceof Y.Map ? institution.get(INSTITUTION_FIELDS.side) : undefined;
  if (side !== attendee.side) throw new OperationError(`${String(person.get(PERSON_FIELDS.name))} is not in the ${attendee.side === 'us' ? 'U.S.' : 'Israeli'} delegation.`);
  return attendee;
}

export function setMeetingChair(doc: Y.Doc, id: string, side: Side, chair: Attendee | null, now: Date = new Date()): void {
  if (!isOneOf(SIDES, side)) throw new OperationError(`Unknown side “${String(side)}”.`);
  const checked = chair === null ? null : checkAttendee(doc, chair);
  if (checked && checked.side !== side) throw new OperationError('A chair sits with the side they chair.', { id: 'chairSide' });
  edit(doc, id, (record) => record.set(side === 'us' ? M.usChair : M.israelChair, checked), now);
}

/** Adds an attendee; returns its key in the attendance (a directory person already there keeps theirs). */
export function addAttendee(doc: Y.Doc, id: string, attendee: Attendee, now: Date = new Date()): string {
  const checked = checkAttendee(doc, attendee);
  const key = attendeeKey(checked);
  edit(doc, id, (record) => {
    const attendees = record.get(M.attendees);
    if (!(attendees instanceof Y.Map)) throw new OperationError(`Meeting ${id} has no attendance list.`);
    attendees.set(key, checked);
  }, now);
  return key;
}

/**
 * The write that changes the attendance entry `key` (a guest's name or side; a directory person
 * stays who they are, under the same key), checked first. The entry is replaced whole, so two
 * note-takers changing it apart leave a choice in the conflict inbox, never a mix.
 */
export function planAttendee(doc: Y.Doc, id: string, key: string, attendee: Attendee, now: Date = new Date()): PlannedEdit {
  const record = requireLive(meetingsMap(doc), 'meeting', id);
  const attendees = record.get(M.attendees);
  if (!(attendees instanceof Y.Map) || !attendees.has(key)) throw new OperationError('That person is not on the attendance list.', { id: 'notOnAttendance' });
  const checked = checkAttendee(doc, attendee);
  if (checked.kind === 'person' ? key !== attendeeKey(checked) : !key.startsWith('guest:')) {
    throw new OperationError('An attendance entry keeps the person it names.');
  }
  return () => {
    attendees.set(key, checked);
    stampEdit(doc, record, now);
  };
}

export function setAttendee(doc: Y.Doc, id: string, key: string, attendee: Attendee, now: Date = new Date()): void {
  const write = planAttendee(doc, id, key, attendee, now);
  doc.transact(write, LOCAL_ORIGIN);
}

export function removeAttendee(doc: Y.Doc, id: string, key: string, now: Date = new Date()): void {
  const record = requireLive(meetingsMap(doc), 'meeting', id);
  const attendees = record.get(M.attendees);
  if (!(attendees instanceof Y.Map) || !attendees.has(key)) throw new OperationError('That person is not on the attendance list.', { id: 'notOnAttendance' });
  edit(doc, id, () => attendees.delete(key), now);
}

export function setMeetingDeleted(doc: Y.Doc, id: string, deleted: boolean, now: Date = new Date()): void {
  const record = meetingsMap(doc).get(id);
  if (!(record instanceof Y.Map)) throw new OperationError(`There is no meeting ${id}.`);
  if ((record.get(M.deleted) === true) === deleted) return;
  doc.transact(() => {
    if (deleted) record.set(M.deleted, true);
    else record.delete(M.deleted);
    stampEdit(doc, record, now);
  }, LOCAL_ORIGIN);
}
