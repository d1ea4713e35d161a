/**
 * The fields that review, the audit trail and the conflict inbox speak about, and their values as
 * plain JSON (so they can be stored in IndexedDB, in the document's inbox, and compared).
 *
 * A lead is one field with two parts (institution and named person): the operations write both
 * together (owners.ts setLead), a person only counts at their lead institution, and a choice made
 * in the inbox must restore both at once.
 */
import type { Deadline } from '../compact/deadline-types';
import { deadlineShape } from '../compact/seed-schema';
import { isOneOf } from '../validation/one-of';
import { conforms, isObjectLike, isPlainObject } from '../validation/shape';
import type { ActionView } from '../workspace/action-view';
import { attendeeShape, type Attendee } from '../workspace/meetings/attendees';

/**
 * Fields whose concurrent changes go to the conflict inbox (the design brief's "fields that matter"):
 * an action's, a meeting decision's words (`decisionText`, the decision record's `text`), and one
 * entry of a meeting's attendance (`attendee`: a guest's name or side, replaced whole).
 */
export const CONFLICT_FIELDS = ['title', 'status', 'tier', 'usLead', 'israelLead', 'supporting', 'due', 'decisionText', 'attendee'] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

/** Fields the review and the audit trail compare. */
export const TRACKED_FIELDS = [
  'title', 'description', 'status', 'tier', 'initiative', 'usLead', 'israelLead', 'supporting', 'dependsOn', 'due', 'deleted',
] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

export const FIELD_LABELS: Readonly<Record<TrackedField | ConflictField, string>> = {
  title: 'Title',
  description: 'Description',
  status: 'Status',
  tier: 'Tier',
  initiative: 'Initiative',
  usLead: 'U.S. lead',
  israelLead: 'Israel lead',
  supporting: 'Supporting owners',
  dependsOn: 'Depends on',
  due: 'Due date',
  deleted: 'Deleted',
  decisionText: 'Decision',
  attendee: 'Attendance entry',
};

export interface LeadValue {
  readonly institution: string | null;
  readonly person: string | null;
}

export type FieldValue = string | boolean | null | readonly string[] | LeadValue | Deadline | Attendee;

export function isTrackedField(value: unknown): value is TrackedField {
  return isOneOf(TRACKED_FIELDS, value);
}

export function isConflictField(value: unknown): value is ConflictField {
  return isOneOf(CONFLICT_FIELDS, value);
}

export function isLeadValue(value: unknown): value is LeadValue {
  if (!isPlainObject(value) || Object.keys(value).length !== 2) return false;
  return [value.institution, value.person].every((part) => part === null || typeof part === 'string');
}

/** Any value a field may hold (fieldValueOk in conflict-entry.ts says which one a given field may hold). */
export function isFieldValue(value: unknown): value is FieldValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.every((member) => typeof member === 'string');
  return isLeadValue(value) || conforms(deadlineShape, value) || conforms(attendeeShape, value);
}

/** A field's value in an action view, as plain JSON. */
export function viewValue(view: ActionView, field: TrackedField): FieldValue {
  switch (field) {
    case 'title': return view.title;
    case 'description': return view.description;
    case 'status': return view.status ?? (view.rawStatus || null);
    case 'tier': return view.tier;
    case 'initiative': return view.initiative;
    case 'usLead': return { institution: view.usLead, person: view.usLeadPerson };
    case 'israelLead': return { institution: view.israelLead, person: view.israelLeadPerson };
    case 'supporting': return view.supporting;
    case 'dependsOn': return view.dependsOn;
    case 'due': return view.due;
    case 'deleted': return view.deleted;
  }
}

/** Deep equality of plain JSON values (object key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((value, index) => sameValue(value, b[index]));
  }
  if (!isObjectLike(a) || !isObjectLike(b)) return false;
  const aKeys = Object.keys(a).filter((key) => a[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => b[key] !== undefined);
  return aKeys.length === bKeys.length && aKeys.every((key) => sameValue(a[key], b[key]));
}
