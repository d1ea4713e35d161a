import type * as Y from 'yjs';
import type { Side, Tier } from '../../../shared/compact/types';
import { recordAuthor } from '../../../shared/workspace/authors';
import { LOCAL_ORIGIN } from '../../../shared/workspace/schema';
import { addAction, editActionTitle, OperationError, setActionStatus, type NewAction } from '../../../shared/workspace/actions';
import { editActionDescription, setActionDeleted, setActionDue, setActionInitiative, type DueInput } from '../../../shared/workspace/action-edits';
import type { ActionStatus } from '../../../shared/workspace/action-status';
import { moveAction, moveActionBy } from '../../../shared/workspace/board';
import { bulkEditActions, type BulkChange } from '../../../shared/workspace/bulk-edits';
import { addDependency, removeDependency } from '../../../shared/workspace/dependencies';
import { setEventDate } from '../../../shared/workspace/event-dates';
import { addInstitution, addPerson, setLead, setSupporting, type OwnedTarget } from '../../../shared/workspace/owners';
import { setOwnership, type OwnershipStep } from '../../../shared/workspace/ownership';
import { isolateStep, undoOwnChange } from '../../../shared/workspace/undo';
import { resolveConflicts } from '../../../shared/review/conflict-resolution';
import type { FieldValue } from '../../../shared/review/fields';
import type { InstitutionKind } from '../../../shared/compact/types';
import type { CompactData } from '../../../shared/compact/types';
import type { Identity } from '../../../shared/identity/identity';
import type { WorkspaceSession } from './workspace-session';
import { createMeetingCommands } from './meeting-commands';
import { createAgreementCommands } from './agreement-commands';
import { createDiscussionCommands } from './discussion-commands';
import { OBSERVER_ENGLISH, OBSERVER_REFUSAL, refusalText, sayRefused } from './refusal-words';

/**
 * What the UI may do to the workspace: one set per open workspace, made by the runtime for the
 * session, the identity and the compact it opened with. Each command calls an operation from shared/ on the
 * document; the views follow from the document's change. An invalid edit is reported as a
 * notice and changes nothing. Observers see everything and edit nothing: every command refuses
 * for them here, whatever the UI shows.
 *
 * The author entry for this document's client id is written with the first edit, in the same
 * transaction, not when the workspace opens: a session that only looks adds nothing to the
 * document, and if Yjs ever changes the client id the next edit records the new one.
 */

export interface CommandContext {
  readonly session: WorkspaceSession;
  readonly identity: Identity;
  readonly compact: CompactData;
  readonly setNotice: (notice: string | null) => void;
}

export type Commands = ReturnType<typeof createCommands>;

/** Where a refusal's reason goes (see `run`). */
export type Refused = (reason: string) => void;

