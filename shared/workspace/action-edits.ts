/**
 * Edits to an action beyond title and status: its description (collaborative text), the initiative
 * it serves, its due date, and soft deletion. Same contract as actions.ts: one LOCAL_ORIGIN
 * transaction each, an OperationError and no change on invalid input.
 */
import * as Y from 'yjs';
import { dateProblem } from '../compact/calendar';
import { describeOffset } from '../compact/deadlines';
import type { Deadline, Offset } from '../compact/deadline-types';
import { OperationError, applyPlanned, requireAction, stampEdit, type PlannedEdit } from './actions';
import { ACTION_FIELDS as F, LOCAL_ORIGIN } from './schema';
import { applyTextChange } from './text-diff';
import { lengthRefusal } from '../validation/text-limits';

export const MAX_DESCRIPTION_LENGTH = 20_000;

export function editActionDescription(doc: Y.Doc, id: string, next: string, now: Date = new Date()): void {
  const problem = lengthRefusal('description', next, MAX_DESCRIPTION_LENGTH);
  if (problem) throw OperationError.of(problem);
  const record = requireAction(doc, id);
  doc.transact(() => {
    const stored = record.get(F.description);
    const text = stored instanceof Y.Text ? stored : record.set(F.description, new Y.Text());
    if (text.toString() === next) return;
    applyTextChange(text, next);
    stampEdit(doc, record, now);
  }, LOCAL_ORIGIN);
}

/** Links the action to a recommendation or funding code (null unlinks). `known` are the valid codes. */
export function setActionInitiative(doc: Y.Doc, id: string, code: string | null, known: ReadonlySet<string>, now: Date = new Date()): void {
  if (code !== null && !known.has(code)) throw new OperationError(`There is no initiative “${code}” in the compact.`);
  const record = requireAction(doc, id);
  if ((record.get(F.initiative) ?? null) === code) return;
  doc.transact(() => {
    if (code === null) record.delete(F.initiative);
    else record.set(F.initiative, code);
    stampEdit(doc, record, now);
  }, LOCAL_ORIGIN);
}

/** A due date a person enters: a calendar day, or an anchor event plus an offset. */
export type DueInput =
  | { readonly kind: 'date'; readonly date: string }
  | { readonly kind: 'after-event'; readonly event: string; readonly offset: Offset };

/** Turns input into a stored Deadline, refusing what is not a real day, event or offset. */
export function deadlineFromInput(input: DueInput, events: ReadonlyMap<string, string>): Deadline {
  if (input.kind === 'date') {
    const problem = dateProblem(input.date);
    if (problem) throw new OperationError(problem);
    return { kind: 'calendar', phrase: input.date, date: input.date };
  }
  const name = events.get(input.event);
  if (name === undefined) throw new OperationError(`There is no anchor event “${input.event}”.`);
  const { amount, unit } = input.offset;
  if (!Number.isInteger(amount) || amount < 0 || amount > 3650) {
    throw new OperationError('The offset must be a whole number from 0 to 3650.', { id: 'offsetRange', values: { max: 3650 } });
  }
  if (!['days', 'months', 'years'].includes(unit)) throw new OperationError(`Unknown unit “${String(unit)}”.`);
  return {
    kind: 'within', phrase: `within ${describeOffset(input.offset)} of ${name}`, event: input.event, eventStated: true,
    offset: { amount, unit },
  };
}

/** Sets (or with null clears) the due date. `events` maps anchor event ids to their names. */
export function setActionDue(doc: Y.Doc, id: string, input: DueInput | null, events: ReadonlyMap<string, string>, now: Date = new Date()): void {
  applyPlanned(doc, [planDeadline(doc, id, input === null ? null : deadlineFromInput(input, events), now)]);
}

/** Writes `deadline` (null clears) as given; the caller has checked it (deadlineFromInput, or a Deadline shape). */
export function planDeadline(doc: Y.Doc, id: string, deadline: Deadline | null, now: Date = new Date()): PlannedEdit {
  const record = requireAction(doc, id);
  return () => {
    // Cleared as null, not deleted, so a concurrent clear and set reach the inbox (see owners.ts).
    if (deadline === null && (record.get(F.due) ?? null) === null) return;
    record.set(F.due, deadline);
    stampEdit(doc, record, now);
  };
}

/** Soft delete and restore: the record, its history and its links stay; only the flag changes. */
export function setActionDeleted(doc: Y.Doc, id: string, deleted: boolean, now: Date = new Date()): void {
  const record = requireAction(doc, id);
  if ((record.get(F.deleted) === true) === deleted) return;
  doc.transact(() => {
    if (deleted) record.set(F.deleted, true);
    else record.delete(F.deleted);
    stampEdit(doc, record, now);
  }, LOCAL_ORIGIN);
}
