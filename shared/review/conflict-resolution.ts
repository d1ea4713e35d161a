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
import { parse } from '../validation/shape';
import { editActionTitle, OperationError, requireAction, setActionStatus, stampEdit } from '../workspace/actions';
import { setActionDue } from '../workspace/action-edits';
import { isActionStatus } from '../workspace/action-status';
import { isTier } from '../workspace/lanes';
import { moveAction } from '../workspace/board';
import { setLead, setSupporting, type OwnedTarget } from '../workspace/owners';
import { ACTION_FIELDS as F, LOCAL_ORIGIN, actionsMap, authorKey, conflictResolutionsMap, conflictsMap, initiativesMap } from '../workspace/schema';
import { parseConflictEntry, type ConflictChoice, type ConflictEntry, type ConflictResolution } from './conflict-entry';
import { isLeadValue, sameValue, type FieldValue } from './fields';

/**
 * Resolves the entries `keys` (one field's open entries). With `use` the field takes that value
 * (one of the entries' other values) and entries that offered it are resolved as 'other', the rest
 * as 'current'; without it the current value stays and all are resolved as 'current'.
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
  doc.transact(() => {
    if (use !== undefined) writeField(doc, first.entry, use, now);
    const resolutions = conflictResolutionsMap(doc);
    for (const { key, entry } of entries) {
      const choice: ConflictChoice = use !== undefined && sameValue(entry.other.value, use) ? 'other' : 'current';
      const resolution: ConflictResolution = { v: 1, choice, by: authorKey(doc.clientID), at: now.toISOString() };
      resolutions.set(key, resolution);
    }
  }, LOCAL_ORIGIN);
}

function writeField(doc: Y.Doc, entry: ConflictEntry, value: FieldValue, now: Date): void {
  const { kind, id } = entry.record;
  const target: OwnedTarget = { kind, id };
  switch (entry.field) {
    case 'title':
      if (typeof value !== 'string') throw new OperationError('A title is text.');
      editActionTitle(doc, id, value, now);
      return;
    case 'status':
      if (!isActionStatus(value)) throw new OperationError(`Unknown status "${String(value)}".`);
      setActionStatus(doc, id, value, now);
      return;
    case 'tier':
      if (value !== null && !isTier(value)) throw new OperationError(`Unknown tier “${String(value)}”.`);
      // To the end of that lane: the position it had there is not part of the conflict.
      moveAction(doc, id, value, Number.MAX_SAFE_INTEGER, now);
      return;
    case 'usLead':
    case 'israelLead': {
      if (value !== null && !isLeadValue(value)) throw new OperationError('A lead is an institution and, optionally, a person.');
      setLead(doc, target, entry.field === 'usLead' ? 'us' : 'israel', value?.institution ?? null, value?.person ?? null, now);
      return;
    }
    case 'supporting':
      if (value !== null && !Array.isArray(value)) throw new OperationError('Supporting owners are a list of institutions.');
      setSupportingSet(doc, target, value ?? [], now);
      return;
    case 'due':
      if (value === null) setActionDue(doc, id, null, new Map(), now);
      else restoreDeadline(doc, id, value, now);
  }
}

function setSupportingSet(doc: Y.Doc, target: OwnedTarget, wanted: readonly string[], now: Date): void {
  const record = (target.kind === 'action' ? actionsMap(doc) : initiativesMap(doc)).get(target.id);
  if (!(record instanceof Y.Map)) throw new OperationError(`No ${target.kind} ${target.id}.`);
  const set = record.get(F.supporting);
  const present = set instanceof Y.Map ? [...set.keys()] : [];
  for (const institution of present) if (!wanted.includes(institution)) setSupporting(doc, target, institution, false, now);
  for (const institution of wanted) if (!present.includes(institution)) setSupporting(doc, target, institution, true, now);
}

/**
 * Puts back a due date exactly as it was written (a compact deadline may be a window or a month,
 * which the date form cannot express), after checking it has the shape the app relies on.
 */
function restoreDeadline(doc: Y.Doc, id: string, value: FieldValue, now: Date): void {
  // A copy that is plain JSON, checked: the document stores it, never the caller's object.
  const copy = parse(deadlineShape, JSON.parse(JSON.stringify(value)));
  if (!copy.ok) throw new OperationError('That due date is not readable.');
  const record = requireAction(doc, id);
  doc.transact(() => {
    record.set(F.due, copy.value);
    stampEdit(doc, record, now);
  }, LOCAL_ORIGIN);
}