export function createCommands({ session, identity, compact, setNotice }: CommandContext) {
  const { doc } = session;
  const observer = identity.role === 'observer';

  /**
   * `refused` receives the reason when the document refuses; by default it is the workspace notice.
   * A form that shows the reason beside its field passes its own, so the reason is said once, there.
   */
  function run<T>(operation: (doc: Y.Doc) => T, refused: Refused = setNotice): T | undefined {
    if (observer) {
      refused(refusalText(OBSERVER_REFUSAL, OBSERVER_ENGLISH));
      return undefined;
    }
    try {
      const result = doc.transact(() => {
        const value = operation(doc);
        recordAuthor(doc, identity);
        return value;
      }, LOCAL_ORIGIN);
      setNotice(null);
      return result;
    } catch (error) {
      if (error instanceof OperationError) {
        refused(sayRefused(error));
        return undefined;
      }
      throw error;
    }
  }

  /** A creation is an undo step of its own, so undoing it can be handled without erasing (undo.ts). */
  const creating = <T,>(operation: (doc: Y.Doc) => T, refused?: Refused): T | undefined =>
    isolateStep(session.undo, () => run(operation, refused));

  /** Runs an edit and reports whether the document took it. */
  const done = (operation: (doc: Y.Doc) => void, refused?: Refused) => run((doc) => { operation(doc); return true; }, refused) ?? false;

  const compactCodes: ReadonlySet<string> = new Set([...compact.recommendations.map((rec) => rec.code), ...compact.funding.mechanisms.map((m) => m.code)]);
  const eventNames: ReadonlyMap<string, string> = new Map(compact.events.map((event) => [event.id, event.name]));
  const eventIds: ReadonlySet<string> = new Set(eventNames.keys());

  const refuseObserver = (refused: Refused) => {
    if (observer) refused(refusalText(OBSERVER_REFUSAL, OBSERVER_ENGLISH));
    return observer;
  };

  return {
    ...createMeetingCommands({ doc, identity, run, creating, refuseObserver, setNotice }),
    ...createAgreementCommands({ identity, run }),
    ...createDiscussionCommands({ identity, run }),
    addAction: (input: NewAction, refused?: Refused) => creating((doc) => addAction(doc, input), refused),
    renameAction: (id: string, title: string, refused?: Refused) => done((doc) => editActionTitle(doc, id, title), refused),
    setStatus: (id: string, status: ActionStatus) => done((doc) => setActionStatus(doc, id, status)),
    setDescription: (id: string, text: string) => done((doc) => editActionDescription(doc, id, text)),
    setInitiative: (id: string, code: string | null) => done((doc) => setActionInitiative(doc, id, code, compactCodes)),
    setDue: (id: string, due: DueInput | null) => done((doc) => setActionDue(doc, id, due, eventNames)),
    deleteAction: (id: string) => done((doc) => setActionDeleted(doc, id, true)),
    restoreAction: (id: string) => done((doc) => setActionDeleted(doc, id, false)),
    /** Puts the action at `index` of `tier`'s lane, counted without the action itself. */
    moveAction: (id: string, tier: Tier | null, index: number) => done((doc) => moveAction(doc, id, tier, index)),
    moveActionBy: (id: string, delta: -1 | 1) => done((doc) => moveActionBy(doc, id, delta)),
    /** The same change to several actions: all or none, and one undo step of its own. */
    bulkEdit: (ids: readonly string[], change: BulkChange, refused?: Refused) =>
      isolateStep(session.undo, () => done((doc) => bulkEditActions(doc, ids, change), refused)),
    addDependency: (id: string, dependsOn: string) => done((doc) => addDependency(doc, id, dependsOn)),
    removeDependency: (id: string, dependsOn: string) => done((doc) => removeDependency(doc, id, dependsOn)),
    setLead: (target: OwnedTarget, side: Side, institution: string | null, person: string | null = null) =>
      done((doc) => setLead(doc, target, side, institution, person)),
    setSupporting: (target: OwnedTarget, institution: string, supporting: boolean) =>
      done((doc) => setSupporting(doc, target, institution, supporting)),
    /** Several lead/supporting changes to one target in one transaction (the owner matrix's choices). */
    setOwnership: (target: OwnedTarget, side: Side, steps: readonly OwnershipStep[]) => done((doc) => setOwnership(doc, target, side, steps)),
    addInstitution: (input: { name: string; side: Side; kind: InstitutionKind; shortName?: string }, refused?: Refused) =>
      creating((doc) => addInstitution(doc, input), refused),
    addPerson: (input: { name: string; institution: string }, refused?: Refused) => creating((doc) => addPerson(doc, input), refused),
    /** Gives an anchor event its date (null clears it); true when the document took it. */
    setEventDate: (eventId: string, date: string | null): boolean => done((doc) => setEventDate(doc, eventId, date, eventIds)),
    /** Settles one field's open inbox entries: keep the current value (`use` undefined) or write `use`. */
    resolveConflict: (keys: readonly string[], use: FieldValue | undefined) => done((doc) => resolveConflicts(doc, keys, use)),
    undo: () => {
      if (observer) return;
      const result = undoOwnChange(session.doc, session.undo);
      const notice = result.softDeleted.length
        ? 'Undone: the new action is under Deleted actions, where it can be restored with anything colleagues added to it.'
        : result.keptEntries.length
          ? 'The new directory entry stays: colleagues may already name it. Nothing else was undone.'
          : null;
      setNotice(notice);
    },
    redo: () => {
      if (!observer) session.undo.redo();
    },
    retrySave: () => session.writer.flush().catch(() => undefined),
  };
}
