import type * as Y from 'yjs';
import { loadWorkspace, type LoadReport } from '../../../shared/persistence/load-workspace';
import type { UpdateStore } from '../../../shared/persistence/update-store';
import { UpdateWriter } from '../../../shared/persistence/update-writer';
import { ActionPipeline } from '../../../shared/workspace/action-pipeline';
import { deriveActionAgreements } from '../../../shared/workspace/agreement/plan-agreements';
import { signOffsMap } from '../../../shared/workspace/agreement/sign-offs';
import { authorsMap, createWorkspaceDoc, eventDatesMap, initiativesMap, institutionsMap, peopleMap } from '../../../shared/workspace/schema';
import { applySeed } from '../../../shared/workspace/seed-update';
import { deriveEventDates } from '../../../shared/workspace/event-dates';
import { deriveMeetingsView, touchesMeetingRecords } from '../../../shared/workspace/meetings/meeting-view';
import { deriveThreads, touchesComments } from '../../../shared/workspace/agreement/comment-view';
import { deriveInstitutions } from '../../../shared/workspace/institution-view';
import { deriveInitiativeOwners, derivePeople } from '../../../shared/workspace/owner-view';
import { createUndoManager } from '../../../shared/workspace/undo';
import { keepUndoAcrossReloads, readUndoMemory, type UndoStore } from '../../../shared/workspace/undo-memory';
import type { RemoteApply } from '../../../shared/sync/remote-update';
import type { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { ShadowGate } from '../../../shared/sync/shadow-gate';
import { OwnWriters, type OwnWriterTable } from '../../../shared/sync/own-writers';
import type { RuntimeSink } from './runtime-sink';
import { startTabLink } from './tab-link';

/**
 * An open workspace's document and what is bound to it: the writer that stores its updates, the
 * gate for remote updates, the live link to other windows, undo, and the derivation of views
 * after every transaction. The WorkspaceRuntime owns one and closes it last. The Y.Doc is the only mutable
 * state; the callbacks receive immutable views.
 */
export interface WorkspaceSession {
  readonly doc: Y.Doc;
  readonly store: UpdateStore;
  readonly writer: UpdateWriter;
  readonly report: LoadReport;
  /** Undo/redo of this person's edits in this session only. */
  readonly undo: Y.UndoManager;
  /** The one after-transaction pass over the actions, for every consumer. */
  readonly actions: ActionPipeline;
  /**
   * Merges an update from a peer or a file: V1 only, all or nothing, checked against the
   * workspace's rules (ShadowGate and its semantic gate), in one transaction with `origin`. A
   * refusal leaves the document as it was and says why.
   */
  mergeRemote(update: Uint8Array, origin: RemoteOrigin): RemoteApply;
  /** This laptop's client ids for the gate's own-id rule (own-writers.ts), for the import preview too. */
  readonly ownClientIds: (origin: unknown) => Iterable<number>;
  close(): void;
}

/** What a session tells the UI (a part of the runtime's sink). */
export type SessionCallbacks = Pick<RuntimeSink,
  'setActions' | 'setAgreements' | 'setInstitutions' | 'setEventDates' | 'setInitiativeOwners' | 'setPeople' | 'setMeetings' | 'setThreads' | 'setUndoState' | 'setSaveState' | 'setNotice'>;

export const DEFAULT_WORKSPACE_ID = 'default';

/** This window's undo stack, kept per tab (sessionStorage outlives a reload, not the window). */
export function windowUndoStore(workspaceId: string): UndoStore {
  const key = `tandem:undo:${workspaceId}`;
  const store: UndoStore = {
    load: () => sessionStorage.getItem(key),
    save: (value) => sessionStorage.setItem(key, value),
  };
  // Saved once, when the page goes. Without a page (the session opened in Node by unit tests) the
  // store cannot tell, and is saved on every change instead.
  if (typeof window === 'undefined') return store;
  return {
    ...store,
    whenPageGoes: (save) => {
      window.addEventListener('pagehide', save);
      return () => window.removeEventListener('pagehide', save);
    },
  };
}

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
  undoStore: UndoStore = windowUndoStore(workspaceId),
  writerTable: OwnWriterTable | null = null,
): Promise<WorkspaceSession> {
  // Before the document: what the kept undo steps would bring back must survive the load (undo-memory.ts).
  const undoMemory = readUndoMemory(undoStore);
  const doc = createWorkspaceDoc({ gcFilter: undoMemory.gcFilter });
  // Seed first: stored edits to seeded drafts build on the seed's items, and replayed before it
  // they would be reported as waiting for missing content.
  applySeed(doc, seedUpdate);
  const report = await loadWorkspace(store, doc);
  // What is stored is the origin table's call (workspace/origins.ts): not the load, the seed or another window's mirror.
  const writer = new UpdateWriter(doc, store, { onState: callbacks.setSaveState });
  const actions = new ActionPipeline(doc);
  let institutions = deriveInstitutions(doc);
  let eventDates = deriveEventDates(doc);
  let owners = deriveInitiativeOwners(doc);
  let people = derivePeople(doc);
  let meetings = deriveMeetingsView(doc);
  let agreements = deriveActionAgreements(doc);
  // The action ids the pipeline saw touched in this transaction (its stage runs before our handler).
  let touchedActions: ReadonlySet<string> | null = null;
  const stopWatchingActions = actions.subscribe((change) => { touchedActions = change.ids; });
  let threads = deriveThreads(doc);
  const publish = () => {
    callbacks.setActions(actions.views);
    callbacks.setAgreements(agreements);
    callbacks.setInstitutions(institutions);
    callbacks.setEventDates(eventDates);
    callbacks.setInitiativeOwners(owners);
    callbacks.setPeople(people);
    callbacks.setMeetings(meetings);
    callbacks.setThreads(threads);
  };
  publish();
  // Each view is re-derived only when the transaction touched its part of the document; actions
  // come from the pipeline, which re-derives only the records the transaction touched, once for
  // every consumer (the audit trail reads the same pass).
  const onAfterTransaction = (transaction: Y.Transaction) => {
    const touched = (map: Y.Map<unknown>) => transaction.changedParentTypes.has(map as never) || transaction.changed.has(map as never);
    if (touched(institutionsMap(doc))) institutions = deriveInstitutions(doc, institutions);
    if (touched(eventDatesMap(doc))) eventDates = deriveEventDates(doc, eventDates);
    if (touched(initiativesMap(doc)) || touched(peopleMap(doc))) owners = deriveInitiativeOwners(doc, owners);
    if (touched(peopleMap(doc))) people = derivePeople(doc, people);
    // Minutes typing changes only the fragment: the meeting views stay as they are.
    if (touchesMeetingRecords(doc, transaction)) meetings = deriveMeetingsView(doc);
    // A new author can name who changed an agreed field: then every action is looked at again.
    if (touched(authorsMap(doc))) agreements = deriveActionAgreements(doc, agreements, 'all');
    else if (touchedActions || touched(signOffsMap(doc))) agreements = deriveActionAgreements(doc, agreements, touchedActions ?? new Set());
    touchedActions = null;
    if (touchesComments(doc, transaction)) threads = deriveThreads(doc);
    publish();
  };
  const undo = createUndoManager(doc);
  // Hosting, joining and reloading reload the page: the stack comes back (undo-memory.ts).
  const stopKeepingUndo = keepUndoAcrossReloads(doc, undo, undoStore, undoMemory);
  const undoState = () => callbacks.setUndoState({ undo: undo.undoStack.length, redo: undo.redoStack.length });
  for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) undo.on(event, undoState);
  undoState();
  // After the pipeline's handler (registered in its constructor), so actions.views is current.
  doc.on('afterTransaction', onAfterTransaction);
  // The semantic gate knows this session's own client id (ShadowGate adds it) and this laptop's
  // past ones whose content it still holds whole (own-writers.ts); without a table, only the first.
  const ownWriters = writerTable ? await OwnWriters.open(doc, writerTable, workspaceId, (error) => callbacks.setNotice(`This laptop's past writer ids could not be saved: ${error instanceof Error ? error.message : String(error)}`)) : null;
  const ownClientIds = ownWriters ? ownWriters.ownClientIds : () => [];
  const gate = new ShadowGate(doc, { ownClientIds });
  const mergeRemote = (update: Uint8Array, origin: RemoteOrigin) => gate.apply(update, origin);
  const stopTabLink = mirrorTabs ? startTabLink(doc, workspaceId, mergeRemote, callbacks.setNotice) : () => {};
  return {
    doc,
    store,
    writer,
    report,
    undo,
    actions,
    mergeRemote,
    ownClientIds,
    close() {
      stopTabLink();
      gate.destroy();
      ownWriters?.dispose();
      stopKeepingUndo();
      undo.destroy();
      doc.off('afterTransaction', onAfterTransaction);
      stopWatchingActions();
      actions.dispose();
      writer.dispose();
    },
  };
}
