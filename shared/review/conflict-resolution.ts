/**
 * Settling a field in the conflict inbox. Keeping the current value writes nothing to the record;
 * picking another value writes it through the same operations a person's edit uses, as a local
 * edit (attributed, undoable, and seen by the other laptop as a sequential change that raises no
 * new conflict). Either way every open entry of that field gets a resolution record naming this
 * laptop's client, so the decision syncs and the entries leave the inbox everywhere.
 * Same contract as the other operations: OperationError and no change on invalid input.
 */
import * as Y from 'yjs';
import { deadlineShape } from '../compact/seed-schema';
import { conforms, parse } from '../validation/shape';
import type { Deadline } from '../compact/deadline-types';
import { OperationError, applyPlanned, planActionStatus, planActionTitle, type PlannedEdit } from '../workspace/actions';
import { planDeadline } from '../workspace/action-edits';
import { isActionStatus } from '../workspace/action-status';
import { isTier } from '../workspace/lanes';
import { planMove } from '../workspace/board';
import { planLead, planSupporting, type OwnedTarget } from '../workspace/owners';
import { ACTION_FIELDS as F, actionsMap, authorKey, conflictResolutionsMap, conflictsMap, initiativesMap } from '../workspace/schema';
import { parseAttendanceId, parseConflictEntry, type ConflictChoice, type ConflictEntry, type ConflictResolution } from './conflict-entry';
import { isLeadValue, sameValue, type FieldValue } from './fields';
import { planDecisionText } from '../workspace/meetings/decisions';
import { attendeeShape } from '../workspace/meetings/attendees';
import { planAttendee } from '../workspace/meetings/meetings';

/**
 * Resolves the entries `keys` (one field's open entries). With `use` the field takes that value
 * (one of the entries' other values) and entries that offered it are resolved as 'other', the rest
 * as 'current'; without it the current value stays and all are resolved as 'current'.
 * All or none: the field's write is planned (every check made) before anything is written.
 */
export function resolveConflicts(doc: Y.Doc, keys: readonly string[], use: FieldValue | undefined, now: Date = new Date()): void {
  const entries = keys.map((key) => {
    const parsed = parseConflictEntry(key, conflictsMap(doc).get(key));
    if (!parsed.ok) throw new OperationError('This conflict entry is not readable; it cannot be resolved.');
    return { key, entry: parsed.value };
  });
  const [first] = entries;
  if (!first) return;
  if (entries.some(({ entry }) => entry.record.id !== first.entry.record.id || entry.field !== first.entry.field || entry.record.kind !== first.entry.record.kind)) {
    throw new OperationError('Entries of different fields are resolved one field at a time.');
  }
  if (use !== undefined && !entries.some(({ entry }) => sameValue(entry.other.value, use))) {
    throw new OperationError('That value is not one of the values in conflict.');
  }
  const writes = use !== undefined ? planField(doc, first.entry, use, now) : [];
  applyPlanned(doc, [
    ...writes,
    () => {
      const resolutions = conflictResolutionsMap(doc);
      for (const { key, entry } of entries) {
        const choice: ConflictChoice = use !== undefined && sameValue(entry.other.value, use) ? 'other' : 'current';
        const resolution: ConflictResolution = { v: 1, choice, by: authorKey(doc.clientID), at: now.toISOString() };
        resolutions.set(key, resolution);
      }
    },
  ]);
}

/** The writes that give the field `value`, each checked: through the operations a person's edit uses. */
function planField(doc: Y.Doc, entry: ConflictEntry, value: FieldValue, now: Date): PlannedEdit[] {
  const { kind, id } = entry.record;
  if (kind === 'attendance') {
    const place = parseAttendanceId(id);
    // parseConflictEntry admits only the entry itself (`attendee`) for an attendance record.
    if (!place || !conforms(attendeeShape, value)) throw new OperationError('An attendance entry is a person or a guest with their side.');
    return [planAttendee(doc, place.meeting, place.key, value, now)];
  }
  if (kind === 'decision') {
    // parseConflictEntry admits only the decision's words for a decision.
    if (typeof value !== 'string') throw new OperationError('A decision is text.');
    return [planDecisionText(doc, id, value, now)];
  }
  const target: OwnedTarget = { kind, id };
  switch (entry.field) {
    case 'title':
      if (typeof value !== 'string') throw new OperationError('A title is text.');
      return [planActionTitle(doc, id, value, now)];
    case 'status':
      if (!isActionStatus(value)) throw new OperationError(`Unknown status "${String(value)}".`);
      return [planActionStatus(doc, id, value, now)];
    case 'tier':
      if (value !== null && !isTier(value)) throw new OperationError(`Unknown tier “${String(value)}”.`);
      // To the end of that lane: the position it had there is not part of the conflict.
      return [planMove(doc, id, value, Number.MAX_SAFE_INTEGER, now)];
    case 'usLead':
    case 'israelLead':
      if (value !== null && !isLeadValue(value)) throw new OperationError('A lead is an institution and, optionally, a person.');
      return [planLead(doc, target, entry.field === 'usLead' ? 'us' : 'israel', value?.institution ?? null, value?.person ?? null, now)];
    case 'supporting':
      if (value !== null && !Array.isArray(value)) throw new OperationError('Supporting owners are a list of institutions.');
      return planSupportingSet(doc, target, value ?? [], now);
    case 'due':
      return [planDeadline(doc, id, value === null ? null : readableDeadline(value), now)];
    case 'decisionText':
      throw new OperationError('Only a decision has words to settle.');
    case 'attendee':
      throw new OperationError('Only a meeting has attendance to settle.');
  }
}

function planSupportingSet(doc: Y.Doc, target: OwnedTarget, wanted: readonly string[], now: Date): PlannedEdit[] {
  const record = (target.kind === 'action' ? actionsMap(doc) : initiativesMap(doc)).get(target.id);
  if (!(record instanceof Y.Map)) throw new OperationError(`No ${target.kind} ${target.id}.`);
  const set = record.get(F.supporting);
  const present = set instanceof Y.Map ? [...set.keys()] : [];
  return [
    ...present.filter((institution) => !wanted.includes(institution)).map((institution) => planSupporting(doc, target, institution, false, now)),
    ...wanted.filter((institution) => !present.includes(institution)).map((institution) => planSupporting(doc, target, institution, true, now)),
  ];
}

/**
 * A due date put back exactly as it was written (a compact deadline may be a window or a month,
 * which the date form cannot express), as a plain-JSON copy checked to have the shape the app
 * relies on: the document stores the copy, never the caller's object.
 */
function readableDeadline(value: FieldValue): Deadline {
  const copy = parse(deadlineShape, JSON.parse(JSON.stringify(value)));
  if (!copy.ok) throw new OperationError('That due date is not readable.');
  return copy.value;
}
