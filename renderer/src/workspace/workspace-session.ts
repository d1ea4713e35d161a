import type * as Y from 'yjs';
import { loadWorkspace, LOAD_ORIGIN, type LoadReport } from '../../../shared/persistence/load-workspace';
import type { UpdateStore } from '../../../shared/persistence/update-store';
import { UpdateWriter, type SaveState } from '../../../shared/persistence/update-writer';
import { deriveActions, type ActionView } from '../../../shared/workspace/action-view';
import { createWorkspaceDoc, eventDatesMap, initiativesMap, institutionsMap, peopleMap } from '../../../shared/workspace/schema';
import { changedActions } from '../../../shared/workspace/action-changes';
import { applySeed, SEED_ORIGIN } from '../../../shared/workspace/seed-update';
import { deriveEventDates, type EventDatesView } from '../../../shared/workspace/event-dates';
import { deriveInstitutions, type InstitutionDirectory } from '../../../shared/workspace/institution-view';
import { deriveInitiativeOwners, derivePeople, type OwnersView, type PersonView } from '../../../shared/workspace/owner-view';
import { createUndoManager } from '../../../shared/workspace/undo';
import type { RemoteApply } from '../../../shared/sync/remote-update';
import type { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { ShadowGate } from '../../../shared/sync/shadow-gate';
import { startTabSync, TAB_ORIGIN } from './tab-sync';

/**
 * An open workspace: its document, the writer that stores its updates, the live link to other
 * tabs, and the derivation of views after every transaction. The Y.Doc is the only mutable
 * state; the callbacks receive immutable views.
 */
export interface WorkspaceSession {
  readonly doc: Y.Doc;
  readonly store: UpdateStore;
  readonly writer: UpdateWriter;
  readonly report: LoadReport;
  /** Undo/redo of this person's edits in this session only. */
  readonly undo: Y.UndoManager;
  /**
   * Merges an update from a peer or a file: V1 only, all or nothing, checked against the
   * workspace's rules (ShadowGate and its semantic gate), in one transaction with `origin`. A
   * refusal leaves the document as it was and says why.
   */
  mergeRemote(update: Uint8Array, origin: RemoteOrigin): RemoteApply;
  close(): void;
}

export interface SessionCallbacks {
  onActions(actions: readonly ActionView[]): void;
  onInstitutions(institutions: InstitutionDirectory): void;
  onEventDates(eventDates: EventDatesView): void;
  onInitiativeOwners(owners: ReadonlyMap<string, OwnersView>): void;
  onPeople(people: ReadonlyMap<string, PersonView>): void;
  /** How many steps can be undone and redone, for the Undo and Redo buttons. */
  onUndoState(state: { readonly undo: number; readonly redo: number }): void;
  onSaveState(state: SaveState): void;
  onNotice(message: string): void;
}

export const DEFAULT_WORKSPACE_ID = 'default';

/**
 * The canonical seed update is applied before the stored log, every time: it is a no-op where
 * the workspace already has it, and it is never written to the log (the writer skips its origin),
 * so there is no "if empty, insert" anywhere.
 *
 * `mirrorTabs` is off for an in-memory session: another tab receiving its edits would not store
 * them either (mirrored updates count as stored by their sender), so they would live nowhere.
 */
export async function openWorkspaceSession(
  store: UpdateStore,
  workspaceId: string,
  callbacks: SessionCallbacks,
  mirrorTabs: boolean,
  seedUpdate: Uint8Array,
): Promise<WorkspaceSession> {
  const doc = createWorkspaceDoc();
  // Seed first: stored edits to seeded drafts build on the seed's items, and replayed before it
  // they would be reported as waiting for missing content.
  applySeed(doc, seedUpdate);
  const report = await loadWorkspace(store, doc);
  const writer = new UpdateWriter(doc, store, {
    skipOrigins: new Set<unknown>([LOAD_ORIGIN, TAB_ORIGIN, SEED_ORIGIN]),
    onState: callbacks.onSaveState,
  });
  let views = deriveActions(doc);
  let institutions = deriveInstitutions(doc);
  let eventDates = deriveEventDates(doc);
  let owners = deriveInitiativeOwners(doc);
  let people = derivePeople(doc);
  const publish = () => {
    callbacks.onActions(views);
    callbacks.onInstitutions(institutions);
    callbacks.onEventDates(eventDates);
    callbacks.onInitiativeOwners(owners);
    callbacks.onPeople(people);
  };
  publish();
  // Each view is re-derived only when the transaction touched its part of the document, and
  // actions only for the records it touched: a keystroke at 5,000 actions stays a small cost.
  const onAfterTransaction = (transaction: Y.Transaction) => {
    const touched = (map: Y.Map<unknown>) => transaction.changedParentTypes.has(map as never) || transaction.changed.has(map as never);
    // changedActions names the touched records (none: the previous views come back unchanged).
    views = deriveActions(doc, views, changedActions(doc, transaction));
    if (touched(institutionsMap(doc))) institutions = deriveInstitutions(doc, institutions);
    if (touched(eventDatesMap(doc))) eventDates = deriveEventDates(doc, eventDates);
    if (touched(initiativesMap(doc)) || touched(peopleMap(doc))) owners = deriveInitiativeOwners(doc, owners);
    if (touched(peopleMap(doc))) people = derivePeople(doc, people);
    publish();
  };
  const undo = createUndoManager(doc);
  const undoState = () => callbacks.onUndoState({ undo: undo.undoStack.length, redo: undo.redoStack.length });
  for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) undo.on(event, undoState);
  undoState();
  doc.on('afterTransaction', onAfterTransaction);
  // The semantic gate knows this session's own client id (ShadowGate adds it); past sessions' ids
  // are not yet remembered per laptop (see shared/sync/README.md).
  const gate = new ShadowGate(doc);
  const stopTabSync = mirrorTabs ? startTabSync(doc, workspaceId, callbacks.onNotice, (update) => gate.apply(update, TAB_ORIGIN)) : () => {};
  return {
    doc,
    store,
    writer,
    report,
    undo,
    mergeRemote: (update, origin) => gate.apply(update, origin),
    close() {
      gate.destroy();
      undo.destroy();
      stopTabSync();
      doc.off('afterTransaction', onAfterTransaction);
      writer.dispose();
    },
  };
}
