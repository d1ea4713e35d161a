/**
 * A meeting's decisions: what was decided (text) and the plan changes it makes (plan-changes.ts),
 * ordered like the agenda. A decision's changes are editable until it is applied; once applied
 * (apply-decision.ts) it is the record of what the meeting changed and is not edited again.
 */
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import { OperationError, type PlannedEdit } from '../actions';
import { compareOrdered, isOrderKey, keyAtEnd, type Ordered } from '../ordering';
import { LOCAL_ORIGIN } from '../schema';
import { DECISION_FIELDS as D, MAX_DECISION_TEXT_LENGTH, decisionsMap, meetingsMap } from './meeting-schema';
import { planChangesProblem, type PlanChange } from './plan-changes';
import { checkedText, requireLive, stampCreation, stampEdit } from './records';

function decisionEntries(doc: Y.Doc, meetingId: string): Ordered[] {
  const entries: Ordered[] = [];
  decisionsMap(doc).forEach((value, id) => {
    if (!(value instanceof Y.Map) || value.get(D.meeting) !== meetingId || value.get(D.deleted) === true) return;
    const order = value.get(D.order);
    entries.push({ id, order: isOrderKey(order) ? order : '' });
  });
  return entries.sort(compareOrdered);
}

function checkChanges(changes: readonly PlanChange[]): readonly PlanChange[] {
  const problem = planChangesProblem(changes);
  if (problem) throw new OperationError(`The decision's plan changes: ${problem}.`);
  return changes.map((change) => ({ ...change }));
}

export function addDecision(doc: Y.Doc, meetingId: string, text: string, changes: readonly PlanChange[] = [], now: Date = new Date()): string {
  requireLive(meetingsMap(doc), 'meeting', meetingId);
  const checked = checkedText('decision', text, MAX_DECISION_TEXT_LENGTH);
  const plain = checkChanges(changes);
  const id = uuidv4();
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set(D.meeting, meetingId);
    record.set(D.text, checked);
    record.set(D.order, keyAtEnd(decisionEntries(doc, meetingId)));
    record.set(D.changes, plain);
    stampCreation(doc, record, now);
    decisionsMap(doc).set(id, record);
  }, LOCAL_ORIGIN);
  return id;
}

function requireEditable(doc: Y.Doc, id: string): Y.Map<unknown> {
  const record = requireLive(decisionsMap(doc), 'decision', id);
  if (record.get(D.appliedAt) !== undefined) throw new OperationError('This decision has been applied to the plan; record a new decision to change it.', { id: 'decisionAppliedEdit' });
  return record;
}

/** The write that gives decision `id` the words `text`, checked first (the conflict inbox's choice uses it). */
export function planDecisionText(doc: Y.Doc, id: string, text: string, now: Date = new Date()): PlannedEdit {
  const record = requireEditable(doc, id);
  const checked = checkedText('decision', text, MAX_DECISION_TEXT_LENGTH);
  return () => {
    record.set(D.text, checked);
    stampEdit(doc, record, now);
  };
}

export function editDecision(doc: Y.Doc, id: string, input: { text?: string; changes?: readonly PlanChange[] }, now: Date = new Date()): void {
  const record = requireEditable(doc, id);
  const text = input.text === undefined ? undefined : checkedText('decision', input.text, MAX_DECISION_TEXT_LENGTH);
  const changes = input.changes === undefined ? undefined : checkChanges(input.changes);
  doc.transact(() => {
    if (text !== undefined) record.set(D.text, text);
    if (changes !== undefined) record.set(D.changes, changes);
    stampEdit(doc, record, now);
  }, LOCAL_ORIGIN);
}

export function setDecisionDeleted(doc: Y.Doc, id: string, deleted: boolean, now: Date = new Date()): void {
  const record = decisionsMap(doc).get(id);
  if (!(record instanceof Y.Map)) throw new OperationError(`There is no decision ${id}.`);
  if (deleted && record.get(D.appliedAt) !== undefined) throw new OperationError('An applied decision stays on the record.', { id: 'decisionAppliedKept' });
  if ((record.get(D.deleted) === true) === deleted) return;
  doc.transact(() => {
    if (deleted) record.set(D.deleted, true);
    else record.delete(D.deleted);
    stampEdit(doc, record, now);
  }, LOCAL_ORIGIN);
}
