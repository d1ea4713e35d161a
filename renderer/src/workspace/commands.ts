import type * as Y from 'yjs';
import type { Side, Tier } from '../../../shared/compact/types';
import { recordAuthor } from '../../../shared/workspace/authors';
import { LOCAL_ORIGIN } from '../../../shared/workspace/schema';
import { addAction, editActionTitle, OperationError, setActionStatus, type NewAction } from '../../../shared/workspace/actions';
import { editActionDescription, setActionDeleted, setActionDue, setActionInitiative, type DueInput } from '../../../shared/workspace/action-edits';
import type { ActionStatus } from '../../../shared/workspace/action-status';
import { moveAction, moveActionBy } from '../../../shared/workspace/board';
import { addDependency, removeDependency } from '../../../shared/workspace/dependencies';
import { setEventDate } from '../../../shared/workspace/event-dates';
import { addInstitution, addPerson, setLead, setSupporting, type OwnedTarget } from '../../../shared/workspace/owners';
import { setOwnership, type OwnershipStep } from '../../../shared/workspace/ownership';
import { isolateStep, undoOwnChange } from '../../../shared/workspace/undo';
import { resolveConflicts } from '../../../shared/review/conflict-resolution';
import type { FieldValue } from '../../../shared/review/fields';
import type { InstitutionKind } from '../../../shared/compact/types';
import { currentSession } from '../app/boot';
import { useTandemStore } from '../app/store';

/**
 * What the UI may do to the workspace. Each command calls an operation from shared/ on the
 * document; the views follow from the document's change. An invalid edit is reported as a
 * notice and changes nothing. Observers see everything and edit nothing: every command refuses
 * for them here, whatever the UI shows.
 *
 * The author entry for this document's client id is written with the first edit, in the same
 * transaction, not when the workspace opens: a session that only looks adds nothing to the
 * document, and if Yjs ever changes the client id the next edit records the new one.
 */
export const OBSERVER_REFUSAL = 'Observers can see everything but edit nothing.';

function run<T>(operation: (doc: Y.Doc) => T): T | undefined {
  const session = currentSession();
  const identity = useTandemStore.getState().identity;
  if (!session || !identity) return undefined;
  if (identity.role === 'observer') {
    useTandemStore.getState().setNotice(OBSERVER_REFUSAL);
    return undefined;
  }
  const { doc } = session;
  try {
    const result = doc.transact(() => {
      const value = operation(doc);
      recordAuthor(doc, identity);
      return value;
    }, LOCAL_ORIGIN);
    useTandemStore.getState().setNotice(null);
    return result;
  } catch (error) {
    if (error instanceof OperationError) {
      useTandemStore.getState().setNotice(error.message);
      return undefined;
    }
    throw error;
  }
}

/** A creation is an undo step of its own, so undoing it can be handled without erasing (undo.ts). */
function creating<T>(operation: (doc: Y.Doc) => T): T | undefined {
  const session = currentSession();
  return session ? isolateStep(session.undo, () => run(operation)) : undefined;
}

/** Runs an edit and reports whether the document took it. */
const done = (operation: (doc: Y.Doc) => void) => run((doc) => { operation(doc); return true; }) ?? false;

function compactCodes(): ReadonlySet<string> {
  const compact = useTandemStore.getState().compact;
  return new Set([...(compact?.recommendations.map((rec) => rec.code) ?? []), ...(compact?.funding.mechanisms.map((m) => m.code) ?? [])]);
}

function eventNames(): ReadonlyMap<string, string> {
  return new Map(useTandemStore.getState().compact?.events.map((event) => [event.id, event.name]) ?? []);
}

export const commands = {
  addAction: (input: NewAction) => creating((doc) => addAction(doc, input)),
  renameAction: (id: string, title: string) => done((doc) => editActionTitle(doc, id, title)),
  setStatus: (id: string, status: ActionStatus) => done((doc) => setActionStatus(doc, id, status)),
  setDescription: (id: string, text: string) => done((doc) => editActionDescription(doc, id, text)),
  setInitiative: (id: string, code: string | null) => done((doc) => setActionInitiative(doc, id, code, compactCodes())),
  setDue: (id: string, due: DueInput | null) => done((doc) => setActionDue(doc, id, due, eventNames())),
  deleteAction: (id: string) => done((doc) => setActionDeleted(doc, id, true)),
  restoreAction: (id: string) => done((doc) => setActionDeleted(doc, id, false)),
  /** Puts the action at `index` of `tier`'s lane, counted without the action itself. */
  moveAction: (id: string, tier: Tier | null, index: number) => done((doc) => moveAction(doc, id, tier, index)),
  moveActionBy: (id: string, delta: -1 | 1) => done((doc) => moveActionBy(doc, id, delta)),
  addDependency: (id: string, dependsOn: string) => done((doc) => addDependency(doc, id, dependsOn)),
  removeDependency: (id: string, dependsOn: string) => done((doc) => removeDependency(doc, id, dependsOn)),
  setLead: (target: OwnedTarget, side: Side, institution: string | null, person: string | null = null) =>
    done((doc) => setLead(doc, target, side, institution, person)),
  setSupporting: (target: OwnedTarget, institution: string, supporting: boolean) =>
    done((doc) => setSupporting(doc, target, institution, supporting)),
  /** Several lead/supporting changes to one target in one transaction (the owner matrix's choices). */
  setOwnership: (target: OwnedTarget, side: Side, steps: readonly OwnershipStep[]) => done((doc) => setOwnership(doc, target, side, steps)),
  addInstitution: (input: { name: string; side: Side; kind: InstitutionKind; shortName?: string }) =>
    creating((doc) => addInstitution(doc, input)),
  addPerson: (input: { name: string; institution: string }) => creating((doc) => addPerson(doc, input)),
  /** Gives an anchor event its date (null clears it); true when the document took it. */
  setEventDate: (eventId: string, date: string | null): boolean => {
    const known = new Set(useTandemStore.getState().compact?.events.map((event) => event.id) ?? []);
    return done((doc) => setEventDate(doc, eventId, date, known));
  },
  /** Settles one field's open inbox entries: keep the current value (`use` undefined) or write `use`. */
  resolveConflict: (keys: readonly string[], use: FieldValue | undefined) => done((doc) => resolveConflicts(doc, keys, use)),
  undo: () => {
    const session = currentSession();
    if (!session || useTandemStore.getState().identity?.role === 'observer') return;
    const result = undoOwnChange(session.doc, session.undo);
    const notice = result.softDeleted.length
      ? 'Undone: the new action is under Deleted actions, where it can be restored with anything colleagues added to it.'
      : result.keptEntries.length
        ? 'The new directory entry stays: colleagues may already name it. Nothing else was undone.'
        : null;
    useTandemStore.getState().setNotice(notice);
  },
  redo: () => {
    if (useTandemStore.getState().identity?.role === 'observer') return;
    currentSession()?.undo.redo();
  },
  retrySave: () => currentSession()?.writer.flush().catch(() => undefined),
};
