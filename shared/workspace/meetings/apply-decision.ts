/**
 * Applying a decision makes its plan changes as one step: every change is checked first (a refused
 * change, the last one included, leaves the document as it was), then all are written in one
 * transaction whose origin names the meeting and the decision (origins.ts DecisionOrigin), stamped
 * with the person's client like any edit, and the decision records when and by whom.
 *
 * Idempotent across laptops: an action the decision creates is written as canonical content under
 * an id derived from the decision (created-action.ts), so two laptops applying one decision apart
 * hold one action when they meet. Status, tier, lead and due changes write the same values on both
 * laptops; equal concurrent values are no conflict (shared/review/conflicts.ts).
 */
import * as Y from 'yjs';
import { INSTITUTION_FIELDS, ACTION_FIELDS as F, actionsMap, authorKey, institutionsMap } from '../schema';
import { DecisionOrigin } from '../origins';
import { OperationError, newTitleProblem, planActionStatus, requireAction, type PlannedEdit } from '../actions';
import { planDeadline } from '../action-edits';
import { planLead, wrongSideRefusal } from '../owners';
import { planMove } from '../board';
import { keyAtEnd } from '../ordering';
import { laneEntries } from '../lanes';
import type { Side } from '../../compact/types';
import { createdActionId, createdActionUpdate } from './created-action';
import { DECISION_FIELDS as D, decisionsMap } from './meeting-schema';
import { planChangesProblem, type CreateActionChange, type PlanChange } from './plan-changes';
import { requireLive } from './records';
import { isolate } from '../../text/bidi';
import type { Refusal } from '../../text/refusal';

export interface DecisionApplication {
  /** Ids of the actions the decision creates (present already when applied elsewhere first). */
  readonly created: readonly string[];
  /** Ids of existing actions it changes. */
  readonly changed: readonly string[];
}

/** A change's refusal, numbered: "Change 2: " and the reason, in English and as a wrapped refusal. */
function inChange(index: number, reason: { readonly message: string; readonly refusal?: Refusal | undefined }): OperationError {
  return new OperationError(`Change ${index + 1}: ${reason.message}`, {
    id: 'inChange',
    values: { index: index + 1, reason: reason.message },
    ...(reason.refusal ? { reason: reason.refusal } : {}),
  });
}

function checkLead(doc: Y.Doc, institution: string | undefined, side: Side, index: number): void {
  if (institution === undefined) return;
  const record = institutionsMap(doc).get(institution);
  const actual = record instanceof Y.Map ? record.get(INSTITUTION_FIELDS.side) : undefined;
  if (actual === undefined) {
    throw new OperationError(`Change ${index + 1}: there is no institution ${institution} in the directory.`, { id: 'changeNoInstitution', values: { index: index + 1, institution } });
  }
  if (actual !== side) {
    throw inChange(index, wrongSideRefusal(doc, institution, side));
  }
}

function planCreate(doc: Y.Doc, decisionId: string, change: CreateActionChange, index: number, now: Date): { id: string; edit: PlannedEdit } {
  const problem = newTitleProblem(change.title);
  if (problem) throw inChange(index, problem);
  checkLead(doc, change.usLead, 'us', index);
  checkLead(doc, change.israelLead, 'israel', index);
  const id = createdActionId(decisionId, change);
  const update = createdActionUpdate(id, decisionId, change);
  return {
    id,
    edit: () => {
      // Applied elsewhere first and merged here: the canonical content is already in; nothing to add.
      if (actionsMap(doc).get(id) instanceof Y.Map) return;
      Y.applyUpdate(doc, update);
      const record = actionsMap(doc).get(id);
      if (!(record instanceof Y.Map)) return;
      const by = authorKey(doc.clientID);
      const at = now.toISOString();
      record.set(F.order, keyAtEnd(laneEntries(doc, change.tier ?? null, id)));
      record.set(F.createdAt, at);
      record.set(F.createdBy, by);
      record.set(F.editedAt, at);
      record.set(F.editedBy, by);
    },
  };
}

