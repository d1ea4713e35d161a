/**
 * Who attends, and who chairs: a person from the owner directory, or a name typed on the spot (a
 * guest, who can join the directory later). Each carries the delegation they sit with. Stored as
 * plain values; the attendance of a meeting is a set keyed by attendeeKey, so adding the same
 * directory person twice is one entry, and two note-takers adding people at once keep both.
 */
import { uuidv4 } from 'lib0/random';
import { SIDES, type Side } from '../../compact/types';
import { literal, object, oneOf, tagged, text, validate, type Infer } from '../../validation/shape';
import { MAX_NAME_LENGTH } from '../owners';

const bounded = (max: number) => text({ refine: (value) => (value.length > max ? `has ${value.length} characters (at most ${max})` : null) });

export const attendeeShape = tagged('kind', {
  person: object({ kind: literal('person'), side: oneOf(SIDES), person: bounded(200) }),
  guest: object({ kind: literal('guest'), side: oneOf(SIDES), name: bounded(MAX_NAME_LENGTH) }),
});

export type Attendee = Infer<typeof attendeeShape>;

/** Why `value` is not an attendee, in words, or null. */
export function attendeeProblem(value: unknown): string | null {
  const issues = validate(attendeeShape, value);
  return issues.length === 0 ? null : issues.map((issue) => [...issue.path, issue.message].join(': ')).join('; ');
}

/** The attendance key: a directory person once per meeting; every guest entry its own. */
export function attendeeKey(attendee: Attendee): string {
  return attendee.kind === 'person' ? `person:${attendee.person}` : `guest:${uuidv4()}`;
}

export function sideOf(attendee: Attendee): Side {
  return attendee.side;
}
