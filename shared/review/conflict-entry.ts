/**
 * The conflict inbox's records, as stored in the document (ROOT.conflicts and
 * ROOT.conflictResolutions) and read back from it. Both come from peers, so everything read is
 * validated here: a malformed entry is counted and left out, never shown half-read or trusted.
 *
 * An entry is a plain object written once under a deterministic key (conflicts.ts builds it from
 * Yjs item ids), so two laptops detecting the same conflict write the same key and the same facts.
 * A resolution lives in its own map under the same key, so re-detection can never erase it.
 */
import { deadlineShape } from '../compact/seed-schema';
import { isOneOf } from '../validation/one-of';
import { conforms } from '../validation/shape';
import { attendeeShape } from '../workspace/meetings/attendees';
import { isConflictField, type ConflictField, type FieldValue } from './fields';

/**
 * What an inbox entry is about: an action, an initiative's owners, a meeting's decision, or one
 * entry of a meeting's attendance (id `${meetingId}/${attendeeKey}`, attendanceId below).
 */
export type RecordKind = 'action' | 'initiative' | 'decision' | 'attendance';
const RECORD_KINDS = ['action', 'initiative', 'decision', 'attendance'] as const;

/** An attendance entry's record id: its meeting and its key in that meeting's attendance. */
export function attendanceId(meetingId: string, key: string): string {
  return `${meetingId}/${key}`;
}

/** The meeting and key an attendance record id names, or null. Meeting ids hold no slash (uuids). */
export function parseAttendanceId(id: string): { readonly meeting: string; readonly key: string } | null {
  const slash = id.indexOf('/');
  if (slash <= 0 || slash === id.length - 1) return null;
  return { meeting: id.slice(0, slash), key: id.slice(slash + 1) };
}

export interface ConflictSide {
  /** null: the field was empty (cleared, or never set). */
  readonly value: FieldValue;
  /** The Yjs client id (as a string) that wrote the value, authors.ts maps it to a person; null for a clear. */
  readonly by: string | null;
  /** When the writer stamped the record (ISO), if its stamp was still readable. */
  readonly at: string | null;
}

export interface ConflictEntry {
  readonly v: 1;
  readonly record: { readonly kind: RecordKind; readonly id: string };
  readonly field: ConflictField;
  /** The value Yjs kept. */
  readonly current: ConflictSide;
  /** The concurrent value it set aside. */
  readonly other: ConflictSide;
  readonly detectedAt: string;
}

export type ConflictChoice = 'current' | 'other';

export interface ConflictResolution {
  readonly v: 1;
  readonly choice: ConflictChoice;
  /** Client id of the resolving laptop's document; counts only if that client wrote the resolution. */
  readonly by: string;
  readonly at: string;
}

const MAX_ID = 200;
const MAX_TEXT = 20_000;
const MAX_MEMBERS = 2_000;
export const MAX_KEY_LENGTH = 600;

export function conflictKey(kind: RecordKind, id: string, field: ConflictField, detail: string): string {
  return `${kind}:${id}/${field}/${detail}`;
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const shortString = (value: unknown, max = MAX_ID): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;
const optionalString = (value: unknown): value is string | null => value === null || shortString(value);
const isoTime = (value: unknown): value is string => shortString(value, 40) && !Number.isNaN(Date.parse(value));
const clientKey = (value: unknown): value is string => typeof value === 'string' && /^\d{1,10}$/.test(value);

function fieldValueOk(field: ConflictField, value: unknown): value is FieldValue {
  switch (field) {
    case 'title':
    case 'decisionText': return typeof value === 'string' && value.length <= MAX_TEXT;
    case 'status':
    case 'tier': return optionalString(value);
    case 'usLead':
    case 'israelLead':
      return value === null || (isObject(value) && optionalString(value.institution) && optionalString(value.person) && Object.keys(value).length === 2);
    case 'supporting':
      return value === null || (Array.isArray(value) && value.length <= MAX_MEMBERS && value.every((member) => shortString(member)));
    case 'due': return value === null || conforms(deadlineShape, value);
    case 'attendee': return value === null || conforms(attendeeShape, value);
  }
}

function parseSide(field: ConflictField, value: unknown): Parsed<ConflictSide> {
  if (!isObject(value) || !(value.by === null || clientKey(value.by)) || !(value.at === null || isoTime(value.at))) return { ok: false };
  const held = value.value;
  if (!fieldValueOk(field, held)) return { ok: false };
  return { ok: true, value: { value: held, by: value.by, at: value.at } };
}

/** An inbox entry read from the document, or not ok when any part is missing or malformed. */
export function parseConflictEntry(key: string, value: unknown): Parsed<ConflictEntry> {
  if (key.length > MAX_KEY_LENGTH || !isObject(value) || value.v !== 1 || !isoTime(value.detectedAt)) return { ok: false };
  const record = value.record;
  if (!isObject(record) || !isOneOf(RECORD_KINDS, record.kind) || !shortString(record.id)) return { ok: false };
  const kind: RecordKind = record.kind;
  if (!isConflictField(value.field)) return { ok: false };
  if (record.kind === 'initiative' && !['usLead', 'israelLead', 'supporting'].includes(value.field)) return { ok: false };
  // A decision's only watched field is its words, and only a decision has that field.
  if ((record.kind === 'decision') !== (value.field === 'decisionText')) return { ok: false };
  // Likewise an attendance entry's only field is the entry itself, under a meeting/key id.
  if ((record.kind === 'attendance') !== (value.field === 'attendee')) return { ok: false };
  if (record.kind === 'attendance' && !parseAttendanceId(record.id)) return { ok: false };
  // The key names what the entry is about: an entry filed under another record's key is not trusted.
  if (!key.startsWith(`${record.kind}:${record.id}/${value.field}/`)) return { ok: false };
  const current = parseSide(value.field, value.current);
  const other = parseSide(value.field, value.other);
  if (!current.ok || !other.ok) return { ok: false };
  return {
    ok: true,
    value: {
      v: 1, record: { kind, id: record.id }, field: value.field,
      current: current.value, other: other.value, detectedAt: value.detectedAt,
    },
  };
}

export function parseResolution(value: unknown): Parsed<ConflictResolution> {
  if (!isObject(value) || value.v !== 1 || (value.choice !== 'current' && value.choice !== 'other')) return { ok: false };
  if (!clientKey(value.by) || !isoTime(value.at)) return { ok: false };
  return { ok: true, value: { v: 1, choice: value.choice, by: value.by, at: value.at } };
}