function requireLiveAction(doc: Y.Doc, id: string, index: number): void {
  let record: Y.Map<unknown>;
  try {
    record = requireAction(doc, id);
  } catch {
    throw new OperationError(`Change ${index + 1}: there is no action ${id}.`, { id: 'changeNoAction', values: { index: index + 1, id } });
  }
  if (record.get(F.deleted) === true) {
    const title = String(record.get(F.title) ?? id);
    throw new OperationError(`Change ${index + 1}: the action “${title}” is deleted; restore it first.`, { id: 'changeDeletedAction', values: { index: index + 1, title: isolate(title) } });
  }
}

function planChange(doc: Y.Doc, change: PlanChange, index: number, now: Date): PlannedEdit {
  if (change.op !== 'create-action') requireLiveAction(doc, change.action, index);
  try {
    switch (change.op) {
      case 'set-status':
        return planActionStatus(doc, change.action, change.status, now);
      case 'set-tier':
        return planMove(doc, change.action, change.tier, laneEntries(doc, change.tier, change.action).length, now);
      case 'set-lead':
        return planLead(doc, { kind: 'action', id: change.action }, change.side, change.institution, null, now);
      case 'set-due':
        return planDeadline(doc, change.action, change.due === null ? null : { kind: 'calendar', phrase: change.due, date: change.due }, now);
      case 'create-action':
        throw new OperationError('unreachable');
    }
  } catch (error) {
    if (error instanceof OperationError) throw inChange(index, error);
    throw error;
  }
}

interface Plan {
  readonly meetingId: string;
  readonly record: Y.Map<unknown>;
  readonly edits: readonly PlannedEdit[];
  readonly application: DecisionApplication;
}

function plan(doc: Y.Doc, decisionId: string, now: Date): Plan {
  const record = requireLive(decisionsMap(doc), 'decision', decisionId);
  if (record.get(D.appliedAt) !== undefined) throw new OperationError('This decision has already been applied to the plan.', { id: 'decisionApplied' });
  const changes: unknown = record.get(D.changes);
  const problem = planChangesProblem(changes);
  if (problem) throw new OperationError(`The decision's plan changes cannot be applied: ${problem}.`);
  const list = changes as readonly PlanChange[];
  if (list.length === 0) throw new OperationError('This decision changes nothing in the plan.', { id: 'decisionNoChange' });
  const created: string[] = [];
  const changed: string[] = [];
  const edits = list.map((change, index) => {
    if (change.op !== 'create-action') {
      changed.push(change.action);
      return planChange(doc, change, index, now);
    }
    const step = planCreate(doc, decisionId, change, index, now);
    if (created.includes(step.id)) throw new OperationError(`Change ${index + 1} creates the same action as an earlier change.`, { id: 'changeCreatesTwice', values: { index: index + 1 } });
    created.push(step.id);
    return step.edit;
  });
  return { meetingId: String(record.get(D.meeting)), record, edits, application: { created, changed: [...new Set(changed)] } };
}

/** Why the decision cannot be applied now, or null: the same checks applyDecision makes, writing nothing. */
export function decisionApplyProblem(doc: Y.Doc, decisionId: string, now: Date = new Date()): OperationError | null {
  try {
    plan(doc, decisionId, now);
    return null;
  } catch (error) {
    if (error instanceof OperationError) return error;
    throw error;
  }
}

/**
 * Makes every change of the decision, or none (OperationError), in one attributed transaction.
 * `alsoWrite` joins that transaction (the app records the person's authors entry there).
 */
export function applyDecision(doc: Y.Doc, decisionId: string, now: Date = new Date(), alsoWrite?: (doc: Y.Doc) => void): DecisionApplication {
  const planned = plan(doc, decisionId, now);
  doc.transact((transaction) => {
    for (const edit of planned.edits) edit();
    alsoWrite?.(doc);
    planned.record.set(D.appliedAt, now.toISOString());
    planned.record.set(D.appliedBy, authorKey(doc.clientID));
    // Y.applyUpdate (a created action's canonical content) marks the transaction remote, and Yjs
    // gives a document a new client id after a remote transaction that wrote under its own, taking
    // the person's edits away from their authors entry. This transaction is the person's own.
    transaction.local = true;
  }, new DecisionOrigin(planned.meetingId, decisionId));
  return planned.application;
}
