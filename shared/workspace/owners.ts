/**
 * Owner assignments, the same for an action and for an initiative record: a U.S. lead and an
 * Israel lead (an institution of that side, optionally a named person there) and supporting
 * owners (a set, kept as a nested map so two laptops adding at once both keep their additions).
 * The owner directory grows here too: institutions and people.
 */
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import { INSTITUTION_KINDS, SIDES, type InstitutionKind, type Side } from '../compact/types';
import { isOneOf } from '../validation/one-of';
import { lengthRefusal, type SaidProblem } from '../validation/text-limits';
import { isolate } from '../text/bidi';
import { OperationError, applyPlanned, stampEdit, type PlannedEdit } from './actions';
import {
  INSTITUTION_FIELDS as I, LOCAL_ORIGIN, OWNER_FIELDS as O, PERSON_FIELDS as P,
  actionsMap, initiativesMap, institutionsMap, peopleMap,
} from './schema';

export type OwnedTarget = { readonly kind: 'action' | 'initiative'; readonly id: string };

export const MAX_NAME_LENGTH = 200;

function ownedRecord(doc: Y.Doc, target: OwnedTarget): Y.Map<unknown> {
  const map = target.kind === 'action' ? actionsMap(doc) : initiativesMap(doc);
  const record = map.get(target.id);
  if (!(record instanceof Y.Map)) throw new OperationError(`No ${target.kind} ${target.id}.`);
  return record;
}

function institutionSide(doc: Y.Doc, id: string): Side {
  const record = institutionsMap(doc).get(id);
  const side = record instanceof Y.Map ? record.get(I.side) : undefined;
  if (!isOneOf(SIDES, side)) throw new OperationError(`There is no institution ${id} in the directory.`);
  return side;
}

function institutionName(doc: Y.Doc, id: string): string {
  const record = institutionsMap(doc).get(id);
  const name = record instanceof Y.Map ? record.get(I.name) : undefined;
  return typeof name === 'string' ? name : id;
}

function personInstitution(doc: Y.Doc, id: string): string {
  const record = peopleMap(doc).get(id);
  const institution = record instanceof Y.Map ? record.get(P.institution) : undefined;
  if (typeof institution !== 'string') throw new OperationError(`There is no person ${id} in the directory.`);
  return institution;
}

/** Actions and initiative records carry the same editedAt/editedBy stamps. */
function stamp(_doc: Y.Doc, _target: OwnedTarget, record: Y.Map<unknown>, now: Date): void {
  stampEdit(_doc, record, now);
}

/** Sets one side's lead (null clears it). A person must work at the lead institution. */
export function setLead(
  doc: Y.Doc, target: OwnedTarget, side: Side, institution: string | null, person: string | null = null, now: Date = new Date(),
): void {
  applyPlanned(doc, [planLead(doc, target, side, institution, person, now)]);
}

/** "X is not a U.S. institution.": an institution named as a lead of the other side. */
export function wrongSideRefusal(doc: Y.Doc, institution: string, side: Side): SaidProblem {
  const name = institutionName(doc, institution);
  return {
    message: `${name} is not ${side === 'us' ? 'a U.S.' : 'an Israeli'} institution.`,
    refusal: { id: 'wrongSide', values: { name: isolate(name), side } },
  };
}

export function planLead(
  doc: Y.Doc, target: OwnedTarget, side: Side, institution: string | null, person: string | null = null, now: Date = new Date(),
): PlannedEdit {
  const record = ownedRecord(doc, target);
  if (institution !== null && institutionSide(doc, institution) !== side) {
    throw OperationError.of(wrongSideRefusal(doc, institution, side));
  }
  if (person !== null && (institution === null || personInstitution(doc, person) !== institution)) {
    throw new OperationError('The named person must work at the lead institution.', { id: 'leadPerson' });
  }
  const [leadField, personField] = side === 'us' ? [O.usLead, O.usLeadPerson] : [O.israelLead, O.israelLeadPerson];
  return () => {
    if ((record.get(leadField) ?? null) === institution && (record.get(personField) ?? null) === person) return;
    // A clear is written as null, not a delete: a Yjs delete leaves no item, so a clear racing a
    // set would vanish silently; a null write is a sibling the conflict inbox can show.
    record.set(leadField, institution);
    record.set(personField, person);
    stamp(doc, target, record, now);
  };
}

/** Adds or removes a supporting owner. */
export function setSupporting(doc: Y.Doc, target: OwnedTarget, institution: string, supporting: boolean, now: Date = new Date()): void {
  applyPlanned(doc, [planSupporting(doc, target, institution, supporting, now)]);
}

export function planSupporting(doc: Y.Doc, target: OwnedTarget, institution: string, supporting: boolean, now: Date = new Date()): PlannedEdit {
  const record = ownedRecord(doc, target);
  institutionSide(doc, institution);
  return () => {
    const stored = record.get(O.supporting);
    const members: Y.Map<unknown> = stored instanceof Y.Map ? stored : record.set(O.supporting, new Y.Map<unknown>());
    if (members.has(institution) === supporting) return;
    if (supporting) members.set(institution, true);
    else members.delete(institution);
    stamp(doc, target, record, now);
  };
}

export const EMPTY_NAME = 'A name is needed.';

/** Why a directory name (or, with noun 'short name', a short name) is refused, or null; names are stored trimmed. */
export function nameProblem(name: string, noun: 'name' | 'short name' = 'name'): SaidProblem | null {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (!trimmed) return noun === 'name' ? { message: EMPTY_NAME, refusal: { id: 'nameNeeded' } } : null;
  return lengthRefusal(noun, trimmed, MAX_NAME_LENGTH);
}

function checkName(name: string): string {
  const problem = nameProblem(name);
  if (problem) throw OperationError.of(problem);
  return name.trim();
}

export function addInstitution(doc: Y.Doc, input: { name: string; side: Side; kind: InstitutionKind; shortName?: string }): string {
  const name = checkName(input.name);
  const shortProblem = input.shortName === undefined ? null : nameProblem(input.shortName, 'short name');
  if (shortProblem) throw OperationError.of(shortProblem);
  if (!SIDES.includes(input.side)) throw new OperationError(`Unknown side “${String(input.side)}”.`);
  if (!INSTITUTION_KINDS.includes(input.kind)) throw new OperationError(`Unknown kind “${String(input.kind)}”.`);
  const id = `${input.side === 'us' ? 'us' : 'il'}-${uuidv4()}`;
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set(I.name, name);
    if (input.shortName?.trim()) record.set(I.shortName, input.shortName.trim());
    record.set(I.side, input.side);
    record.set(I.kind, input.kind);
    institutionsMap(doc).set(id, record);
  }, LOCAL_ORIGIN);
  return id;
}

export function addPerson(doc: Y.Doc, input: { name: string; institution: string }): string {
  const name = checkName(input.name);
  institutionSide(doc, input.institution);
  const id = uuidv4();
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set(P.name, name);
    record.set(P.institution, input.institution);
    peopleMap(doc).set(id, record);
  }, LOCAL_ORIGIN);
  return id;
}
